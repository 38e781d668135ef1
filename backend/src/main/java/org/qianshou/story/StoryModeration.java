package org.qianshou.story;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.time.Instant;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.ConflictException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;

/**
 * Administrators' decisions on stories: publish a submitted story (the rules are checked again, and a story about a
 * protected group needs every photo confirmed to show no identifiable face), return it with a reason, take a published
 * story down with a reason. Every decision is audited and announced to the search outbox. Callers hold the admin role
 * (the controller's rule); this class does not check it again.
 */
@Singleton
public class StoryModeration {

    private final StoryRepository repository;
    private final Stories stories;
    private final StoryRules rules;
    private final Outbox outbox;
    private final AuditLog audit;

    StoryModeration(StoryRepository repository, Stories stories, StoryRules rules, Outbox outbox, AuditLog audit) {
        this.repository = repository;
        this.stories = stories;
        this.rules = rules;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public StoryViews.Story publish(Actor admin, long id) {
        StoryEntity current = lock(id);
        if (!StoryStatus.SUBMITTED.equals(current.status())) {
            throw new ConflictException("error.story.not-submitted");
        }
        StoryRow row = stories.row(id);
        if (!row.organisationVerified()) {
            throw new ConflictException("error.story.organisation-not-verified");
        }
        rules.requirePublishable(row);
        Instant now = Instant.now();
        decide(current.withStatus(StoryStatus.PUBLISHED, null, current.submittedAt(), now, now, admin.accountId()));
        audit.record(admin.accountId(), "story.published", "story", id, null);
        return stories.view(stories.row(id));
    }

    @Transactional
    public StoryViews.Story returnToAuthor(Actor admin, long id, @Valid StoryRequests.Reason request) {
        StoryEntity current = lock(id);
        if (!StoryStatus.SUBMITTED.equals(current.status())) {
            throw new ConflictException("error.story.not-submitted");
        }
        String reason = StoryCheck.maskNumbers(request.reason().strip());
        decide(current.withStatus(
                StoryStatus.RETURNED,
                reason,
                current.submittedAt(),
                current.publishedAt(),
                Instant.now(),
                admin.accountId()));
        audit.record(admin.accountId(), "story.returned", "story", id, reason);
        return stories.view(stories.row(id));
    }

    @Transactional
    public StoryViews.Story unpublish(Actor admin, long id, @Valid StoryRequests.Reason request) {
        StoryEntity current = lock(id);
        if (!StoryStatus.PUBLISHED.equals(current.status())) {
            throw new ConflictException("error.story.not-published");
        }
        String reason = StoryCheck.maskNumbers(request.reason().strip());
        decide(current.withStatus(
                StoryStatus.UNPUBLISHED,
                reason,
                current.submittedAt(),
                current.publishedAt(),
                Instant.now(),
                admin.accountId()));
        audit.record(admin.accountId(), "story.unpublished", "story", id, reason);
        return stories.view(stories.row(id));
    }

    private StoryEntity lock(long id) {
        return repository.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("resource.story", id));
    }

    private void decide(StoryEntity changed) {
        try {
            repository.update(changed);
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.story.version-conflict");
        }
        outbox.enqueue(Stories.AGGREGATE, changed.id());
    }
}

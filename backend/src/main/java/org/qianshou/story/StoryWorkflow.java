package org.qianshou.story;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.story.photo.StoryPhotoService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Stories as their authors write them: drafts, saves guarded by the version, consent records, justifications of
 * flags, submission under the story's rules, and taking a published story down. Every write needs a member of the
 * story's verified agency or university ({@link AccessPolicy#requireCanPublish}); others get 404. Every change is
 * audited and announced to the search outbox ({@value Stories#AGGREGATE}) in its transaction.
 */
@Singleton
public class StoryWorkflow {

    /** Organisations that write stories: agencies and universities (funders do not). */
    static final Set<String> AUTHOR_KINDS = Set.of("agency", "university");

    private final StoryRepository repository;
    private final StoryRows rows;
    private final StoryConsentRepository consents;
    private final StoryJustificationRepository justifications;
    private final Stories stories;
    private final StoryRules rules;
    private final StoryValidation validation;
    private final AccessPolicy access;
    private final OrganisationService organisations;
    private final Outbox outbox;
    private final AuditLog audit;
    private final StoryPhotoService photos;

    @SuppressWarnings("checkstyle:ParameterNumber")
    StoryWorkflow(
            StoryRepository repository,
            StoryRows rows,
            StoryConsentRepository consents,
            StoryJustificationRepository justifications,
            Stories stories,
            StoryRules rules,
            StoryValidation validation,
            AccessPolicy access,
            OrganisationService organisations,
            Outbox outbox,
            AuditLog audit,
            StoryPhotoService photos) {
        this.repository = repository;
        this.rows = rows;
        this.consents = consents;
        this.justifications = justifications;
        this.stories = stories;
        this.rules = rules;
        this.validation = validation;
        this.access = access;
        this.organisations = organisations;
        this.outbox = outbox;
        this.audit = audit;
        this.photos = photos;
    }

    /** Refuses (403/404) anyone who may not write the organisation's stories, before the body is looked at. */
    @Transactional
    public void requireCanWrite(Actor actor, long organisationId) {
        access.requireCanPublish(actor, organisationId);
        Organisation organisation = organisations.find(organisationId).orElseThrow();
        if (!AUTHOR_KINDS.contains(organisation.kind())) {
            throw new ForbiddenException("organisation-kind", "error.story.organisation-kind");
        }
    }

    /** Refuses (403/404) anyone who may not write this story, before the body is looked at. */
    @Transactional
    public void requireCanWriteStory(Actor actor, long storyId) {
        StoryEntity story =
                repository.findById(storyId).orElseThrow(() -> new NotFoundException("resource.story", storyId));
        requireMember(actor, story);
    }

    /** Refuses (404) anyone who is not a member of the story's organisation, whatever the organisation's status. */
    @Transactional
    public void requireMemberOfStory(Actor actor, long storyId) {
        StoryEntity story =
                repository.findById(storyId).orElseThrow(() -> new NotFoundException("resource.story", storyId));
        if (!access.isMember(actor.accountId(), story.organisationId())) {
            throw new NotFoundException("resource.story", storyId);
        }
    }

    /** A new draft. */
    @Transactional
    public StoryViews.Story create(Actor actor, long organisationId, @Valid StoryRequest request) {
        requireCanWrite(actor, organisationId);
        validation.check(organisationId, request);
        String html = StoryHtml.sanitise(request.bodyHtml());
        StoryEntity saved = repository.save(new StoryEntity(
                null,
                organisationId,
                request.projectId(),
                request.title().strip(),
                request.summaryText(),
                html,
                request.regionCode(),
                StoryRequest.blankToNull(request.serviceCategory()),
                StoryRequest.blankToNull(request.programme()),
                StoryStatus.DRAFT,
                null,
                null,
                false,
                actor.accountId(),
                actor.accountId(),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        rows.replaceTargetGroups(saved.id(), request.targetGroupList());
        outbox.enqueue(Stories.AGGREGATE, saved.id());
        audit.record(actor.accountId(), "story.created", "story", saved.id(), "project " + request.projectId());
        return stories.view(stories.row(saved.id()));
    }

    /** A save of the given version: the content replaced, the body cleaned again, the flags computed afresh. */
    @Transactional
    public StoryViews.Story save(Actor actor, long id, @Valid StoryRequest request) {
        StoryEntity current = lockForWrite(actor, id);
        if (request.version() == null) {
            throw InvalidInputException.of("version", "field.story.version-required");
        }
        requireVersion(current, request.version());
        requireEditable(current);
        validation.check(current.organisationId(), request);
        StoryEntity changed = current.withContent(
                request.projectId(),
                request.title().strip(),
                request.summaryText(),
                StoryHtml.sanitise(request.bodyHtml()),
                request.regionCode(),
                StoryRequest.blankToNull(request.serviceCategory()),
                StoryRequest.blankToNull(request.programme()),
                actor.accountId());
        StoryEntity updated = update(changed);
        rows.replaceTargetGroups(id, request.targetGroupList());
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(actor.accountId(), "story.updated", "story", id, "version " + updated.version());
        return stories.view(stories.row(id));
    }

    /** A draft deleted, with its photos, consents and justifications. */
    @Transactional
    public void delete(Actor actor, long id) {
        StoryEntity current = lockForWrite(actor, id);
        if (!StoryStatus.DRAFT.equals(current.status())) {
            throw new ConflictException("error.story.not-draft");
        }
        // the photos' rows now and their files once this transaction has committed (the rows' cascade would leave
        // the files behind)
        photos.deleteAllOf(id);
        repository.deleteById(id);
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(actor.accountId(), "story.deleted", "story", id, null);
    }

    /** A consent record added to an editable story. */
    @Transactional
    public StoryViews.Consent addConsent(Actor actor, long id, @Valid ConsentRequest request) {
        StoryEntity current = lockForWrite(actor, id);
        requireEditable(current);
        validation.check(request, LocalDate.now(Stories.ZONE));
        StoryConsentEntity saved = consents.save(consent(null, id, request, actor.accountId()));
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(actor.accountId(), "story.consent-added", "story", id, consentDetail(saved));
        return Stories.consent(saved);
    }

    /** A consent record changed. */
    @Transactional
    public StoryViews.Consent updateConsent(Actor actor, long id, long consentId, @Valid ConsentRequest request) {
        StoryEntity current = lockForWrite(actor, id);
        StoryConsentEntity existing = ownConsent(id, consentId);
        requireEditable(current);
        validation.check(request, LocalDate.now(Stories.ZONE));
        StoryConsentEntity saved = consents.update(consent(existing.id(), id, request, actor.accountId()));
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(actor.accountId(), "story.consent-changed", "story", id, consentDetail(saved));
        return Stories.consent(saved);
    }

    /** A consent record removed. */
    @Transactional
    public void deleteConsent(Actor actor, long id, long consentId) {
        StoryEntity current = lockForWrite(actor, id);
        ownConsent(id, consentId);
        requireEditable(current);
        consents.deleteById(consentId);
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(actor.accountId(), "story.consent-removed", "story", id, "consent " + consentId);
    }

    /**
     * The author's justification of a name or village flag the story currently has (an empty one removes it); numbers
     * cannot be justified. Returns the story with its flags.
     */
    @Transactional
    public StoryViews.Story justify(Actor actor, long id, @Valid StoryRequests.Justification request) {
        StoryEntity current = lockForWrite(actor, id);
        requireEditable(current);
        if (!StoryCheck.JUSTIFIABLE.contains(request.kind())) {
            throw InvalidInputException.of("kind", "field.story.justification-kind", request.kind());
        }
        StoryRow row = stories.row(id);
        boolean flagged = stories.flags(row).stream()
                .anyMatch(f -> f.kind().equals(request.kind()) && f.text().equals(request.text()));
        var key = new StoryJustification.Key(id, request.kind(), request.text());
        String text =
                request.justification() == null ? "" : request.justification().strip();
        if (text.isEmpty()) {
            if (justifications.existsById(key)) {
                justifications.deleteById(key);
            }
        } else {
            if (!flagged) {
                throw InvalidInputException.of("text", "field.story.justification-no-flag");
            }
            if (!org.qianshou.system.Text.validMultiLine(text)) {
                throw InvalidInputException.of("justification", "field.text.control-characters");
            }
            var saved = new StoryJustification(key, text, actor.accountId(), Instant.now());
            if (justifications.existsById(key)) {
                justifications.update(saved);
            } else {
                justifications.save(saved);
            }
        }
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(
                actor.accountId(),
                text.isEmpty() ? "story.justification-removed" : "story.flag-justified",
                "story",
                id,
                request.kind());
        return stories.view(stories.row(id));
    }

    /**
     * Draft, returned or unpublished → submitted, when the rules hold: no blocking flag, a consent record, every photo
     * showing people covered by a consent for photos, and the required fields. Otherwise nothing changes.
     */
    @Transactional
    public StoryViews.Story submit(Actor actor, long id, @Valid StoryRequests.Submit request) {
        StoryEntity current = lockForWrite(actor, id);
        requireVersion(current, request.version());
        if (!StoryStatus.EDITABLE.contains(current.status())) {
            throw new ConflictException("error.story.not-submittable");
        }
        rules.requireSubmittable(stories.row(id));
        StoryEntity updated = update(
                current.withStatus(StoryStatus.SUBMITTED, null, Instant.now(), current.publishedAt(), null, null));
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(actor.accountId(), "story.submitted", "story", id, "version " + updated.version());
        return stories.view(stories.row(id));
    }

    /**
     * Published → unpublished at the author's request, with a reason. Members may take their story down even while
     * their organisation is not verified.
     */
    @Transactional
    public StoryViews.Story unpublish(Actor actor, long id, @Valid StoryRequests.Reason request) {
        StoryEntity current =
                repository.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("resource.story", id));
        if (!access.isMember(actor.accountId(), current.organisationId())) {
            throw new NotFoundException("resource.story", id);
        }
        if (!StoryStatus.PUBLISHED.equals(current.status())) {
            throw new ConflictException("error.story.not-published");
        }
        String reason = StoryCheck.maskNumbers(request.reason().strip());
        update(current.withStatus(
                StoryStatus.UNPUBLISHED,
                reason,
                current.submittedAt(),
                current.publishedAt(),
                Instant.now(),
                actor.accountId()));
        outbox.enqueue(Stories.AGGREGATE, id);
        audit.record(actor.accountId(), "story.unpublished", "story", id, "by the author: " + reason);
        return stories.view(stories.row(id));
    }

    /**
     * A demo story, published at once (flagged as demo wherever it is shown), with one consent record; its text must
     * pass the protection check like any other. Returns its id.
     */
    @Transactional
    public long createDemo(long organisationId, @Valid StoryRequest request, ConsentRequest consent, Instant at) {
        validation.check(organisationId, request);
        StoryEntity saved = repository.save(new StoryEntity(
                null,
                organisationId,
                request.projectId(),
                request.title().strip(),
                request.summaryText(),
                StoryHtml.sanitise(request.bodyHtml()),
                request.regionCode(),
                StoryRequest.blankToNull(request.serviceCategory()),
                StoryRequest.blankToNull(request.programme()),
                StoryStatus.PUBLISHED,
                null,
                null,
                true,
                null,
                null,
                at,
                at,
                at,
                null,
                null,
                null,
                null));
        rows.replaceTargetGroups(saved.id(), request.targetGroupList());
        consents.save(consent(null, saved.id(), consent, null));
        rules.requireSubmittable(stories.row(saved.id()));
        outbox.enqueue(Stories.AGGREGATE, saved.id());
        return saved.id();
    }

    // ---- helpers

    private StoryEntity lockForWrite(Actor actor, long id) {
        StoryEntity story =
                repository.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("resource.story", id));
        requireMember(actor, story);
        return story;
    }

    private void requireMember(Actor actor, StoryEntity story) {
        if (!access.isMember(actor.accountId(), story.organisationId())) {
            throw new NotFoundException("resource.story", story.id());
        }
        access.requireCanPublish(actor, story.organisationId());
    }

    private static void requireVersion(StoryEntity current, Long version) {
        if (!current.version().equals(version)) {
            throw new ConflictException("error.story.version-conflict");
        }
    }

    private static void requireEditable(StoryEntity story) {
        if (!StoryStatus.EDITABLE.contains(story.status())) {
            throw new ConflictException("error.story.locked." + story.status());
        }
    }

    private StoryEntity update(StoryEntity changed) {
        try {
            return repository.update(changed);
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.story.version-conflict");
        }
    }

    private StoryConsentEntity ownConsent(long storyId, long consentId) {
        return consents.findById(consentId)
                .filter(c -> c.storyId() == storyId)
                .orElseThrow(() -> new NotFoundException("resource.story-consent", consentId));
    }

    private static StoryConsentEntity consent(Long id, long storyId, ConsentRequest r, Long recordedBy) {
        String relation = r.givenByRelation() == null || r.givenByRelation().isBlank()
                ? null
                : r.givenByRelation().strip();
        return new StoryConsentEntity(
                id,
                storyId,
                r.personLabel().strip(),
                r.minor(),
                r.givenBy(),
                relation,
                r.method(),
                r.givenOn(),
                r.text(),
                r.photos(),
                r.scopeNote() == null ? "" : r.scopeNote().strip(),
                recordedBy,
                Instant.now());
    }

    /** What the audit log keeps of a consent: never the person's label (it may be a real name). */
    private static String consentDetail(StoryConsentEntity c) {
        List<String> parts = new ArrayList<>();
        parts.add("consent " + c.id());
        parts.add(c.minor() ? "minor" : "adult");
        parts.add("given by " + c.givenBy());
        parts.add(c.method());
        parts.add(c.scopePhotos() ? "text and photos" : "text");
        return String.join(", ", parts);
    }
}

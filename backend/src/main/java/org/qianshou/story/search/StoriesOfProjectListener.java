package org.qianshou.story.search;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.qianshou.project.ProjectPublicFactsChanged;
import org.qianshou.system.outbox.Outbox;

/** A story's search document carries its project's title: when it changes, the project's stories are re-announced. */
@Singleton
class StoriesOfProjectListener {

    private final StoryIndexRepository repository;
    private final Outbox outbox;

    StoriesOfProjectListener(StoryIndexRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void onProjectChanged(ProjectPublicFactsChanged event) {
        outbox.enqueueAll(StorySearchKind.AGGREGATE, repository.idsOfProject(event.projectId()));
    }
}

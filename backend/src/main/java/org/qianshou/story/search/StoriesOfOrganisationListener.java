package org.qianshou.story.search;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.qianshou.organisation.OrganisationPublicFactsChanged;
import org.qianshou.system.outbox.Outbox;

/**
 * A story's search document carries its organisation's name and is found only while the organisation is verified:
 * when either changes, every story of the organisation goes to the search outbox, in the organisation's transaction.
 */
@Singleton
class StoriesOfOrganisationListener {

    private final StoryIndexRepository repository;
    private final Outbox outbox;

    StoriesOfOrganisationListener(StoryIndexRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void onOrganisationChanged(OrganisationPublicFactsChanged event) {
        outbox.enqueueAll(StorySearchKind.AGGREGATE, repository.idsOfOrganisation(event.organisationId()));
    }
}

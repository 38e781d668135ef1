package org.qianshou.opening;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.qianshou.organisation.OrganisationPublicFactsChanged;
import org.qianshou.system.outbox.Outbox;

/**
 * An opening's search document carries its organisation's name and is found only while the organisation is verified:
 * when either changes, every opening of the organisation goes to the search outbox, in the organisation's transaction.
 */
@Singleton
class OpeningsOfOrganisationListener {

    private final OpeningRepository repository;
    private final Outbox outbox;

    OpeningsOfOrganisationListener(OpeningRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void onOrganisationChanged(OrganisationPublicFactsChanged event) {
        outbox.enqueueAll(OpeningService.AGGREGATE, repository.findIdByOrganisationId(event.organisationId()));
    }
}

package org.qianshou.funding.call;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.qianshou.organisation.OrganisationPublicFactsChanged;
import org.qianshou.system.outbox.Outbox;

/**
 * A call's search document carries its funder's name and is found only while the funder is verified: when either
 * changes, every call of the organisation goes to the search outbox, in the organisation's transaction.
 */
@Singleton
class CallsOfOrganisationListener {

    private final CallRepository repository;
    private final Outbox outbox;

    CallsOfOrganisationListener(CallRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void onOrganisationChanged(OrganisationPublicFactsChanged event) {
        outbox.enqueueAll(CallService.AGGREGATE, repository.findIdByOrganisationId(event.organisationId()));
    }
}

package org.qianshou.project;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.qianshou.organisation.OrganisationPublicFactsChanged;
import org.qianshou.system.outbox.Outbox;

/**
 * A project's search document carries its organisation's name and is public only while the organisation is verified:
 * when either changes, every project of the organisation goes to the search outbox, in the organisation's transaction.
 */
@Singleton
class ProjectsOfOrganisationListener {

    private final ProjectRepository repository;
    private final Outbox outbox;

    ProjectsOfOrganisationListener(ProjectRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void onOrganisationChanged(OrganisationPublicFactsChanged event) {
        outbox.enqueueAll(ProjectService.AGGREGATE, repository.findIdByOrganisationId(event.organisationId()));
    }
}

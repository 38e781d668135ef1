package org.qianshou.organisation;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import org.qianshou.system.outbox.Outbox;

/**
 * What others must hear about organisations, in the caller's transaction: the organisations index (through the
 * outbox), and every feature that shows an organisation's name or relies on it being verified (through
 * {@link OrganisationPublicFactsChanged}; the project feature re-announces its projects).
 */
@Singleton
class OrganisationAnnouncements {

    private final Outbox outbox;
    private final ApplicationEventPublisher<OrganisationPublicFactsChanged> events;

    OrganisationAnnouncements(Outbox outbox, ApplicationEventPublisher<OrganisationPublicFactsChanged> events) {
        this.outbox = outbox;
        this.events = events;
    }

    /** A new organisation that is verified from the start (seeds, demo data). */
    void created(long id) {
        outbox.enqueue(OrganisationService.AGGREGATE, id);
    }

    /** An organisation that is or was verified changed (its data or its status): it and what shows it. */
    void changed(long id) {
        outbox.enqueue(OrganisationService.AGGREGATE, id);
        events.publishEvent(new OrganisationPublicFactsChanged(id));
    }
}

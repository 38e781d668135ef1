package org.qianshou.organisation.search;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.qianshou.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the organisation rows of the search outbox every second, beside the project worker and with the same
 * settings; keeps going while batches come back full.
 */
@Singleton
@Requires(property = "qianshou.outbox.enabled", value = "true", defaultValue = "true")
class OrganisationOutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationOutboxWorker.class);
    private static final int MAX_BATCHES_PER_TICK = 200;

    private final OrganisationIndexSync sync;
    private final int batchSize;

    OrganisationOutboxWorker(OrganisationIndexSync sync, @Value("${qianshou.outbox.batch-size:500}") int batchSize) {
        this.sync = sync;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${qianshou.outbox.interval:1s}", initialDelay = "1s")
    void drain() {
        try {
            sync.ensureIndex();
        } catch (SearchUnavailableException e) {
            LOG.warn("Organisations search index not ready, will try again: {}", e.getMessage());
            return;
        }
        try {
            for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
                if (sync.drainOnce(batchSize) < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Organisation outbox drain failed; will try again", e);
        }
    }
}

package org.qianshou.system.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.qianshou.search.SearchUnavailableException;
import org.qianshou.system.search.SearchKind;
import org.qianshou.system.search.SearchKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the search outbox every second into the index of every registered {@link SearchKind} (projects,
 * organisations, …); keeps going while batches come back full. A kind that fails waits for the next tick without
 * holding up the others.
 */
@Singleton
@Requires(property = "qianshou.outbox.enabled", value = "true", defaultValue = "true")
class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int MAX_BATCHES_PER_TICK = 200;

    private final SearchKinds kinds;
    private final IndexSync sync;
    private final int batchSize;

    OutboxWorker(SearchKinds kinds, IndexSync sync, OutboxConfiguration configuration) {
        this.kinds = kinds;
        this.sync = sync;
        this.batchSize = configuration.batchSize();
    }

    @Scheduled(fixedDelay = "${qianshou.outbox.interval:1s}", initialDelay = "1s")
    void drain() {
        kinds.all().forEach(this::drain);
    }

    private void drain(SearchKind<?> kind) {
        try {
            sync.ensureIndex(kind);
        } catch (SearchUnavailableException e) {
            LOG.warn("Search index for {} not ready, will try again: {}", kind.name(), e.getMessage());
            return;
        }
        try {
            for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
                if (sync.drainOnce(kind, batchSize) < batchSize) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Outbox drain for {} failed; will try again", kind.name(), e);
        }
    }
}

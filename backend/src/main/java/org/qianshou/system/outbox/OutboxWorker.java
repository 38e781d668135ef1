package org.qianshou.system.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qianshou.search.SearchUnavailableException;
import org.qianshou.system.search.SearchKind;
import org.qianshou.system.search.SearchKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the search outbox every second into the index of every registered {@link SearchKind} (projects,
 * organisations, …); keeps going while batches come back full. A kind that fails waits for the next tick without
 * holding up the others. After a batch that could not be sent (Elasticsearch away, or too slow to answer while it
 * recovers), the kind starts again with small batches and doubles them while they succeed, so that a cold
 * Elasticsearch gets requests it can answer within the client's timeout.
 */
@Singleton
@Requires(property = "qianshou.outbox.enabled", value = "true", defaultValue = "true")
class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int MAX_BATCHES_PER_TICK = 200;
    static final int FIRST_BATCH_AFTER_FAILURE = 25;

    private final SearchKinds kinds;
    private final IndexSync sync;
    private final int batchSize;
    /** The batch size of each kind that is starting again after a failed batch. */
    private final Map<String, Integer> reduced = new ConcurrentHashMap<>();

    OutboxWorker(SearchKinds kinds, IndexSync sync, OutboxConfiguration configuration) {
        this.kinds = kinds;
        this.sync = sync;
        this.batchSize = configuration.batchSize();
    }

    @Scheduled(fixedDelay = "${qianshou.outbox.interval:1s}", initialDelay = "1s")
    void drain() {
        kinds.all().forEach(this::drain);
    }

    void drain(SearchKind<?> kind) {
        try {
            sync.ensureIndex(kind);
        } catch (SearchUnavailableException e) {
            LOG.warn("Search index for {} not ready, will try again: {}", kind.name(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            // PostgreSQL away while the index is checked: the other kinds are still tried, and the next tick again
            LOG.error("Checking the search index for {} failed; will try again", kind.name(), e);
            return;
        }
        try {
            for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
                int size = reduced.getOrDefault(kind.name(), batchSize);
                int claimed = sync.drainOnce(kind, size);
                if (claimed == IndexSync.FAILED) {
                    reduced.put(kind.name(), Math.min(batchSize, FIRST_BATCH_AFTER_FAILURE));
                    return;
                }
                if (claimed > 0 && size < batchSize) {
                    int next = Math.min(batchSize, size * 2);
                    if (next == batchSize) {
                        reduced.remove(kind.name());
                    } else {
                        reduced.put(kind.name(), next);
                    }
                }
                if (claimed < size) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Outbox drain for {} failed; will try again", kind.name(), e);
        }
    }
}

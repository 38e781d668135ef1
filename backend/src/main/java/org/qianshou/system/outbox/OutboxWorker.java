package org.qianshou.system.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
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
        drainInTurn(kinds.all());
    }

    /**
     * Drains the kinds one batch each in turn while any has a full batch due, so that after an outage the backlog
     * of one kind does not hold up the others (projects alone took 27 s before openings got their first batch).
     */
    void drainInTurn(List<SearchKind<?>> all) {
        List<SearchKind<?>> due = new ArrayList<>();
        for (SearchKind<?> kind : all) {
            if (ready(kind)) {
                due.add(kind);
            }
        }
        for (int i = 0; i < MAX_BATCHES_PER_TICK && !due.isEmpty(); i++) {
            due.removeIf(kind -> !drainBatch(kind));
        }
    }

    /** Drains one kind until nothing more is due (or the tick's batches are used up). */
    void drain(SearchKind<?> kind) {
        if (!ready(kind)) {
            return;
        }
        for (int i = 0; i < MAX_BATCHES_PER_TICK && drainBatch(kind); i++) {
            // the next batch
        }
    }

    private boolean ready(SearchKind<?> kind) {
        try {
            sync.ensureIndex(kind);
            return true;
        } catch (SearchUnavailableException e) {
            LOG.warn("Search index for {} not ready, will try again: {}", kind.name(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            // PostgreSQL away while the index is checked: the other kinds are still tried, and the next tick again
            LOG.error("Checking the search index for {} failed; will try again", kind.name(), e);
            return false;
        }
    }

    /** Sends one batch of the kind; whether more may be due at once (the batch came back full). */
    private boolean drainBatch(SearchKind<?> kind) {
        try {
            int size = reduced.getOrDefault(kind.name(), batchSize);
            int claimed = sync.drainOnce(kind, size);
            if (claimed == IndexSync.FAILED) {
                reduced.put(kind.name(), Math.min(batchSize, FIRST_BATCH_AFTER_FAILURE));
                return false;
            }
            if (claimed > 0 && size < batchSize) {
                int next = Math.min(batchSize, size * 2);
                if (next == batchSize) {
                    reduced.remove(kind.name());
                } else {
                    reduced.put(kind.name(), next);
                }
            }
            return claimed >= size;
        } catch (RuntimeException e) {
            LOG.error("Outbox drain for {} failed; will try again", kind.name(), e);
            return false;
        }
    }
}

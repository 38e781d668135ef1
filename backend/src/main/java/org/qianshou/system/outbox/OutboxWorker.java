package org.qianshou.system.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.qianshou.search.SearchUnavailableException;
import org.qianshou.system.search.SearchKind;
import org.qianshou.system.search.SearchKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the search outbox every second into the index of every registered {@link SearchKind} (projects,
 * organisations, …); keeps going while batches come back full, with a second loop beside the first while there is a
 * backlog (one batch of a kind at a time). A kind that fails waits for the next tick without
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
    /** How often, between batches, a kind whose index was not ready at the start of a tick is checked again. */
    static final long RECHECK_MILLIS = 500;

    private final SearchKinds kinds;
    private final IndexSync sync;
    private final int batchSize;
    /** The batch size of each kind that is starting again after a failed batch. */
    private final Map<String, Integer> reduced = new ConcurrentHashMap<>();
    /**
     * The kinds a loop is sending a batch of. A kind is drained by one loop at a time: a document can change without
     * its row's version (a story when its organisation loses its verification), so two batches of one kind in flight
     * could let the older read land last, at the same external version; one at a time, a batch's bulk request has
     * completed before the next batch is read.
     */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    /**
     * Runs a second drain loop beside the scheduled one while there is a backlog, so that two bulk requests to two
     * indices are in flight: Elasticsearch indexes a bulk request into an index of one shard with one write thread, and
     * one request at a time left the second core idle while the backlog of a two-minute outage was carried over.
     */
    private final ExecutorService helpers = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-worker-2");
        thread.setDaemon(true);
        return thread;
    });

    OutboxWorker(SearchKinds kinds, IndexSync sync, OutboxConfiguration configuration) {
        this.kinds = kinds;
        this.sync = sync;
        this.batchSize = configuration.batchSize();
    }

    @Scheduled(fixedDelay = "${qianshou.outbox.interval:1s}", initialDelay = "1s")
    void drain() {
        List<SearchKind<?>> all = kinds.all();
        Future<?>[] helper = new Future<?>[1];
        try {
            drainInTurn(all, () -> helper[0] = helpers.submit(() -> drainInTurn(all, () -> {})));
        } finally {
            awaitHelper(helper[0]);
        }
    }

    /** Drains the kinds in turn (see {@link #drainInTurn(List, Runnable)}) in this thread alone. */
    void drainInTurn(List<SearchKind<?>> all) {
        drainInTurn(all, () -> {});
    }

    /**
     * Drains the kinds one batch each in turn while any has a full batch due, so that after an outage the backlog
     * of one kind does not hold up the others (projects alone took 27 s before openings got their first batch). A kind
     * whose index was not ready when the tick began (Elasticsearch back, its shard still recovering) is checked again
     * every {@value #RECHECK_MILLIS} ms between batches, instead of waiting until the others' backlog is drained and
     * the next tick begins (11 s after Elasticsearch's return in a run of the fault tests). {@code backlog} runs once
     * when a round ends with a full batch due: a backlog, which the caller drains with a second loop beside this one.
     */
    void drainInTurn(List<SearchKind<?>> all, Runnable backlog) {
        List<SearchKind<?>> due = new ArrayList<>();
        List<SearchKind<?>> waiting = new ArrayList<>();
        for (SearchKind<?> kind : all) {
            (ready(kind) ? due : waiting).add(kind);
        }
        long checked = System.nanoTime();
        boolean helped = false;
        for (int i = 0; i < MAX_BATCHES_PER_TICK && !due.isEmpty(); i++) {
            due.removeIf(kind -> !drainBatchAlone(kind));
            if (!due.isEmpty() && !helped) {
                helped = true;
                backlog.run();
            }
            if (!waiting.isEmpty() && System.nanoTime() - checked >= RECHECK_MILLIS * 1_000_000L) {
                for (var it = waiting.iterator(); it.hasNext(); ) {
                    SearchKind<?> kind = it.next();
                    if (ready(kind)) {
                        it.remove();
                        due.add(kind);
                    }
                }
                checked = System.nanoTime();
            }
        }
    }

    private static void awaitHelper(Future<?> helper) {
        if (helper == null) {
            return;
        }
        try {
            helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("Outbox drain beside the first failed; will try again", e.getCause());
        }
    }

    @PreDestroy
    void close() {
        helpers.shutdownNow();
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

    /**
     * Sends one batch of the kind unless the other loop is sending one of it (then it stays due for this loop's next
     * round); whether more may be due at once.
     */
    private boolean drainBatchAlone(SearchKind<?> kind) {
        if (!busy.add(kind.name())) {
            return true;
        }
        try {
            return drainBatch(kind);
        } finally {
            busy.remove(kind.name());
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

package org.qianshou.system.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.Indexer;
import org.qianshou.search.SearchUnavailableException;
import org.qianshou.system.search.SearchKind;
import org.qianshou.system.search.SearchRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a kind's outbox rows to its index: one bulk request per batch with what the kind says the index should hold
 * for those ids, every item checked; the rows of items that made it are deleted, the others retried with back-off.
 * Before it writes, it makes sure the index exists, rebuilding it from PostgreSQL when its alias is missing, and that
 * it can take writes. When Elasticsearch comes back after an outage, the rows that failed for it are due at once.
 */
@Singleton
public class IndexSync {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

    private final OutboxRepository outbox;
    private final SearchRebuild rebuild;
    private final Duration maxBackoff;
    /** Names of the kinds whose index was found or built since the last failure. */
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();
    /** Names of the kinds whose last writes failed because Elasticsearch could not be reached. */
    private final Set<String> interrupted = ConcurrentHashMap.newKeySet();

    IndexSync(OutboxRepository outbox, SearchRebuild rebuild, OutboxConfiguration configuration) {
        this.outbox = outbox;
        this.rebuild = rebuild;
        this.maxBackoff = configuration.maxBackoff();
    }

    /**
     * Makes sure the kind's index exists and has the kind's mapping version before anything is written to it. When
     * the alias is missing while PostgreSQL holds documents for it (a new cluster, or a deleted index), the index is
     * rebuilt from PostgreSQL rather than started empty; with none an empty index is created. When the alias points at
     * an index of a lower mapping version (the application was upgraded and its index definition changed), the index
     * is rebuilt from PostgreSQL and the alias moved; searches use the old index until then.
     */
    public void ensureIndex(SearchKind<?> kind) {
        if (ensured.contains(kind.name())) {
            return;
        }
        synchronized (this) {
            if (ensured.contains(kind.name())) {
                return;
            }
            if (!kind.index().aliasExists()) {
                if (!kind.documentsAfter(0, 1).isEmpty()) {
                    LOG.warn(
                            "Search index {} is missing; rebuilding it from PostgreSQL",
                            kind.index().alias());
                    rebuild.rebuild(kind);
                } else {
                    kind.index().ensureIndex();
                }
            } else if (kind.index().isOutdated()) {
                LOG.warn(
                        "Search index {} has mapping version {}, this version of the application needs {};"
                                + " rebuilding it from PostgreSQL",
                        kind.index().alias(),
                        kind.index().liveMappingVersion().orElse(0),
                        kind.index().kind().definition().mappingVersion());
                rebuild.rebuild(kind);
            }
            if (!kind.index().writable()) {
                throw new SearchUnavailableException(
                        "search index " + kind.index().alias() + " cannot take writes yet (its shard is not active)",
                        null);
            }
            ensured.add(kind.name());
            if (interrupted.remove(kind.name())) {
                // Elasticsearch is back: the rows that were only waiting for it need not sit out their back-off.
                int due = outbox.wakeUp(kind.aggregateType());
                LOG.info(
                        "Search index {} takes writes again; {} outbox rows are due now",
                        kind.index().alias(),
                        due);
            }
        }
    }

    /** What {@link #drainOnce} answers when the batch could not be sent at all. */
    public static final int FAILED = -1;

    /**
     * Processes one batch of the kind's due rows; returns how many rows it claimed (0: none was due), or {@link
     * #FAILED} when the batch could not be sent at all, so that the worker waits for its next tick instead of cycling
     * through the backlog.
     */
    @Transactional
    public <D extends IndexedDocument> int drainOnce(SearchKind<D> kind, int batchSize) {
        List<OutboxRepository.Entry> entries = outbox.claimDue(kind.aggregateType(), batchSize);
        if (entries.isEmpty()) {
            return 0;
        }
        List<Long> ids = entries.stream()
                .map(OutboxRepository.Entry::aggregateId)
                .distinct()
                .toList();
        List<IndexResult> results;
        try {
            List<IndexOperation<D>> operations = kind.operations(ids);
            results = new Indexer<>(kind.index()).apply(operations);
        } catch (SearchUnavailableException e) {
            LOG.warn(
                    "Elasticsearch unavailable, {} outbox rows for {} will be retried: {}",
                    entries.size(),
                    kind.name(),
                    e.getMessage());
            interrupted.add(kind.name());
            return retryAll(kind, entries, e);
        } catch (RuntimeException e) {
            // A request Elasticsearch refused as a whole (e.g. a mapping error): keep the rows and back off,
            // so one bad batch neither loses changes nor spins the worker.
            LOG.error("Indexing {} outbox rows failed; they will be retried", entries.size(), e);
            return retryAll(kind, entries, e);
        }
        Map<Long, IndexResult> byId = results.stream()
                .collect(Collectors.toMap(IndexResult::id, Function.identity(), (a, b) -> a.ok() ? b : a));
        List<OutboxRepository.Entry> done = new ArrayList<>();
        List<OutboxRepository.Entry> failed = new ArrayList<>();
        String firstError = null;
        for (OutboxRepository.Entry entry : entries) {
            IndexResult result = byId.get(entry.aggregateId());
            if (result == null || result.ok()) {
                done.add(entry); // indexed, or nothing to write (the kind left the id out)
            } else {
                failed.add(entry);
                firstError = firstError == null ? result.error() : firstError;
            }
        }
        outbox.done(done);
        if (!failed.isEmpty()) {
            LOG.warn(
                    "{} of {} {} index writes failed and will be retried; first error: {}",
                    failed.size(),
                    entries.size(),
                    kind.name(),
                    firstError);
            ensured.remove(kind.name());
            outbox.retryLater(failed, String.valueOf(firstError), maxBackoff);
        }
        return entries.size();
    }

    private int retryAll(SearchKind<?> kind, List<OutboxRepository.Entry> entries, RuntimeException e) {
        ensured.remove(kind.name());
        outbox.retryLater(entries, e.getMessage() == null ? e.toString() : e.getMessage(), maxBackoff);
        return FAILED;
    }
}

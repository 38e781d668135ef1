package org.qianshou.system.search;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.RebuildResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds indices from PostgreSQL, the source of truth: a new versioned index loaded in batches, then the alias
 * moves; rows changed meanwhile are re-announced through the outbox. {@code POST /api/admin/search/rebuild}, {@code
 * java -jar … reindex} and the outbox worker (for a missing index) all come here.
 */
@Singleton
public class SearchRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(SearchRebuild.class);
    static final int BATCH = 1000;
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

    private final SearchKinds kinds;
    /**
     * One rebuild of a kind at a time in this instance: a rebuild that finishes deletes the kind's other indices,
     * among them one that a second rebuild (the endpoint beside the outbox worker finding the index missing) is still
     * loading, whose alias move then fails.
     */
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    SearchRebuild(SearchKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * What a rebuild did.
     *
     * @param databaseCount what PostgreSQL holds for the index after the rebuild
     */
    @Serdeable
    public record Result(String index, long documents, long databaseCount) {}

    /** Rebuilds every kind's index, in order; kind name → result. */
    public Map<String, Result> rebuildAll() {
        Map<String, Result> results = new LinkedHashMap<>();
        for (SearchKind<?> kind : kinds.all()) {
            results.put(kind.name(), rebuild(kind));
        }
        return results;
    }

    /**
     * Rebuilds the kind's index with this version's definition, whatever the version behind the alias: run by hand
     * (the endpoint, {@code reindex}) on an older version of the application, it is how a rollback puts that version's
     * index back. The outbox worker only rebuilds automatically when no newer version owns the index ({@code
     * IndexSync#yieldsToNewerVersion}).
     */
    public <D extends IndexedDocument> Result rebuild(SearchKind<D> kind) {
        ReentrantLock lock = running.computeIfAbsent(kind.name(), name -> new ReentrantLock());
        lock.lock();
        try {
            return rebuildAlone(kind);
        } finally {
            lock.unlock();
        }
    }

    private <D extends IndexedDocument> Result rebuildAlone(SearchKind<D> kind) {
        // A generous margin: re-announcing a minute of changes is cheap, missing one is not (clock skew,
        // transactions that set updated_at before they commit).
        Instant started = Instant.now().minus(CATCH_UP_MARGIN);
        RebuildResult result = kind.index().rebuild(() -> new Batches<>(kind));
        int reannounced = kind.reannounceChangedSince(started);
        long inDatabase = kind.databaseCount();
        LOG.info(
                "Rebuilt {} with {} documents; {} rows changed around the rebuild and were re-announced",
                result.index(),
                result.documents(),
                reannounced);
        return new Result(result.index(), result.documents(), inDatabase);
    }

    private static final class Batches<D extends IndexedDocument> implements Iterator<List<D>> {
        private final SearchKind<D> kind;
        private List<D> next;

        Batches(SearchKind<D> kind) {
            this.kind = kind;
            this.next = kind.documentsAfter(0, BATCH);
        }

        @Override
        public boolean hasNext() {
            return !next.isEmpty();
        }

        @Override
        public List<D> next() {
            if (next.isEmpty()) {
                throw new NoSuchElementException();
            }
            List<D> current = next;
            next = kind.documentsAfter(current.get(current.size() - 1).id(), BATCH);
            return current;
        }
    }
}

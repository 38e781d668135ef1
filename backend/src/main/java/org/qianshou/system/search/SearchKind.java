package org.qianshou.system.search;

import io.micronaut.core.order.Ordered;
import java.time.Instant;
import java.util.List;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.SearchIndex;

/**
 * One kind of document in Elasticsearch, registered by the feature that owns its rows (a {@code @Singleton} in
 * {@code <feature>/search/}). The outbox worker, the rebuild, the self-healing of a missing index and the readiness in
 * {@code /health} work on every registered kind alike; see {@code docs/how-to-add-a-search-kind.md}.
 *
 * @param <D> the document type
 */
public interface SearchKind<D extends IndexedDocument> extends Ordered {

    /** The outbox's aggregate type whose rows feed this index, e.g. {@code project}. */
    String aggregateType();

    /** The kind's index (see {@link SearchIndices}). */
    SearchIndex<D> index();

    /** The index's name after the prefix, e.g. {@code projects}. */
    default String name() {
        return index().kind().name();
    }

    /**
     * What the index should hold for these ids, read from PostgreSQL inside the outbox worker's transaction: an
     * upsert or a delete per id, as the feature decides. An id left out needs no write (its row is gone and was never
     * public, say).
     */
    List<IndexOperation<D>> operations(List<Long> ids);

    /**
     * The documents a rebuild loads after {@code afterId}, in id order, at most {@code limit}; empty at the end. Only
     * what should be found goes in (e.g. verified organisations only).
     */
    List<D> documentsAfter(long afterId, int limit);

    /** How many documents PostgreSQL holds for this index, to compare with a rebuild's count. */
    long databaseCount();

    /** Announces, through the outbox, every row changed since {@code since}, so changes made during a rebuild arrive. */
    int reannounceChangedSince(Instant since);
}

package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes to a {@link SearchIndex} through its alias, idempotent by id, with the row's version as external version
 * ({@code external_gte}) so an older event never overwrites a newer one; every item's outcome is checked.
 * Thread-safe.
 *
 * @param <D> the document type
 */
public final class Indexer<D extends IndexedDocument> {
    private final ElasticsearchClient client;
    private final SearchIndex<D> index;

    public Indexer(SearchIndex<D> index) {
        this.client = index.client();
        this.index = index;
    }

    /**
     * Sends the operations in one synchronous bulk request and returns one result per operation, in order. A
     * missing alias fails every operation (ok=false) rather than letting Elasticsearch auto-create an index.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot be reached
     */
    public List<IndexResult> apply(List<? extends IndexOperation<D>> operations) {
        if (operations.isEmpty()) {
            return List.of();
        }
        String alias = index.alias();
        // require_alias does not cover deletes, and an externally versioned delete auto-creates a missing index
        if (operations.stream().anyMatch(IndexOperation.Delete.class::isInstance) && !index.aliasExists()) {
            return operations.stream()
                    .map(o -> new IndexResult(o.id(), false, "alias_missing: " + alias + " does not exist"))
                    .toList();
        }
        List<BulkOperation> bulk =
                operations.stream().map(o -> toBulk(alias, o)).toList();
        BulkResponse response = Elastic.call("bulk write to " + alias, () -> client.bulk(b -> b.operations(bulk)));
        List<IndexResult> results = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            results.add(result(operations.get(i).id(), response.items().get(i)));
        }
        return results;
    }

    private static BulkOperation toBulk(String alias, IndexOperation<?> operation) {
        String id = Long.toString(operation.id());
        if (operation instanceof IndexOperation.Upsert<?> upsert) {
            return BulkOperation.of(b -> b.index(i -> i.index(alias)
                    .id(id)
                    .requireAlias(true)
                    .version(operation.version())
                    .versionType(VersionType.ExternalGte)
                    .document(upsert.document())));
        }
        return BulkOperation.of(b ->
                b.delete(d -> d.index(alias).id(id).version(operation.version()).versionType(VersionType.ExternalGte)));
    }

    private static IndexResult result(long id, BulkResponseItem item) {
        if (item.error() == null || BulkItems.isVersionConflict(item)) {
            return new IndexResult(id, true, null);
        }
        return new IndexResult(id, false, BulkItems.describe(item));
    }
}

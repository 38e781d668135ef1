package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes {@link ProjectIndexer} and {@link OrganisationIndexer} share: through the alias, idempotent by id, with
 * the row's version as external version ({@code external_gte}), every item's outcome checked.
 */
final class VersionedWrites {
    private VersionedWrites() {}

    /** One write: index {@code document} ({@code delete == false}) or remove the document with this id. */
    record Write(long id, long version, Object document, boolean delete) {
        static Write upsert(long id, long version, Object document) {
            return new Write(id, version, document, false);
        }

        static Write delete(long id, long version) {
            return new Write(id, version, null, true);
        }
    }

    /**
     * Sends the writes in one synchronous bulk request and returns one result per write, in order. A missing alias
     * fails every write (ok=false) rather than letting Elasticsearch auto-create an index.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot be reached
     */
    static List<IndexResult> apply(ElasticsearchClient client, AliasedIndex<?> index, List<Write> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        String alias = index.alias();
        // require_alias does not cover deletes, and an externally versioned delete auto-creates a missing index
        if (writes.stream().anyMatch(Write::delete) && !index.aliasExists()) {
            return writes.stream()
                    .map(w -> new IndexResult(w.id(), false, "alias_missing: " + alias + " does not exist"))
                    .toList();
        }
        List<BulkOperation> bulk = writes.stream().map(w -> toBulk(alias, w)).toList();
        BulkResponse response = Elastic.call("bulk write to " + alias, () -> client.bulk(b -> b.operations(bulk)));
        List<IndexResult> results = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            results.add(result(writes.get(i).id(), response.items().get(i)));
        }
        return results;
    }

    private static BulkOperation toBulk(String alias, Write write) {
        String id = Long.toString(write.id());
        if (!write.delete()) {
            return BulkOperation.of(b -> b.index(i -> i.index(alias)
                    .id(id)
                    .requireAlias(true)
                    .version(write.version())
                    .versionType(VersionType.ExternalGte)
                    .document(write.document())));
        }
        return BulkOperation.of(b ->
                b.delete(d -> d.index(alias).id(id).version(write.version()).versionType(VersionType.ExternalGte)));
    }

    private static IndexResult result(long id, BulkResponseItem item) {
        if (item.error() == null || BulkItems.isVersionConflict(item)) {
            return new IndexResult(id, true, null);
        }
        return new IndexResult(id, false, BulkItems.describe(item));
    }
}

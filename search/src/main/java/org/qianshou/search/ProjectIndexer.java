package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;

/**
 * Writes projects through the alias, idempotent by id, with the project's version as external version ({@code
 * external_gte}) so an older event never overwrites a newer one. Thread-safe.
 */
public final class ProjectIndexer {
    private final ElasticsearchClient client;
    private final ProjectIndex index;

    public ProjectIndexer(ElasticsearchClient client, ProjectIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * Sends the operations in one synchronous bulk request and returns one result per operation, in order. A
     * missing alias fails every operation (ok=false) rather than letting Elasticsearch auto-create an index.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot be reached
     */
    public List<IndexResult> apply(List<IndexOperation> operations) {
        return VersionedWrites.apply(
                client,
                index.aliased(),
                operations.stream().map(ProjectIndexer::write).toList());
    }

    private static VersionedWrites.Write write(IndexOperation operation) {
        if (operation instanceof IndexOperation.Upsert upsert) {
            ProjectDocument document = upsert.document();
            return VersionedWrites.Write.upsert(document.id(), document.version(), document);
        }
        IndexOperation.Delete delete = (IndexOperation.Delete) operation;
        return VersionedWrites.Write.delete(delete.id(), delete.version());
    }
}

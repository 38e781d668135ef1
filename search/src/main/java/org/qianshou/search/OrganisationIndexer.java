package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;

/**
 * Writes organisations through the alias, idempotent by id, with the organisation's version as external version
 * ({@code external_gte}) so an older event never overwrites a newer one. Thread-safe.
 */
public final class OrganisationIndexer {
    private final ElasticsearchClient client;
    private final OrganisationIndex index;

    public OrganisationIndexer(ElasticsearchClient client, OrganisationIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * Sends the operations in one synchronous bulk request and returns one result per operation, in order. A
     * missing alias fails every operation (ok=false) rather than letting Elasticsearch auto-create an index.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot be reached
     */
    public List<IndexResult> apply(List<OrganisationOperation> operations) {
        return VersionedWrites.apply(
                client,
                index.aliased(),
                operations.stream().map(OrganisationIndexer::write).toList());
    }

    private static VersionedWrites.Write write(OrganisationOperation operation) {
        if (operation instanceof OrganisationOperation.Upsert upsert) {
            OrganisationDocument document = upsert.document();
            return VersionedWrites.Write.upsert(document.id(), document.version(), document);
        }
        OrganisationOperation.Delete delete = (OrganisationOperation.Delete) operation;
        return VersionedWrites.Write.delete(delete.id(), delete.version());
    }
}

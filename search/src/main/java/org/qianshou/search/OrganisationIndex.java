package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;

/**
 * The index of verified organisations: alias {@code <prefix>-organisations} in front of a versioned index {@code
 * <prefix>-organisations-v<mapping version>-<timestamp>} ({@code search/organisations-index.json}). Thread-safe.
 */
public final class OrganisationIndex {
    private final AliasedIndex<OrganisationDocument> index;

    public OrganisationIndex(ElasticsearchClient client, String prefix) {
        this.index = new AliasedIndex<>(
                client,
                prefix,
                "organisations",
                IndexDefinition.organisations(),
                "organisation",
                OrganisationDocument::id,
                OrganisationDocument::version);
    }

    AliasedIndex<OrganisationDocument> aliased() {
        return index;
    }

    public String alias() {
        return index.alias();
    }

    /** Creates a versioned index behind the alias unless the alias already exists. Idempotent. */
    public void ensureIndex() {
        index.ensureIndex();
    }

    /**
     * Loads every batch into a new versioned index, then moves the alias to it atomically and deletes this prefix's
     * older organisation indices. On failure the new index is deleted and the alias stays where it was.
     *
     * @throws IllegalStateException when a document is rejected
     */
    public RebuildResult rebuild(Iterable<List<OrganisationDocument>> batches) {
        return index.rebuild(batches);
    }

    /** Number of documents behind the alias, after a refresh; 0 when the alias is missing. */
    public long count() {
        return index.count();
    }

    /** Makes recent writes visible to search; does nothing when the alias is missing. */
    public void refresh() {
        index.refresh();
    }

    /** Deletes the alias's indices and any other organisation index of this prefix. */
    public void deleteAll() {
        index.deleteAll();
    }

    /** Whether the alias exists (it may be missing on a new cluster or after the index was deleted). */
    public boolean aliasExists() {
        return index.aliasExists();
    }
}

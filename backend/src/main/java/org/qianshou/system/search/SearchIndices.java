package org.qianshou.system.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.inject.Singleton;
import org.qianshou.search.IndexKind;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.SearchIndex;
import org.qianshou.system.SearchConfiguration;

/** Makes a kind's index on the shared client, with the configured prefix ({@code QIANSHOU_INDEX_PREFIX}). */
@Singleton
public class SearchIndices {

    private final ElasticsearchClient client;
    private final String prefix;

    SearchIndices(ElasticsearchClient client, SearchConfiguration config) {
        this.client = client;
        this.prefix = config.indexPrefix();
    }

    public <D extends IndexedDocument> SearchIndex<D> index(IndexKind<D, ?> kind) {
        return new SearchIndex<>(client, prefix, kind);
    }
}

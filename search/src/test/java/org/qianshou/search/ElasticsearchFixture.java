package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Elasticsearch the integration tests run against: {@code ELASTICSEARCH_URL} (with the optional
 * {@code ELASTICSEARCH_API_KEY} or {@code ELASTICSEARCH_USERNAME}/{@code ELASTICSEARCH_PASSWORD}), else a
 * Testcontainers Elasticsearch when Docker is available, else a failure.
 */
public final class ElasticsearchFixture {
    private static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.8";
    private static final String AUTO_CREATE = "action.auto_create_index";
    private static ElasticsearchClient client;

    private ElasticsearchFixture() {}

    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            client = SearchClients.create(
                    url(),
                    System.getenv("ELASTICSEARCH_API_KEY"),
                    System.getenv("ELASTICSEARCH_USERNAME"),
                    System.getenv("ELASTICSEARCH_PASSWORD"));
        }
        return client;
    }

    /** A fresh index prefix, so test classes never see each other's documents. */
    public static String uniquePrefix() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Deletes the index, then shows that an upsert and a delete without the alias fail (ok=false, with a reason) and
     * that no index is auto-created in its place, even on a cluster that allows auto-creation (as a default one does).
     */
    public static <D extends IndexedDocument> void assertWritesFailWithoutTheAlias(
            SearchIndex<D> index, IndexOperation<D> upsert, IndexOperation<D> delete) throws Exception {
        index.deleteAll();
        Indexer<D> indexer = new Indexer<>(index);
        String previous = allowAutoCreate();
        try {
            List<IndexResult> upserts = indexer.apply(List.of(upsert));
            List<IndexResult> deletes = indexer.apply(List.of(delete));

            assertThat(upserts).singleElement().satisfies(r -> {
                assertThat(r.ok()).isFalse();
                assertThat(r.error()).isNotBlank();
            });
            assertThat(deletes).extracting(IndexResult::ok).containsExactly(false);
        } finally {
            putAutoCreate(previous);
        }
        assertThat(client().indices().exists(e -> e.index(index.alias())).value())
                .isFalse();
        assertThat(index.count()).isZero();
    }

    /** The concrete indices behind the index's alias. */
    public static Set<String> indicesBehindAlias(SearchIndex<?> index) throws Exception {
        return client().indices().getAlias(a -> a.name(index.alias())).result().keySet();
    }

    /** Every versioned index of the index's kind and prefix, behind the alias or not. */
    public static Set<String> versionedIndices(SearchIndex<?> index) throws Exception {
        return client().indices()
                .get(g -> g.index(index.alias() + "-v*"))
                .result()
                .keySet();
    }

    private static String allowAutoCreate() throws Exception {
        var persistent =
                client().cluster().getSettings(s -> s.flatSettings(true)).persistent();
        JsonData previous = persistent.get(AUTO_CREATE);
        putAutoCreate("true");
        return previous == null ? null : previous.to(String.class);
    }

    private static void putAutoCreate(String value) throws Exception {
        var request = new Request("PUT", "/_cluster/settings");
        String json = value == null ? "null" : "\"" + value + "\"";
        request.setJsonEntity("{\"persistent\":{\"" + AUTO_CREATE + "\":" + json + "}}");
        ((RestClientTransport) client()._transport()).restClient().performRequest(request);
    }

    private static String url() {
        String url = System.getenv("ELASTICSEARCH_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(
                    "No Elasticsearch for the integration tests: set ELASTICSEARCH_URL or run ./infra/test.sh");
        }
        var container = new ElasticsearchContainer(DockerImageName.parse(IMAGE))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        return "http://" + container.getHttpHostAddress();
    }
}

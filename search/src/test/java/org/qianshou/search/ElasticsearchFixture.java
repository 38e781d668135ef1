package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.UUID;
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

package org.qianshou.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.qianshou.system.DatabaseUrl;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * Where the integration tests find PostgreSQL and Elasticsearch. The servers that {@code infra/}
 * provisions, named by {@code DATABASE_URL} and {@code ELASTICSEARCH_URL} (what {@code infra/test.sh}
 * and CI use); otherwise containers when Docker is available; otherwise the tests fail, never skip.
 * Every caller gets its own PostgreSQL schema and index prefix, so test classes never see each
 * other's data.
 */
public final class RealServices {

    private static PostgreSQLContainer<?> postgres;
    private static ElasticsearchContainer elasticsearch;
    private static final List<String> INDEX_PREFIXES = new ArrayList<>();
    private static Thread indexCleanup;

    private RealServices() {}

    public record Endpoints(String jdbcUrl, String user, String password, String elasticsearchUrl) {}

    public static synchronized Endpoints endpoints() {
        String databaseUrl = System.getenv("DATABASE_URL");
        String elasticsearchUrl = System.getenv("ELASTICSEARCH_URL");
        if (databaseUrl != null && elasticsearchUrl != null) {
            if (databaseUrl.startsWith("jdbc:")) {
                return new Endpoints(
                        databaseUrl, env("DATABASE_USER", "qianshou"), env("DATABASE_PASSWORD", ""), elasticsearchUrl);
            }
            DatabaseUrl parsed = DatabaseUrl.parse(databaseUrl);
            return new Endpoints(parsed.jdbcUrl(), parsed.user(), parsed.password(), elasticsearchUrl);
        }
        if (dockerAvailable()) {
            if (postgres == null) {
                postgres = new PostgreSQLContainer<>("postgres:15");
                postgres.start();
                elasticsearch = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.19.8")
                        .withEnv("xpack.security.enabled", "false")
                        .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
                        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
                elasticsearch.start();
            }
            return new Endpoints(
                    postgres.getJdbcUrl(),
                    postgres.getUsername(),
                    postgres.getPassword(),
                    "http://" + elasticsearch.getHttpHostAddress());
        }
        throw new IllegalStateException("Integration tests need a real PostgreSQL and Elasticsearch: set DATABASE_URL"
                + " and ELASTICSEARCH_URL (./infra/test.sh does this after starting the servers from infra/),"
                + " or make Docker available for Testcontainers.");
    }

    /** Application properties for one isolated test: its own schema and its own index prefix. */
    public static Map<String, String> isolatedProperties(String name) {
        Endpoints e = endpoints();
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        String schema = "it_" + id;
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", withSchema(e.jdbcUrl(), schema));
        properties.put("datasources.default.username", e.user());
        properties.put("datasources.default.password", e.password() == null ? "" : e.password());
        properties.put("flyway.datasources.default.schemas", schema);
        properties.put("flyway.datasources.default.default-schema", schema);
        properties.put("qianshou.search.url", e.elasticsearchUrl());
        // Under the prefix infra/test.sh gives the run, so that its next run deletes these indices; they are also
        // deleted when this JVM exits, so that a long run does not reach Elasticsearch's limit of open shards.
        String indexPrefix = env("QIANSHOU_INDEX_PREFIX", "qianshou-it") + "-" + id.replace('_', '-');
        properties.put("qianshou.search.index-prefix", indexPrefix);
        deleteIndicesAtExit(e.elasticsearchUrl(), indexPrefix);
        properties.put("micronaut.server.port", "-1");
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", secret());
        properties.put("micronaut.security.token.jwt.generator.refresh-token.secret", secret());
        properties.put("qianshou.bootstrap-admin.email", Api.ADMIN_EMAIL);
        properties.put("qianshou.bootstrap-admin.password", Api.ADMIN_PASSWORD);
        properties.put("qianshou.public-url", "http://qianshou.test");
        properties.put("qianshou.documents-dir", documentsDir(id));
        properties.put("qianshou.demo-projects", "0");
        properties.put("qianshou.outbox.interval", "200ms");
        properties.put("qianshou.outbox.max-backoff", "1s");
        // POST /api/admin/search/rebuild rebuilds every kind while the test client waits; on a machine busy with
        // other builds that takes longer than the client's default 10 s.
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    private static synchronized void deleteIndicesAtExit(String elasticsearchUrl, String indexPrefix) {
        INDEX_PREFIXES.add(indexPrefix);
        if (indexCleanup == null) {
            indexCleanup = new Thread(() -> deleteIndices(elasticsearchUrl), "delete-test-indices");
            Runtime.getRuntime().addShutdownHook(indexCleanup);
        }
    }

    /**
     * Deletes the indices under this JVM's prefixes, by name (the server refuses wildcard deletes). Best effort:
     * what is left is deleted by the next run of infra/test.sh.
     */
    private static void deleteIndices(String elasticsearchUrl) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> prefixes;
        synchronized (RealServices.class) {
            prefixes = List.copyOf(INDEX_PREFIXES);
        }
        for (int from = 0; from < prefixes.size(); from += 20) {
            String patterns = String.join(
                    ",",
                    prefixes.subList(from, Math.min(prefixes.size(), from + 20)).stream()
                            .map(prefix -> prefix + "-*")
                            .toList());
            try {
                HttpResponse<String> names = client.send(
                        HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/_cat/indices/" + patterns
                                        + "?h=index&expand_wildcards=all"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                String indices = String.join(
                        ",", names.body().strip().lines().map(String::strip).toList());
                if (names.statusCode() == 200 && !indices.isEmpty()) {
                    client.send(
                            HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/" + indices))
                                    .timeout(Duration.ofSeconds(30))
                                    .DELETE()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String secret() {
        return UUID.randomUUID() + "-" + UUID.randomUUID();
    }

    private static String documentsDir(String id) {
        try {
            Path dir = Files.createTempDirectory("qianshou-it-documents-" + id);
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withSchema(String jdbcUrl, String schema) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}

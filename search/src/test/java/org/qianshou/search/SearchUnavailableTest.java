package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.search.Projects.project;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every operation fails fast with {@link SearchUnavailableException} and says why. */
class SearchUnavailableTest {

    private static void assertUnavailable(ThrowingCallable call, String reason) {
        assertThatThrownBy(call)
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("Elasticsearch is unavailable")
                .hasMessageContaining(reason);
    }

    @Test
    void nothingListening() throws Exception {
        try (ElasticsearchClient client = SearchClients.create("http://127.0.0.1:1", null, null, null)) {
            ProjectIndex index = new ProjectIndex(client, "unreachable");
            ProjectDocument document = project(1, "甲", "一", "530621", List.of(), List.of());

            assertUnavailable(index::ensureIndex, "Connection refused");
            assertUnavailable(index::count, "Connection refused");
            assertUnavailable(index::refresh, "Connection refused");
            assertUnavailable(index::deleteAll, "Connection refused");
            assertUnavailable(() -> index.rebuild(List.of(List.of(document))), "Connection refused");
            assertUnavailable(
                    () -> new ProjectIndexer(client, index).apply(List.of(new IndexOperation.Upsert(document))),
                    "Connection refused");
            assertUnavailable(
                    () -> new ProjectSearch(client, index)
                            .search(new ProjectQuery("留守儿童", null, null, null, null, 0, 20)),
                    "Connection refused");
            assertThatThrownBy(index::count).hasRootCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void clusterAnswers503() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("{\"error\":{\"type\":\"cluster_block_exception\",\"reason\":\"no master\"},\"status\":503}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        try (ElasticsearchClient client = SearchClients.create(url, null, null, null)) {
            ProjectIndex index = new ProjectIndex(client, "blocked");

            assertUnavailable(
                    () -> new ProjectSearch(client, index)
                            .search(new ProjectQuery("留守儿童", null, null, null, null, 0, 20)),
                    "503");
            assertUnavailable(index::ensureIndex, "503");
        } finally {
            server.stop(0);
        }
    }
}

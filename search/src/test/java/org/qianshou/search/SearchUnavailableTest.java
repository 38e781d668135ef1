package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.search.project.Projects.project;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.qianshou.search.project.ProjectDocument;
import org.qianshou.search.project.ProjectQueries;
import org.qianshou.search.project.ProjectQuery;

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
            SearchIndex<ProjectDocument> index = new SearchIndex<>(client, "unreachable", ProjectQueries.KIND);
            ProjectDocument document = project(1, "甲", "一", "530621", List.of(), List.of());

            assertUnavailable(index::ensureIndex, "Connection refused");
            assertUnavailable(index::count, "Connection refused");
            assertUnavailable(index::refresh, "Connection refused");
            assertUnavailable(index::deleteAll, "Connection refused");
            assertUnavailable(() -> index.rebuild(List.of(List.of(document))), "Connection refused");
            assertUnavailable(
                    () -> new Indexer<>(index).apply(List.of(IndexOperation.upsert(document))), "Connection refused");
            assertUnavailable(
                    () -> Searcher.of(index, ProjectQueries.KIND)
                            .search(new ProjectQuery(new Filters("留守儿童", null, null, null, 0, 20), null)),
                    "Connection refused");
            assertThatThrownBy(index::count).hasRootCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aTransportFailureTheClientWrapsInARuntimeExceptionIsUnavailableToo() {
        // as the low-level client throws an exhausted connection pool: "Connection lease request time out"
        RuntimeException lease = new RuntimeException(
                "Connection lease request time out", new java.util.concurrent.TimeoutException("lease"));
        assertUnavailable(
                () -> Elastic.call("search x", () -> {
                    throw lease;
                }),
                "Connection lease request time out");
        // as the real low-level client (8.19) wraps it: its own message says nothing, the cause says what happened
        RuntimeException wrapped = new RuntimeException(
                "error while performing request",
                new java.util.concurrent.TimeoutException("Connection lease request time out"));
        assertUnavailable(
                () -> Elastic.call("search x", () -> {
                    throw wrapped;
                }),
                "error while performing request (TimeoutException: Connection lease request time out)");
        // an answer that is not HTTP (the fault tests' client read its own request back on a connection to itself)
        RuntimeException garbled = new RuntimeException(
                "error while performing request",
                new org.apache.http.ProtocolException(
                        "Not a valid protocol version: POST /x/_search HTTP/1.1",
                        new org.apache.http.ParseException("Not a valid protocol version")));
        assertUnavailable(
                () -> Elastic.call("search x", () -> {
                    throw garbled;
                }),
                "Not a valid protocol version");
        RuntimeException closed = new RuntimeException(new java.io.IOException("Connection closed"));
        assertUnavailable(
                () -> Elastic.call("search x", () -> {
                    throw closed;
                }),
                "Connection closed");
        IllegalStateException bug = new IllegalStateException("a bug, not the transport");
        assertThatThrownBy(() -> Elastic.call("search x", () -> {
                    throw bug;
                }))
                .isSameAs(bug);
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
            SearchIndex<ProjectDocument> index = new SearchIndex<>(client, "blocked", ProjectQueries.KIND);

            assertUnavailable(
                    () -> Searcher.of(index, ProjectQueries.KIND)
                            .search(new ProjectQuery(new Filters("留守儿童", null, null, null, 0, 20), null)),
                    "503");
            assertUnavailable(index::ensureIndex, "503");
        } finally {
            server.stop(0);
        }
    }
}

package org.qianshou.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;

/**
 * The real Elasticsearch client fails on its own, not a failure built by hand: the address it is given accepts
 * connections and never answers, so every request it sends runs into its answer time-out. The public search answers
 * 503 with {@code Retry-After} and a problem+json body in the caller's language, not 500, and not only after the
 * caller gave up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchUnansweredIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    final List<Socket> held = new CopyOnWriteArrayList<>();
    ServerSocket silent;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("unanswered"));
        try {
            silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(
                () -> {
                    while (!silent.isClosed()) {
                        try {
                            held.add(silent.accept()); // accepted, never read, never answered
                        } catch (IOException e) {
                            // closed at the end
                        }
                    }
                },
                "silent-elasticsearch");
        acceptor.setDaemon(true);
        acceptor.start();
        properties.put("qianshou.search.url", "http://127.0.0.1:" + silent.getLocalPort());
        properties.put("qianshou.search.socket-timeout", "1s");
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @AfterAll
    void closeSilentServer() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void aSearchElasticsearchNeverAnswersIs503InTheCallersLanguage() {
        LogCapture log = new LogCapture();
        log.start();
        try {
            for (String language : List.of("zh-CN", "en")) {
                HttpResponse<?> answer = search(language, "留守儿童");

                assertThat(answer.code()).as(language).isEqualTo(503);
                assertThat(answer.header("Retry-After")).as(language).isEqualTo("10");
                assertThat(answer.getContentType().map(MediaType::toString).orElse(""))
                        .as(language)
                        .startsWith("application/problem+json");
                assertThat(answer.getBody(String.class).orElse(""))
                        .as(language)
                        .contains("\"status\":503")
                        .contains("search-unavailable")
                        .contains(language.equals("en") ? "Search is temporarily unavailable" : "搜索服务暂时不可用");
            }
            assertThat(held).as("the client did reach the address").isNotEmpty();
            assertThat(log.text())
                    .as("the client's own time-out, not a failure of ours")
                    .contains("Search is unavailable")
                    .contains("timeout");
        } finally {
            log.stop();
        }
    }

    private HttpResponse<?> search(String language, String keywords) {
        try {
            return client.toBlocking()
                    .exchange(
                            HttpRequest.GET("/api/projects/search?q="
                                            + URLEncoder.encode(keywords, StandardCharsets.UTF_8))
                                    .header("Accept-Language", language),
                            String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}

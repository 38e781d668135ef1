package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchClientsTest {

    @Test
    void slowAnswersDoNotMakeTheEleventhRequestFailForWantOfAConnection() throws Exception {
        int concurrent = 24;
        // every answer takes longer than a request may wait for a free connection
        long answerMillis = SearchClients.CONNECT_TIMEOUT_MILLIS + 1_000;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), concurrent);
        server.setExecutor(Executors.newFixedThreadPool(concurrent));
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(answerMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        ExecutorService callers = Executors.newFixedThreadPool(concurrent);
        try (ElasticsearchClient client =
                SearchClients.create("http://127.0.0.1:" + server.getAddress().getPort(), null, null, null)) {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                calls.add(callers.submit(() ->
                        client.indices().existsAlias(a -> a.name("qs-projects")).value()));
            }
            for (Future<Boolean> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            callers.shutdownNow();
            server.stop(0);
        }
    }
}

package org.qianshou.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qianshou.testing.Api.project;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;
import org.qianshou.testing.TcpProxy;

/**
 * Elasticsearch goes away and comes back. The application reaches the real Elasticsearch through a
 * loopback relay that the test cuts: connections are refused exactly as if the server were stopped.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchOutageIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    TcpProxy proxy;
    final LogCapture log = new LogCapture();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(RealServices.isolatedProperties("outage"));
        try {
            proxy = new TcpProxy(URI.create(properties.get("qianshou.search.url")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("qianshou.search.url", proxy.url());
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        log.stop();
        proxy.close();
    }

    @Test
    void aProjectSavedWhileSearchIsDownIsFoundSoonAfterItComesBack() throws IOException {
        Api api = new Api(client.toBlocking());
        long agency = api.createOrganisation("昭通市断网测试社工中心", "5306");
        long before = api.createProject(project(
                agency,
                "断网前的项目",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        api.searchUntil("region=5306", a -> Api.ids(a).contains(before), Duration.ofSeconds(20));

        log.start();
        proxy.cut();
        long during = api.createProject(project(
                agency,
                "断网期间保存的项目",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));

        Answer search = api.get("/api/projects/search?region=5306");
        assertThat(search.status()).isEqualTo(503);
        assertThat(search.contentType()).startsWith("application/problem+json");
        assertThat((String) search.body().get("detail")).contains("搜索服务暂时不可用");
        assertThat(api.get("/api/projects/" + during).status())
                .as("the project page keeps working")
                .isEqualTo(200);
        assertThat(api.getList("/api/regions/5306/children")).hasSize(11);
        Answer health = api.get("/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.map("details").get("elasticsearch")).asString().contains("DOWN");

        // the worker runs into the outage (a failed write or a failed check of the index) and keeps the row
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            String text = log.text();
            return text.contains("outbox rows for projects will be retried")
                    || text.contains("Search index for projects not ready");
        });
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM search_outbox WHERE aggregate_type = 'project' AND aggregate_id = "
                                + during))
                .isPositive();
        proxy.restore();
        Api.Waited found = api.searchUntil("region=5306", a -> Api.ids(a).contains(during), Duration.ofSeconds(60));
        assertThat(found.took())
                .as("found within a few back-offs of the outage's end, not after an ever longer one")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(Api.ids(found.answer())).contains(before, during);
    }

    /**
     * A row whose write failed because Elasticsearch was away waits out its back-off, which grows with every failed
     * attempt; after a long outage that is minutes. When Elasticsearch takes writes again, such rows are due at once.
     */
    @Test
    void rowsThatFailedForTheOutageAreDueAtOnceWhenSearchComesBack() throws IOException {
        Api api = new Api(client.toBlocking());
        long agency = api.createOrganisation("昭通市退避测试社工中心", "5306");
        long before = api.createProject(project(
                agency,
                "退避测试之前的项目",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        api.searchUntil("region=5306", a -> Api.ids(a).contains(before), Duration.ofSeconds(20));

        LogCapture outage = new LogCapture();
        outage.start();
        try {
            proxy.cut();
            long during = api.createProject(project(
                    agency,
                    "退避期间保存的项目",
                    List.of("530627"),
                    List.of("left-behind-children"),
                    List.of("left-behind-children"),
                    "published"));
            // the worker's bulk write runs into the outage, and the row backs off
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> outage.text().contains("outbox rows for projects will be retried"));
            // as after a long outage: the row would next be tried in an hour
            Db.execute(
                    dataSource,
                    "UPDATE search_outbox SET next_attempt_at = now() + interval '1 hour'"
                            + " WHERE aggregate_type = 'project' AND aggregate_id = " + during);
            proxy.restore();

            Api.Waited found = api.searchUntil("region=5306", a -> Api.ids(a).contains(during), Duration.ofSeconds(30));
            assertThat(found.took()).isLessThan(Duration.ofSeconds(10));
            assertThat(outage.text()).contains("takes writes again");
        } finally {
            proxy.restore();
            outage.stop();
        }
    }
}

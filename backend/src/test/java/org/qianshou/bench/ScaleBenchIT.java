package org.qianshou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.env.Environment;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.demo.ScaleData;
import org.qianshou.region.RegionService;
import org.qianshou.system.search.SearchRebuild;
import org.qianshou.testing.Api;
import org.qianshou.testing.RealServices;

/**
 * What {@code bench/scale.sh} relies on, on a small scale load: the COPY load writes the generator's rows, the normal
 * rebuild indexes them, and with {@code QIANSHOU_BENCH_ENDPOINTS=true} the bare endpoint answers, the captured
 * Elasticsearch request sent to Elasticsearch directly finds what the API finds, and the PostgreSQL-only search
 * (on {@code bench/scale/postgres-search.sql}'s table) answers exactly as the public search does: total, facets and
 * the page of hits.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleBenchIT implements TestPropertyProvider {

    private static final int PROJECTS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SearchRebuild rebuild;

    @Inject
    RegionService regions;

    @Inject
    Environment environment;

    Api api;
    ScaleData.Result load;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("scalebench"));
        properties.put("qianshou.outbox.enabled", "false");
        properties.put("qianshou.bench.endpoints", "true");
        return properties;
    }

    @BeforeAll
    void load() throws Exception {
        api = new Api(client.toBlocking());
        load = ScaleData.load(
                environment.getRequiredProperty("datasources.default.url", String.class),
                environment.getRequiredProperty("datasources.default.username", String.class),
                environment
                        .getProperty("datasources.default.password", String.class)
                        .orElse(""),
                regions::children,
                PROJECTS,
                20_170_101L);
        rebuild.rebuildAll();
        Path sql = Path.of("..", "bench", "scale", "postgres-search.sql");
        try (Connection c = connection();
                Statement st = c.createStatement()) {
            st.execute(Files.readString(Files.exists(sql) ? sql : Path.of("bench", "scale", "postgres-search.sql")));
        }
    }

    private Connection connection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(
                environment.getRequiredProperty("datasources.default.url", String.class),
                environment.getRequiredProperty("datasources.default.username", String.class),
                environment
                        .getProperty("datasources.default.password", String.class)
                        .orElse(""));
    }

    @Test
    void theLoadWritesTheGeneratorsRowsAndTheRebuildIndexesThem() throws Exception {
        assertThat(load.projects()).isEqualTo(PROJECTS);
        assertThat(load.organisations()).isEqualTo(PROJECTS / 10);
        try (Connection c = connection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM project), (SELECT count(*) FROM"
                        + " organisation WHERE demo), (SELECT count(*) FROM project_region) + (SELECT count(*) FROM"
                        + " project_target_group) + (SELECT count(*) FROM project_service_category),"
                        + " (SELECT count(*) FROM project_region WHERE length(region_code) = 12),"
                        + " (SELECT count(*) FROM project WHERE status <> 'draft')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(PROJECTS);
            assertThat(rs.getLong(2)).isEqualTo(PROJECTS / 10);
            assertThat(rs.getLong(3)).isEqualTo(load.joinRows());
            assertThat(rs.getLong(4)).isGreaterThan(PROJECTS / 5);
            long publicProjects = rs.getLong(5);
            assertThat(((Number) api.get("/api/projects/search?size=1").body().get("total")).longValue())
                    .isEqualTo(publicProjects);
        }
    }

    @Test
    void theBareEndpointAnswersItsFixedObject() {
        Api.Answer bare = api.get("/api/bench/bare");
        assertThat(bare.status()).isEqualTo(200);
        assertThat(bare.body()).isEqualTo(Map.of("service", "qianshou", "ok", true));
    }

    @Test
    void theCapturedRequestSentToElasticsearchDirectlyFindsWhatTheApiFinds() throws Exception {
        for (String query : List.of(
                "size=20", "region=5306&targetGroup=left-behind-children", "q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5")) {
            Api.Answer engine = api.get("/api/bench/projects/engine-request?" + query);
            assertThat(engine.status()).isEqualTo(200);
            String index = (String) engine.body().get("index");
            String body = (String) engine.body().get("body");
            HttpResponse<String> direct = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(URI.create(RealServices.endpoints()
                                                    .elasticsearchUrl() + "/" + index + "/_search?typed_keys=true"))
                                    .header("Content-Type", "application/json")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(direct.statusCode()).as(direct.body()).isEqualTo(200);
            Map<?, ?> answer = JSON.readValue(direct.body(), Map.class);
            long directTotal =
                    ((Number) ((Map<?, ?>) ((Map<?, ?>) answer.get("hits")).get("total")).get("value")).longValue();
            Map<String, Object> viaApi =
                    api.get("/api/projects/search?" + query).body();
            assertThat(directTotal).as(query).isEqualTo(((Number) viaApi.get("total")).longValue());
            assertThat(directTotal).as(query).isPositive();
            List<?> directIds = ((List<?>) ((Map<?, ?>) answer.get("hits")).get("hits"))
                    .stream()
                            .map(h -> Long.parseLong((String) ((Map<?, ?>) h).get("_id")))
                            .toList();
            List<?> apiIds = ((List<?>) viaApi.get("items"))
                    .stream()
                            .map(h -> ((Number) ((Map<?, ?>) h).get("id")).longValue())
                            .toList();
            assertThat(directIds).as(query).isEqualTo(apiIds);
        }
    }

    @Test
    void thePostgresSearchAnswersAsThePublicSearchDoes() {
        for (String query : List.of(
                "size=20",
                "region=5306&targetGroup=left-behind-children&size=20",
                "region=5306&targetGroup=left-behind-children&targetGroup=children-in-difficulty&size=20",
                "region=5306&category=left-behind-children&page=1&size=10",
                "targetGroup=elderly-in-difficulty&category=special-groups")) {
            Map<String, Object> search =
                    api.get("/api/projects/search?" + query).body();
            Api.Answer postgres = api.get("/api/bench/projects/postgres-search?" + query);
            assertThat(postgres.status()).as(query).isEqualTo(200);
            assertThat(postgres.body().get("total")).as(query).isEqualTo(search.get("total"));
            assertThat(postgres.body().get("facets")).as(query).isEqualTo(search.get("facets"));
            assertThat(ids(postgres.body())).as(query).isEqualTo(ids(search)).isNotEmpty();
        }
        assertThat(api.get("/api/bench/projects/postgres-search?q=%E7%95%99%E5%AE%88")
                        .status())
                .isEqualTo(400);
    }

    private static List<Object> ids(Map<String, Object> answer) {
        return ((List<?>) answer.get("items"))
                .stream().map(h -> (Object) ((Map<?, ?>) h).get("id")).toList();
    }
}

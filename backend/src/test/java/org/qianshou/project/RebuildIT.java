package org.qianshou.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.testing.Api.project;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.project.search.ProjectSearchKind;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.project.ProjectDocument;
import org.qianshou.system.search.SearchRebuild;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.RealServices;

/** The index is derived data: deleted, it is rebuilt from PostgreSQL to the same count. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ProjectSearchKind kind;

    @Inject
    SearchRebuild reindexer;

    SearchIndex<ProjectDocument> index;

    @Inject
    ProjectService projects;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(RealServices.isolatedProperties("rebuild"));
        // The rebuild route rebuilds every kind (projects, organisations, openings) while the caller waits: on a
        // busy machine that takes longer than the client's default 10 s (as RouteAccessIT found).
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    @org.junit.jupiter.api.BeforeEach
    void index() {
        index = kind.index();
    }

    @Test
    void aDeletedIndexIsRestoredFromPostgres() {
        Api api = new Api(client.toBlocking());
        long agency = api.createOrganisation("大理州重建测试社工中心", "5329");
        for (int i = 0; i < 25; i++) {
            String status = i % 5 == 0 ? "draft" : "published";
            api.createProject(project(
                    agency,
                    "重建测试项目" + i,
                    List.of("532901"),
                    List.of("elderly-in-difficulty"),
                    List.of("special-groups"),
                    status));
        }
        api.searchUntil("region=5329", a -> ((Number) a.body().get("total")).intValue() == 20, Duration.ofSeconds(30));
        long total = projects.count(); // the other test of this class may have added its own projects
        assertThat(total).isGreaterThanOrEqualTo(25);
        assertThat(index.count()).isEqualTo(total);

        index.deleteAll();
        Answer rebuilt = api.adminPost("/api/admin/search/rebuild", Map.of());
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(((Number) rebuilt.body().get("documents")).longValue()).isEqualTo(total);
        assertThat(((Number) rebuilt.body().get("databaseCount")).longValue()).isEqualTo(total);
        assertThat(index.count()).isEqualTo(total);
        assertThat(((Number) api.get("/api/projects/search?region=5329").body().get("total")).intValue())
                .isEqualTo(20);

        SearchRebuild.Result again = reindexer.rebuild(kind);
        assertThat(again.documents()).isEqualTo(total);
        assertThat(again.index()).isNotEqualTo(rebuilt.body().get("index"));
        assertThat(index.count()).isEqualTo(total);
    }

    @Test
    void aWriteToADeletedIndexRebuildsItFromPostgresByItself() {
        Api api = new Api(client.toBlocking());
        long agency = api.createOrganisation("丽江市自愈测试社工中心", "5307");
        api.createProject(project(
                agency, "自愈测试项目甲", List.of("530702"), List.of("disabled"), List.of("special-groups"), "published"));
        api.searchUntil("region=5307", a -> ((Number) a.body().get("total")).intValue() == 1, Duration.ofSeconds(30));

        index.deleteAll();
        api.createProject(project(
                agency, "自愈测试项目乙", List.of("530702"), List.of("disabled"), List.of("special-groups"), "published"));
        long expected = projects.count();
        api.searchUntil("region=5307", a -> ((Number) a.body().get("total")).intValue() == 2, Duration.ofSeconds(30));
        assertThat(index.count()).isEqualTo(expected);
    }
}

package org.qianshou.synonym;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.search.text.Synonyms;
import org.qianshou.system.search.SearchKinds;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Administrators add and remove synonym groups; the next search uses them without a reindex; every change is audited;
 * bad input is refused naming the field. Suggestions as the user types come from the same index.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSynonymsIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SearchKinds kinds;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("synonyms");
    }

    @AfterAll
    void cleanUp() {
        Synonyms.use(Synonyms.defaults());
        kinds.all().forEach(k -> k.index().deleteAll());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anAddedGroupFindsWithoutReindexingAndARemovedOneNoLonger() {
        Api api = new Api(client.toBlocking());
        long organisation = api.createOrganisation("彝良县同心社会工作服务中心（同义词测试）", "530628");
        long project = api.createProject(Api.project(
                organisation,
                "彝良县留守儿童关爱服务",
                List.of("530628"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        api.searchUntil(q("留守儿童关爱服务"), a -> Api.ids(a).contains(project), Duration.ofSeconds(30));
        assertThat(Api.ids(api.get("/api/projects/search?" + q("守望童心")))).isEmpty();

        Answer added = api.adminPost("/api/admin/search/synonyms", Map.of("words", List.of("守望童心", "留守儿童")));

        assertThat(added.status()).isEqualTo(201);
        long id = ((Number) added.body().get("id")).longValue();
        assertThat(Api.ids(api.get("/api/projects/search?" + q("守望童心")))).containsExactly(project);
        Answer listed = api.send(HttpRequest.GET("/api/admin/search/synonyms").bearerAuth(api.adminToken()));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.list("additions"))
                .singleElement()
                .satisfies(a -> assertThat(a.get("words")).isEqualTo(List.of("守望童心", "留守儿童")));
        assertThat(listed.body().get("file").toString()).contains("易地扶贫搬迁");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE action = 'search.synonyms.added'"))
                .isEqualTo(1);

        Answer removed =
                api.send(HttpRequest.DELETE("/api/admin/search/synonyms/" + id).bearerAuth(api.adminToken()));

        assertThat(removed.status()).isEqualTo(204);
        assertThat(Api.ids(api.get("/api/projects/search?" + q("守望童心")))).isEmpty();
        assertThat(api.send(HttpRequest.DELETE("/api/admin/search/synonyms/" + id)
                                .bearerAuth(api.adminToken()))
                        .status())
                .isEqualTo(404);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE action = 'search.synonyms.removed'"))
                .isEqualTo(1);

        // suggestions: by the title's beginning after the place, in characters or pinyin
        List<Map<String, Object>> suggestions =
                api.getList("/api/search/suggest?q=" + URLEncoder.encode("留守", StandardCharsets.UTF_8));
        assertThat(suggestions).contains(Map.of("text", "留守儿童关爱服务", "kind", "project"));
        assertThat(api.getList("/api/search/suggest?q=yiliang&size=3"))
                .contains(Map.of("text", "彝良县留守儿童关爱服务", "kind", "project"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        Api api = new Api(client.toBlocking());
        long before = Db.count(dataSource, "SELECT count(*) FROM search_synonym");
        for (Object words : List.of(List.of("只有一个"), List.of("留守儿童", "留守兒童"), List.of("a,b", "c"), List.of())) {
            Answer refused = api.adminPost("/api/admin/search/synonyms", Map.of("words", words));
            assertThat(refused.status()).as(words.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.errorFields()).containsExactly("words");
        }
        Answer english = api.send(HttpRequest.POST("/api/admin/search/synonyms", Map.of("words", List.of("x")))
                .bearerAuth(api.adminToken())
                .header("Accept-Language", "en"));
        assertThat(english.body().toString()).contains("A synonym group needs 2 to 20 different words");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM search_synonym")).isEqualTo(before);

        assertThat(api.get("/api/search/suggest").errorFields()).containsExactly("q");
        assertThat(api.get("/api/search/suggest?q=x&size=11").errorFields()).containsExactly("size");
    }
}

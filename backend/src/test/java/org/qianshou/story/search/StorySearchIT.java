package org.qianshou.story.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingFixtures.Agency;
import org.qianshou.testing.RealServices;

/**
 * The public story search through the API, the index fed by the outbox from real PostgreSQL (stories written as the
 * story feature writes them: rows, then an outbox row {@code story}): region subtree (a story in 镇雄县 found by
 * 昭通市), target group, programme, keywords with highlights, facets; an unpublished story disappears; a project's new
 * title reaches its stories; the rebuild includes stories.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorySearchIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    Api api;
    Agency zhenxiong;
    Agency dali;
    long children;
    long elderly;
    long draft;
    long cover;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("storysearch");
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        FundingFixtures fixtures = new FundingFixtures(context, api);
        zhenxiong = fixtures.agency("镇雄县阳光社工中心", FundingFixtures.ZHENXIONG);
        dali = fixtures.agency("大理苍山社工中心", FundingFixtures.DALI);
        children = story(
                zhenxiong,
                "小雨的暑假",
                "<p>社工每周到学校陪伴孩子们<strong>读书</strong>，暑假里组织了夏令营。</p><p>奶奶说：&quot;孩子开朗多了&quot;。</p>",
                FundingFixtures.ZHENXIONG,
                "left-behind-children",
                "left-behind-children",
                "demonstration",
                "published");
        cover = Db.count(
                dataSource,
                "INSERT INTO story_photo (story_id, storage_key, content_type, width, height, size_bytes, sha256,"
                        + " original_filename) VALUES (" + children + ", 'cover-" + children
                        + "', 'image/jpeg', 1000, 800, 1, repeat('0', 64), 'a.jpg') RETURNING id");
        Db.execute(
                dataSource,
                "INSERT INTO story_photo_variant (photo_id, width, height, storage_key, content_type, size_bytes)"
                        + " VALUES (" + cover + ", 320, 256, 'c320-" + cover + "', 'image/jpeg', 1), (" + cover
                        + ", 640, 512, 'c640-" + cover + "', 'image/jpeg', 1)");
        Db.execute(dataSource, "UPDATE story SET cover_photo_id = " + cover + " WHERE id = " + children);
        elderly = story(
                dali,
                "奶奶的菜园",
                "<p>独居的老人在社工的帮助下重新种起了菜园。</p>",
                FundingFixtures.DALI,
                "elderly-in-difficulty",
                "special-groups",
                null,
                "published");
        draft = story(
                zhenxiong,
                "还没写完的读书故事",
                "<p>读书</p>",
                FundingFixtures.ZHENXIONG,
                "left-behind-children",
                null,
                null,
                "draft");
        announce(children, elderly, draft);
        until("", a -> ids(a).containsAll(List.of(children, elderly)));
    }

    long story(
            Agency agency,
            String title,
            String bodyHtml,
            String region,
            String group,
            String category,
            String programme,
            String status) {
        long id = Db.count(
                dataSource,
                "INSERT INTO story (organisation_id, project_id, title, summary, body_html, region_code,"
                        + " service_category_code, programme_code, status, published_at) VALUES (" + agency.id() + ", "
                        + agency.projectId() + ", '" + title + "', '" + title + "的故事', '" + bodyHtml + "', '"
                        + region + "', " + quoted(category) + ", " + quoted(programme) + ", '" + status + "', "
                        + ("published".equals(status) ? "now()" : "NULL") + ") RETURNING id");
        Db.execute(
                dataSource,
                "INSERT INTO story_target_group (story_id, target_group_code) VALUES (" + id + ", '" + group + "')");
        return id;
    }

    static String q(String keywords) {
        return "q=" + java.net.URLEncoder.encode(keywords, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String quoted(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }

    /** What the story feature does with every change: an outbox row per story. */
    void announce(long... stories) {
        for (long id : stories) {
            Db.execute(
                    dataSource,
                    "INSERT INTO search_outbox (aggregate_type, aggregate_id) VALUES ('story', " + id + ")");
        }
    }

    Answer search(String query) {
        Answer answer = api.get("/api/stories?" + query);
        assertThat(answer.status()).as(query + ": " + answer).isEqualTo(200);
        return answer;
    }

    Answer until(String query, Predicate<Answer> done) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            last = api.get("/api/stories?size=100&" + query);
            if (last.status() == 200 && done.test(last)) {
                return last;
            }
            Api.sleep(100);
        }
        throw new AssertionError("search '" + query + "' did not get there in 30 s; last: " + last);
    }

    static List<Long> ids(Answer answer) {
        return Api.ids(answer);
    }

    static Map<String, Object> item(Answer answer, long id) {
        return answer.list("items").stream()
                .filter(i -> ((Number) i.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + answer));
    }

    @Test
    void aStoryInZhenxiongIsFoundByZhaotongWithItsPathAndTheCountyFacet() {
        Answer zhaotong = search("region=" + FundingFixtures.ZHAOTONG);
        assertThat(ids(zhaotong)).contains(children).doesNotContain(elderly, draft);
        Map<String, Object> found = item(zhaotong, children);
        assertThat(found)
                .containsEntry("title", "小雨的暑假")
                .containsEntry("summary", "小雨的暑假的故事")
                .containsEntry("organisationName", "镇雄县阳光社工中心")
                .containsEntry("projectTitle", "镇雄县阳光社工中心留守儿童陪伴项目")
                .containsEntry("targetGroups", List.of("left-behind-children"))
                .containsEntry("serviceCategory", "left-behind-children")
                .containsEntry("programme", "demonstration")
                .containsEntry("coverUrl", "/api/stories/" + children + "/photos/" + cover + "/640");
        assertThat(found.get("regionPath"))
                .isEqualTo(List.of(
                        Map.of("code", "53", "name", "云南省"),
                        Map.of("code", "5306", "name", "昭通市"),
                        Map.of("code", "530627", "name", "镇雄县")));
        assertThat((String) found.get("publishedAt")).endsWith("+08:00");
        assertThat(zhaotong.map("facets").get("region").toString()).contains("code=530627", "name=镇雄县");
        assertThat(ids(search("region=" + FundingFixtures.DALI)))
                .contains(elderly)
                .doesNotContain(children);
    }

    @Test
    void targetGroupCategoryAndProgrammeFilter() {
        assertThat(ids(search("region=5306&targetGroup=left-behind-children"))).contains(children);
        assertThat(ids(search("targetGroup=elderly-in-difficulty")))
                .contains(elderly)
                .doesNotContain(children);
        assertThat(ids(search("category=special-groups"))).contains(elderly).doesNotContain(children);
        assertThat(ids(search("programme=demonstration"))).contains(children).doesNotContain(elderly);
        Answer both = search("region=5306&targetGroup=elderly-in-difficulty");
        assertThat(ids(both)).doesNotContain(children, elderly);
        // the target-group facet counts with every filter but its own
        assertThat(both.map("facets").get("targetGroup").toString()).contains("code=left-behind-children");
        Answer bad = api.get("/api/stories?programme=no-such&region=99&targetGroup=nobody");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("programme", "region", "targetGroup");
    }

    @Test
    void keywordsSearchTheTextWithHighlightsAndDraftsAreNeverFound() {
        Answer reading = search(q("读书"));
        assertThat(ids(reading)).contains(children).doesNotContain(draft, elderly);
        // the text's fragment (the title did not match)
        assertThat(item(reading, children).get("highlight"))
                .asList()
                .singleElement()
                .asString()
                .contains("\uE000读书\uE001");
        Answer title = search(q("菜园"));
        // the whole title first, then the text's fragment
        assertThat(item(title, elderly).get("highlight"))
                .asList()
                .containsExactly("奶奶的\uE000菜园\uE001", "独居的老人在社工的帮助下重新种起了\uE000菜园\uE001。");
        // the body is searched as its text: across the tags, not in them
        assertThat(ids(search(
                        "q=" + java.net.URLEncoder.encode("\"孩子开朗多了\"", java.nio.charset.StandardCharsets.UTF_8))))
                .contains(children);
        assertThat(ids(search(q("strong")))).doesNotContain(children);
    }

    @Test
    void anUnpublishedStoryDisappearsAndAProjectsNewTitleReachesItsStories() {
        long later = story(
                zhenxiong,
                "撤下之前的故事",
                "<p>一段会被撤下的经历。</p>",
                FundingFixtures.ZHENXIONG,
                "left-behind-children",
                null,
                null,
                "published");
        announce(later);
        until("region=5306", a -> ids(a).contains(later));
        Db.execute(
                dataSource,
                "UPDATE story SET status = 'unpublished', version = version + 1, updated_at = now() WHERE id = "
                        + later);
        announce(later);
        until("region=5306", a -> !ids(a).contains(later) && ids(a).contains(children));

        Map<String, Object> project = Api.project(
                zhenxiong.id(),
                "镇雄县留守儿童读书陪伴项目",
                List.of(FundingFixtures.ZHENXIONG),
                List.of(FundingFixtures.LBC),
                List.of(FundingFixtures.LBC),
                "published");
        Answer renamed = api.send(HttpRequest.PUT("/api/admin/projects/" + zhenxiong.projectId(), project)
                .bearerAuth(api.adminToken()));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        until(
                q("陪伴项目"),
                a -> ids(a).contains(children)
                        && "镇雄县留守儿童读书陪伴项目".equals(item(a, children).get("projectTitle")));
    }

    @Test
    void theRebuildIncludesStories() {
        Answer rebuilt = api.adminPost("/api/admin/search/rebuild", Map.of());
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        Map<String, Object> stories = rebuilt.map("stories");
        long published = Db.count(
                dataSource,
                "SELECT count(*) FROM story s JOIN organisation o ON o.id = s.organisation_id"
                        + " WHERE s.status = 'published' AND o.status = 'verified'");
        assertThat(((Number) stories.get("documents")).longValue()).isEqualTo(published);
        assertThat(((Number) stories.get("databaseCount")).longValue()).isEqualTo(published);
        assertThat(ids(search("region=5306"))).contains(children);
    }
}

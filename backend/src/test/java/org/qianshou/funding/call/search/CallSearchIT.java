package org.qianshou.funding.call.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.testing.FundingFixtures.callRequest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.qianshou.testing.FundingFixtures.Funder;
import org.qianshou.testing.RealServices;

/**
 * The public call search through the API, the index fed by the outbox from real PostgreSQL: region both ways, target
 * group, funding type, closing soon, facets, highlights, and a state that follows the clock without a re-index.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallSearchIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    CallSearchKind kind;

    Api api;
    FundingFixtures fixtures;
    Funder funder;
    long zhaotong;
    long zhenxiong;
    long dali;
    long soon;
    long closed;
    long draft;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("callsearch"));
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        fixtures = new FundingFixtures(context, api);
        funder = fixtures.funder("检索测试基金会");
        zhaotong = fixtures.publishedCall(funder, "昭通市留守儿童关爱服务采购");
        zhenxiong = fixtures.publishedCall(funder, body("镇雄县易地搬迁社区融入创投", b -> {
            b.put("regionCode", FundingFixtures.ZHENXIONG);
            b.put("targetGroups", List.of("relocated"));
            b.put("fundingType", "venture-philanthropy");
            b.put("programme", "twinning");
        }));
        dali = fixtures.publishedCall(funder, body("大理州留守儿童暑期项目", b -> {
            b.put("regionCode", FundingFixtures.DALI);
            b.put("fundingType", "charity");
            b.put("closesAt", FundingFixtures.inDays(50));
        }));
        soon = fixtures.publishedCall(funder, body("昭阳区困境儿童紧急项目", b -> {
            b.put("regionCode", "530602");
            b.put("targetGroups", List.of("children-in-difficulty"));
            b.put("closesAt", FundingFixtures.inDays(5));
        }));
        closed = fixtures.publishedCall(funder, body("全省留守儿童示范项目", b -> b.put("regionCode", "53")));
        Answer closing = fixtures.send(
                funder.first(),
                HttpRequest.POST("/api/organisations/" + funder.id() + "/calls/" + closed + "/close", Map.of()));
        assertThat(closing.status()).isEqualTo(200);
        draft = fixtures.draftCall(funder, callRequest("昭通市未发布的草稿"));
        until(
                "size=100",
                a -> Api.ids(a).containsAll(List.of(zhaotong, zhenxiong, dali, soon, closed))
                        && stateOf(a, closed).equals("closed"));
    }

    static Map<String, Object> body(String title, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = callRequest(title);
        change.accept(body);
        return body;
    }

    Answer search(String query) {
        Answer answer = api.get("/api/calls?" + query);
        assertThat(answer.status()).as(query + ": " + answer).isEqualTo(200);
        return answer;
    }

    Answer until(String query, Predicate<Answer> done) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            last = api.get("/api/calls?" + query);
            if (last.status() == 200 && done.test(last)) {
                return last;
            }
            Api.sleep(100);
        }
        throw new AssertionError("search '" + query + "' did not get there in 30 s; last: " + last);
    }

    /** The ids of the answer among the calls made in {@link #seed} (other tests add calls elsewhere). */
    List<Long> seeded(Answer answer) {
        List<Long> mine = List.of(zhaotong, zhenxiong, dali, soon, closed, draft);
        return Api.ids(answer).stream().filter(mine::contains).toList();
    }

    static String stateOf(Answer answer, long id) {
        return answer.list("items").stream()
                .filter(i -> ((Number) i.get("id")).longValue() == id)
                .map(i -> (String) i.get("state"))
                .findFirst()
                .orElse("");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Long> facet(Answer answer, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> c :
                (List<Map<String, Object>>) answer.map("facets").get(name)) {
            counts.put((String) c.get("code"), ((Number) c.get("count")).longValue());
        }
        return counts;
    }

    @Test
    void publishedCallsAreFoundOpenOnesFirstByCloseTimeClosedOnesAfter() {
        Answer all = search("size=100");
        assertThat(seeded(all)).containsExactly(soon, zhaotong, zhenxiong, dali, closed);
        Map<String, Object> first = all.list("items").stream()
                .filter(i -> ((Number) i.get("id")).longValue() == soon)
                .findFirst()
                .orElseThrow();
        assertThat(first)
                .containsEntry("title", "昭阳区困境儿童紧急项目")
                .containsEntry("organisationName", "检索测试基金会")
                .containsEntry("regionPath", "云南省 › 昭通市 › 昭阳区")
                .containsEntry("poolFen", 50_000_000)
                .containsEntry("state", "open");
        assertThat((String) first.get("closesAt")).endsWith("+08:00");
        assertThat(stateOf(all, closed)).isEqualTo("closed");
    }

    @Test
    void aRegionFindsTheCallsInsideItAndOfTheRegionsThatContainIt() {
        // From 镇雄县: its own call, 昭通市's, and the province-wide one (closed, last).
        assertThat(Api.ids(search("region=530627"))).containsExactly(zhaotong, zhenxiong, closed);
        // From 昭通市: its own, those of its counties, and the province's.
        assertThat(Api.ids(search("region=5306"))).containsExactly(soon, zhaotong, zhenxiong, closed);
        assertThat(Api.ids(search("region=5329"))).containsExactly(dali, closed);
        Answer unknown = api.get("/api/calls?region=9999");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("region");
    }

    @Test
    void targetGroupFundingTypeProgrammeAndClosingSoonFilter() {
        assertThat(Api.ids(search("region=530627&targetGroup=left-behind-children")))
                .containsExactly(zhaotong, closed);
        assertThat(Api.ids(search("fundingType=venture-philanthropy,charity"))).containsExactly(zhenxiong, dali);
        assertThat(Api.ids(search("programme=twinning"))).containsExactly(zhenxiong);
        assertThat(Api.ids(search("closingSoon=true"))).containsExactly(soon);
        Answer bad = api.get("/api/calls?closingSoon=maybe&fundingType=lottery");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("closingSoon", "fundingType");
    }

    @Test
    void facetsCountEachValueWithTheOtherFilters() {
        Answer answer = search("region=5306&targetGroup=left-behind-children");
        Map<String, Long> groups = facet(answer, "targetGroup");
        assertThat(groups)
                .containsEntry("left-behind-children", 2L)
                .containsEntry("relocated", 1L)
                .containsEntry("children-in-difficulty", 1L);
        assertThat(facet(answer, "fundingType"))
                .containsEntry("government-purchase", 2L)
                .containsEntry("charity", 0L);
        assertThat(facet(answer, "programme")).containsEntry("demonstration", 2L);
        assertThat(facet(search("region=5306"), "region"))
                .containsEntry("530627", 1L)
                .containsEntry("530602", 1L)
                .containsEntry("530621", 0L);
    }

    @Test
    void keywordsAreHighlighted() {
        Answer answer = search("q=" + java.net.URLEncoder.encode("易地搬迁", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Api.ids(answer)).containsExactly(zhenxiong);
        assertThat(answer.list("items").get(0)).containsEntry("titleHighlighted", "镇雄县\uE000易地搬迁\uE001社区融入创投");
    }

    @Test
    void theStateFollowsTheClockWithoutAReindex() {
        // Opens in 4 s and closes in 8 s.
        OffsetDateTime now = OffsetDateTime.now(FundingFixtures.SHANGHAI).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = callRequest("时钟测试：马上开始又马上截止的征集");
        body.put("regionCode", "5333");
        body.put("opensAt", now.plusSeconds(4).toString());
        body.put("closesAt", now.plusSeconds(8).toString());
        long id = fixtures.publishedCall(funder, body);
        Answer upcoming = until("region=5333", a -> Api.ids(a).contains(id));
        Instant indexed = Instant.now();
        if (indexed.isBefore(now.plusSeconds(4).toInstant())) {
            assertThat(stateOf(upcoming, id)).isEqualTo("upcoming");
        }
        long outboxRows = Db.count(dataSource, "SELECT count(*) FROM search_outbox WHERE aggregate_type = 'call'");
        waitUntil(now.plusSeconds(4).toInstant());
        assertThat(stateOf(search("region=5333"), id)).isEqualTo("open");
        assertThat(Api.ids(search("closingSoon=true&region=5333"))).containsExactly(id);
        assertThat(api.get("/api/calls/" + id).body()).containsEntry("state", "open");
        waitUntil(now.plusSeconds(8).toInstant());
        Answer after = search("region=5333");
        assertThat(stateOf(after, id)).isEqualTo("closed");
        assertThat(Api.ids(search("closingSoon=true&region=5333"))).isEmpty();
        assertThat(api.get("/api/calls/" + id).body()).containsEntry("state", "closed");
        // Nothing was re-announced to the index meanwhile: the state comes from the times.
        assertThat(Db.count(dataSource, "SELECT count(*) FROM search_outbox WHERE aggregate_type = 'call'"))
                .isEqualTo(outboxRows);
    }

    @Test
    void aFunderNoLongerVerifiedTakesItsCallsOutOfSearch() {
        Funder other = fixtures.funder("将被暂停的基金会");
        long call = fixtures.publishedCall(other, body("暂停测试征集", b -> b.put("regionCode", "5334")));
        until("region=5334", a -> Api.ids(a).contains(call));
        Answer suspended = api.adminPost(
                "/api/admin/organisations/" + other.id() + "/decision",
                Map.of("decision", "suspend", "reason", "测试暂停"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        until("region=5334", a -> !Api.ids(a).contains(call));
        assertThat(api.get("/api/calls/" + call).status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexIsRebuiltFromPostgresWithTheOtherKinds() {
        long rows = Db.count(dataSource, "SELECT count(*) FROM funding_call");
        kind.index().deleteAll();
        Answer rebuilt = api.adminPost("/api/admin/search/rebuild", Map.of());
        assertThat(rebuilt.status()).isEqualTo(200);
        Map<String, Object> calls = (Map<String, Object>) rebuilt.body().get("calls");
        assertThat(((Number) calls.get("documents")).longValue()).isEqualTo(rows);
        assertThat(((Number) calls.get("databaseCount")).longValue()).isEqualTo(rows);
        assertThat(Api.ids(search("region=5329"))).containsExactly(dali, closed);
    }

    private static void waitUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis() + 300;
        if (millis > 0) {
            Api.sleep(millis);
        }
    }
}

package org.qianshou.combinedsearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.demo.DemoDataLoader;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.search.SearchKinds;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.Publishing;
import org.qianshou.testing.RealServices;

/**
 * {@code GET /api/search} on the demo data, indexed by the outbox from real PostgreSQL: for several combinations of
 * filters, each kind's count equals the total of that kind's own endpoint for the same filters (and the chosen kind's,
 * with its own filters), the region and target-group facets are the sums of the kinds' own, the chosen kind's hits are
 * its own endpoint's page, and every kind's hits are the kinds' orders blended by rank. Before all that, one item of each
 * kind stops being public (a suspended agency, an unpublished story, a cancelled call, a closed opening): none is found
 * any more, and each kind's counts equal PostgreSQL's public rows, in 昭通市 and for 留守儿童.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CombinedSearchIT implements TestPropertyProvider {

    /** Each kind's own endpoint, and the shared parameters it does not take. */
    private static final Map<String, String> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("project", "/api/projects/search");
        ENDPOINTS.put("opening", "/api/openings");
        ENDPOINTS.put("call", "/api/calls");
        ENDPOINTS.put("organisation", "/api/organisations");
        ENDPOINTS.put("story", "/api/stories");
    }

    private static final String ZHAOTONG = "5306";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DemoDataLoader demo;

    @Inject
    Outbox outbox;

    @Inject
    SearchKinds kinds;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    Api api;
    Publishing publishing;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("combinedsearch"));
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        publishing = new Publishing(context, api);
        assertThat(demo.load(60, 42)).isEqualTo(60);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (outbox.pending() > 0) {
            assertThat(Instant.now()).as("the outbox drained in time").isBefore(deadline);
            Api.sleep(200);
        }
        kinds.all().forEach(k -> k.index().refresh());
        withdrawSomeOfEachKind();
    }

    /** What was public and is no longer: {@code kind:id} → the words that found it (its title or name). */
    final Map<String, String> withdrawn = new LinkedHashMap<>();

    /**
     * Through the services, as their users would: an administrator suspends an agency (its projects and openings go with it) and
     * unpublishes a story of another one; a funder cancels an open call; an agency closes a published opening. Each
     * was found by its title before. Chosen so that what the tests below filter on stays (openings and calls of
     * 昭通市, calls closing soon, the demo's stories).
     */
    private void withdrawSomeOfEachKind() {
        long suspended = Db.ids(
                        dataSource,
                        "SELECT o.id FROM organisation o WHERE o.status = 'verified' AND o.kind = 'agency' AND EXISTS"
                                + " (SELECT 1 FROM project p WHERE p.organisation_id = o.id AND p.status = 'published')"
                                + " AND NOT EXISTS (SELECT 1 FROM story s WHERE s.organisation_id = o.id)"
                                + " AND NOT EXISTS (SELECT 1 FROM opening p WHERE p.organisation_id = o.id AND"
                                + " p.region_code LIKE '" + ZHAOTONG + "%')"
                                + " ORDER BY o.id LIMIT 1")
                .get(0);
        long project = Db.ids(
                        dataSource,
                        "SELECT id FROM project WHERE status = 'published' AND organisation_id = " + suspended
                                + " ORDER BY id LIMIT 1")
                .get(0);
        long opening = Db.ids(
                        dataSource,
                        "SELECT o.id FROM opening o WHERE o.status = 'published' AND o.organisation_id <> " + suspended
                                + " AND (SELECT max(ends_at) FROM shift WHERE opening_id = o.id) > now()"
                                + " ORDER BY o.region_code LIKE '" + ZHAOTONG + "%', o.id LIMIT 1")
                .get(0);
        long openingAgency = organisationOf("opening", opening);
        long call = Db.ids(
                        dataSource,
                        "SELECT id FROM funding_call WHERE status = 'published' AND committed_fen = 0"
                                + " AND opens_at < now() AND closes_at > now() + interval '15 days'"
                                + " ORDER BY region_code LIKE '" + ZHAOTONG + "%', id LIMIT 1")
                .get(0);
        long funder = organisationOf("funding_call", call);
        // The demo's few stories are all needed by the tests below: a story of 留守儿童 in 镇雄县, published for this.
        long storyProject = Db.ids(
                        dataSource,
                        "SELECT p.id FROM project p JOIN organisation o ON o.id = p.organisation_id WHERE p.status ="
                                + " 'published' AND o.status = 'verified' AND o.kind = 'agency' AND o.id <> "
                                + suspended + " ORDER BY p.id LIMIT 1")
                .get(0);
        long storyAgency = organisationOf("project", storyProject);
        long story = publishing.publishedStory(member(storyAgency), storyAgency, storyProject, "镇雄县留守儿童小雨的暑假故事");
        Instant indexed = Instant.now().plus(Duration.ofSeconds(60));
        while (outbox.pending() > 0) {
            assertThat(Instant.now()).as("the outbox drained in time").isBefore(indexed);
            Api.sleep(200);
        }
        kinds.all().forEach(k -> k.index().refresh());
        withdrawn.put("story:" + story, Db.text(dataSource, "SELECT title FROM story WHERE id = " + story));
        withdrawn.put("opening:" + opening, Db.text(dataSource, "SELECT title FROM opening WHERE id = " + opening));
        withdrawn.put("call:" + call, Db.text(dataSource, "SELECT title FROM funding_call WHERE id = " + call));
        withdrawn.put(
                "organisation:" + suspended,
                Db.text(dataSource, "SELECT name FROM organisation WHERE id = " + suspended));
        withdrawn.put("project:" + project, Db.text(dataSource, "SELECT title FROM project WHERE id = " + project));
        withdrawn.replaceAll((item, words) -> words.length() > 40 ? words.substring(0, 40) : words);
        withdrawn.forEach((item, words) -> assertThat(found(item, words))
                .as(item + " is found by " + words + " before")
                .contains(item));

        Answer suspend = api.adminPost(
                "/api/admin/organisations/" + suspended + "/decision",
                Map.of("decision", "suspend", "reason", "登记证书过期"));
        assertThat(suspend.status()).as(suspend.toString()).isEqualTo(200);
        Answer unpublish = api.adminPost("/api/admin/stories/" + story + "/unpublish", Map.of("reason", "监护人撤回同意"));
        assertThat(unpublish.status()).as(unpublish.toString()).isEqualTo(200);
        Answer cancel = api.send(HttpRequest.POST(
                        "/api/organisations/" + funder + "/calls/" + call + "/cancel", Map.of("reason", "资金未到位"))
                .bearerAuth(member(funder))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        Answer close = api.send(
                HttpRequest.POST("/api/organisations/" + openingAgency + "/openings/" + opening + "/close", Map.of())
                        .bearerAuth(member(openingAgency))
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(close.status()).as(close.toString()).isEqualTo(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (outbox.pending() > 0) {
            assertThat(Instant.now()).as("the outbox drained in time").isBefore(deadline);
            Api.sleep(200);
        }
        kinds.all().forEach(k -> k.index().refresh());
    }

    @Test
    void whatIsWithdrawnIsFoundByNoSearch() {
        withdrawn.forEach((item, words) -> {
            assertThat(found(item, words))
                    .as(item + " withdrawn, searched by " + words)
                    .doesNotContain(item);
            String kind = item.substring(0, item.indexOf(':'));
            Answer own = api.get(ENDPOINTS.get(kind) + "?q=" + encode(words) + "&size=100");
            assertThat(own.status()).isEqualTo(200);
            assertThat(ids(own.list("items")))
                    .as(item + " on its own search")
                    .doesNotContain(Long.valueOf(item.substring(item.indexOf(':') + 1)));
        });
    }

    @Test
    void everyKindIsFoundAndCountedAsItsOwnSearchCountsIt() {
        Map<String, Long> counts = compareCounts("");
        assertThat(counts)
                .allSatisfy((kind, count) -> assertThat(count).as(kind).isPositive());
    }

    /** The counts against PostgreSQL's public rows, so that a rule both searches share cannot hide an error. */
    @Test
    void countsByKindAreThePublicRowsOfEachKind() {
        Map<String, Long> counts = counts(api.get("/api/search"));
        assertThat(counts.get("project"))
                .isEqualTo(Db.count(
                        dataSource,
                        "SELECT count(*) FROM project WHERE status IN ('published', 'closed') AND organisation_id IN"
                                + " (SELECT id FROM organisation WHERE status = 'verified')"));
        assertThat(counts.get("organisation"))
                .isEqualTo(Db.count(dataSource, "SELECT count(*) FROM organisation WHERE status = 'verified'"));
        assertThat(counts.get("call"))
                .isEqualTo(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_call WHERE status IN ('published', 'closed') AND"
                                + " organisation_id IN (SELECT id FROM organisation WHERE status = 'verified')"));
        assertThat(counts.get("story"))
                .isEqualTo(Db.count(
                        dataSource,
                        "SELECT count(*) FROM story s JOIN organisation o ON o.id = s.organisation_id"
                                + " WHERE s.status = 'published' AND o.status = 'verified'"));
        assertThat(counts.get("opening"))
                .isEqualTo(Db.count(
                        dataSource,
                        "SELECT count(*) FROM opening o WHERE o.status = 'published' AND o.organisation_id IN"
                                + " (SELECT id FROM organisation WHERE status = 'verified') AND"
                                + " (SELECT max(ends_at) FROM shift WHERE opening_id = o.id) > now()"));
        Map<String, Long> zhaotong = counts(api.get("/api/search?region=" + ZHAOTONG));
        assertThat(zhaotong.get("project"))
                .isPositive()
                .isEqualTo(Db.count(
                        dataSource,
                        "SELECT count(DISTINCT p.id) FROM project p JOIN project_region r ON r.project_id = p.id"
                                + " WHERE r.region_code LIKE '" + ZHAOTONG + "%' AND p.status IN ('published',"
                                + " 'closed') AND p.organisation_id IN (SELECT id FROM organisation WHERE status ="
                                + " 'verified')"));
        assertThat(zhaotong).isEqualTo(publicRows(ZHAOTONG, null));
        assertThat(List.of(zhaotong.get("opening"), zhaotong.get("call")))
                .allSatisfy(n -> assertThat(n).isPositive());
        String lbc = "left-behind-children";
        Map<String, Long> children = counts(api.get("/api/search?targetGroup=" + lbc));
        assertThat(children).isEqualTo(publicRows(null, lbc));
        assertThat(List.of(children.get("project"), children.get("opening"), children.get("call")))
                .allSatisfy(n -> assertThat(n).isPositive());
    }

    /**
     * Each kind's public rows in PostgreSQL, in the region (each kind's meaning of it: a call also from below, an
     * organisation where it is registered or serves) and of the target group, when given.
     */
    private Map<String, Long> publicRows(String region, String targetGroup) {
        String verified = " organisation_id IN (SELECT id FROM organisation WHERE status = 'verified')";
        String like = region == null ? null : "'" + region + "%'";
        String ancestors = region == null
                ? null
                : org.qianshou.search.Regions.withAncestors(List.of(region)).stream()
                        .map(c -> "'" + c + "'")
                        .collect(Collectors.joining(", "));
        String group = targetGroup == null ? null : "'" + targetGroup + "'";
        Map<String, String> where = new LinkedHashMap<>();
        where.put(
                "project",
                "FROM project p WHERE p.status IN ('published', 'closed') AND" + verified
                        + (like == null
                                ? ""
                                : " AND EXISTS (SELECT 1 FROM project_region r WHERE r.project_id = p.id AND"
                                        + " r.region_code LIKE " + like + ")")
                        + (group == null
                                ? ""
                                : " AND EXISTS (SELECT 1 FROM project_target_group g WHERE g.project_id = p.id AND"
                                        + " g.target_group_code = " + group + ")"));
        where.put(
                "opening",
                "FROM opening o WHERE o.status = 'published' AND" + verified
                        + " AND (SELECT max(ends_at) FROM shift WHERE opening_id = o.id) > now()"
                        + (like == null ? "" : " AND o.region_code LIKE " + like)
                        + (group == null
                                ? ""
                                : " AND EXISTS (SELECT 1 FROM opening_target_group g WHERE g.opening_id = o.id AND"
                                        + " g.target_group_code = " + group + ")"));
        where.put(
                "call",
                "FROM funding_call c WHERE c.status IN ('published', 'closed') AND" + verified
                        + (like == null
                                ? ""
                                : " AND (c.region_code LIKE " + like + " OR c.region_code IN (" + ancestors + "))")
                        + (group == null
                                ? ""
                                : " AND EXISTS (SELECT 1 FROM funding_call_target_group g WHERE g.call_id = c.id AND"
                                        + " g.target_group_code = " + group + ")"));
        where.put(
                "organisation",
                "FROM organisation o WHERE o.status = 'verified'"
                        + (like == null
                                ? ""
                                : " AND (o.registered_region_code LIKE " + like + " OR EXISTS (SELECT 1 FROM"
                                        + " organisation_service_region r WHERE r.organisation_id = o.id AND"
                                        + " r.region_code LIKE " + like + "))")
                        + (group == null
                                ? ""
                                : " AND EXISTS (SELECT 1 FROM organisation_target_group g WHERE g.organisation_id ="
                                        + " o.id AND g.target_group_code = " + group + ")"));
        where.put(
                "story",
                "FROM story s WHERE s.status = 'published' AND" + verified
                        + (like == null ? "" : " AND s.region_code LIKE " + like)
                        + (group == null
                                ? ""
                                : " AND EXISTS (SELECT 1 FROM story_target_group g WHERE g.story_id = s.id AND"
                                        + " g.target_group_code = " + group + ")"));
        Map<String, Long> counts = new LinkedHashMap<>();
        where.forEach((kind, sql) -> counts.put(kind, Db.count(dataSource, "SELECT count(*) " + sql)));
        return counts;
    }

    /** The {@code kind:id} of the combined search's hits for these words, the item's kind chosen (the first 100). */
    private List<String> found(String item, String words) {
        Answer answer = api.get(
                "/api/search?kind=" + item.substring(0, item.indexOf(':')) + "&q=" + encode(words) + "&size=100");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.list("hits").stream()
                .map(h -> h.get("kind") + ":" + ((Number) h.get("id")).longValue())
                .toList();
    }

    private long organisationOf(String table, long id) {
        return Db.ids(dataSource, "SELECT organisation_id FROM " + table + " WHERE id = " + id)
                .get(0);
    }

    /** A bearer token of a new staff member of the organisation. */
    private String member(long organisationId) {
        return publishing.member(organisationId, "staff", "综合搜索测试社工");
    }

    @Test
    void countsByKindEqualTheKindsTotalsForTheSameSharedFilters() {
        List<String> combinations = List.of(
                "q=" + encode("留守儿童"),
                "region=" + ZHAOTONG,
                "region=" + firstCountyWithCalls(),
                "targetGroup=left-behind-children",
                "targetGroup=elderly-in-difficulty,relocated",
                "q=" + encode("演示") + "&region=" + ZHAOTONG + "&targetGroup=left-behind-children",
                "q=" + encode("关爱 服务"));
        for (String filters : combinations) {
            Map<String, Long> counts = compareCounts(filters);
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                    .as("something is found for " + filters)
                    .isPositive();
        }
    }

    @Test
    void aKindWhoseStrictSearchFindsNothingIsLoosenedAsItsOwnSearchIs() {
        compareCounts("q=" + encode("留守儿重"));
        Answer typo = api.get("/api/search?q=" + encode("留守儿重"));
        assertThat(typo.list("kinds")).anySatisfy(k -> {
            assertThat(k.get("loose")).isEqualTo(true);
            assertThat(((Number) k.get("count")).longValue()).isPositive();
        });
        assertThat(typo.body().get("loose")).isEqualTo(true);
        Answer exact = api.get("/api/search?q=" + encode("留守儿童"));
        assertThat(exact.body().get("loose")).isEqualTo(false);
    }

    @Test
    void aChosenKindAddsItsOwnFiltersAndCountsTheOthersWithTheSharedOnes() {
        compareChosen("project", "targetGroup=left-behind-children", "category=left-behind-children");
        compareChosen("opening", "region=" + ZHAOTONG, "freePlaces=true&skill=counselling");
        compareChosen("call", "", "fundingType=government-purchase&closingSoon=false");
        compareChosen("call", "", "closingSoon=true");
        compareChosen("organisation", "", "organisationKind=funder");
        String storyCategory =
                (String) api.get("/api/stories?size=1").list("items").get(0).get("serviceCategory");
        compareChosen("story", "region=53", "category=" + storyCategory);
    }

    @Test
    void theChosenKindsHitsAreItsOwnSearchsPage() {
        for (String kind : ENDPOINTS.keySet()) {
            Answer combined = api.get("/api/search?kind=" + kind + "&size=2&page=1");
            Answer own = api.get(ENDPOINTS.get(kind) + "?size=2&page=1");
            assertThat(combined.status()).isEqualTo(200);
            assertThat(ids(combined.list("hits"))).as(kind).isNotEmpty().isEqualTo(ids(own.list("items")));
            assertThat(combined.list("hits")).allSatisfy(hit -> {
                assertThat(hit.get("kind")).isEqualTo(kind);
                assertThat((String) hit.get("url")).startsWith("/" + urlSegment(kind) + "/" + hit.get("id"));
                assertThat((List<?>) hit.get("regionPath")).isNotEmpty();
            });
            assertThat(combined.body().get("total"))
                    .isEqualTo(own.body().get("total"))
                    .isNotEqualTo(0);
        }
    }

    @Test
    void everyKindsHitsAreTheKindsOrdersBlendedByRank() {
        int size = 7;
        List<String> expected = new ArrayList<>();
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        ENDPOINTS.forEach((kind, endpoint) -> byKind.put(
                kind,
                ids(api.get(endpoint + "?size=" + (2 * size)).list("items")).stream()
                        .map(id -> kind + ":" + id)
                        .toList()));
        for (int rank = 0; expected.size() < 2 * size; rank++) {
            boolean any = false;
            for (List<String> list : byKind.values()) {
                if (rank < list.size() && expected.size() < 2 * size) {
                    expected.add(list.get(rank));
                    any = true;
                }
            }
            assertThat(any).isTrue();
        }
        Answer page1 = api.get("/api/search?size=" + size + "&page=1");
        assertThat(page1.list("hits").stream()
                        .map(h -> h.get("kind") + ":" + h.get("id"))
                        .toList())
                .isEqualTo(expected.subList(size, 2 * size));
        Answer page0 = api.get("/api/search?size=" + size);
        assertThat(page0.list("hits").stream().map(h -> (String) h.get("kind")))
                .as("the first page starts with the first of each kind")
                .startsWith("project", "opening", "call", "organisation", "story");
    }

    @Test
    void keywordsAreMarkedInTitlesAndSnippets() {
        Answer answer = api.get("/api/search?q=" + encode("留守儿童") + "&size=50");
        assertThat(answer.list("hits"))
                .isNotEmpty()
                .allSatisfy(
                        hit -> assertThat((hit.get("titleHighlight") == null ? "" : (String) hit.get("titleHighlight"))
                                        + hit.get("snippet"))
                                .as(hit.toString())
                                .contains("\uE000")
                                .contains("\uE001"));
    }

    @Test
    void wrongParametersAreRefusedNamingTheField() {
        assertThat(api.get("/api/search?kind=volunteer").errorFields()).containsExactly("kind");
        assertThat(api.get("/api/search?category=left-behind-children").errorFields())
                .containsExactly("category");
        assertThat(api.get("/api/search?kind=project&fundingType=charity").errorFields())
                .containsExactly("fundingType");
        assertThat(api.get("/api/search?kind=opening&from=tomorrow").errorFields())
                .containsExactly("from");
        assertThat(api.get("/api/search?kind=organisation&organisationKind=club")
                        .errorFields())
                .containsExactly("organisationKind");
        assertThat(api.get("/api/search?region=99&targetGroup=nobody").errorFields())
                .containsExactlyInAnyOrder("region", "targetGroup");
        assertThat(api.get("/api/search?size=100&page=2").errorFields())
                .as("blended hits are paged through the first 200")
                .containsExactly("page");
        assertThat(api.get("/api/search?size=20&page=9").status()).isEqualTo(200);
        assertThat(api.get("/api/search?kind=project&size=100&page=2").status())
                .as("one kind pages as its own search does")
                .isEqualTo(200);
        Answer english = api.get("/api/search?kind=call&category=left-behind-children", "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.toString()).contains("The filter category belongs to the kinds project, opening");
        Answer chinese = api.get("/api/search?kind=bogus");
        assertThat(chinese.toString()).contains("未知的搜索类别");
    }

    /** Each kind's count of the combined search against the kind's own total; the facets against their sums. */
    private Map<String, Long> compareCounts(String filters) {
        Answer combined = api.get("/api/search?" + filters);
        assertThat(combined.status()).as(filters + ": " + combined).isEqualTo(200);
        Map<String, Long> counts = counts(combined);
        assertThat(counts.keySet()).containsExactlyElementsOf(ENDPOINTS.keySet());
        Map<String, Long> regionSums = new HashMap<>();
        Map<String, Long> targetGroupSums = new HashMap<>();
        for (var e : ENDPOINTS.entrySet()) {
            Answer own = api.get(e.getValue() + "?" + filters);
            assertThat(own.status()).isEqualTo(200);
            assertThat(counts.get(e.getKey()))
                    .as(e.getKey() + " for " + filters)
                    .isEqualTo(((Number) own.body().get("total")).longValue());
            add(regionSums, either(own.map("facets"), "region"), "code");
            add(targetGroupSums, either(own.map("facets"), "targetGroup"), "code");
        }
        assertThat(((Number) combined.body().get("total")).longValue())
                .isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
        assertThat(facet(combined.map("facets").get("region"))).isEqualTo(regionSums);
        assertThat(facet(combined.map("facets").get("targetGroup"))).isEqualTo(targetGroupSums);
        return counts;
    }

    /** With {@code kind} chosen and its own filters, its count and hits are its own search's; the others' without them. */
    private void compareChosen(String kind, String shared, String own) {
        String filters = shared.isEmpty() ? own : shared + "&" + own;
        Answer combined = api.get("/api/search?kind=" + kind + "&" + filters);
        assertThat(combined.status()).as(filters + ": " + combined).isEqualTo(200);
        Map<String, Long> counts = counts(combined);
        for (var e : ENDPOINTS.entrySet()) {
            String query = e.getKey().equals(kind) ? filters.replace("organisationKind=", "kind=") : shared;
            Answer answer = api.get(e.getValue() + "?" + query);
            assertThat(counts.get(e.getKey()))
                    .as(e.getKey() + " for " + query)
                    .isEqualTo(((Number) answer.body().get("total")).longValue());
            if (e.getKey().equals(kind)) {
                assertThat(combined.body().get("total")).isEqualTo(answer.body().get("total"));
                assertThat(ids(combined.list("hits"))).isEqualTo(ids(answer.list("items")));
                assertThat(facet(combined.map("facets").get("region")))
                        .isEqualTo(facet(either(answer.map("facets"), "region")));
            }
        }
        assertThat(counts.get(kind)).as(kind + " with " + filters).isPositive();
    }

    /** A facet of a kind's own answer: some kinds name it in the singular, some in the plural. */
    private static Object either(Map<String, Object> facets, String singular) {
        return facets.containsKey(singular) ? facets.get(singular) : facets.get(singular + "s");
    }

    /** A county inside or equal to a call's region, so that calls are found there from above (or as they are). */
    private String firstCountyWithCalls() {
        Answer calls = api.get("/api/calls?size=100");
        String code = calls.list("items").stream()
                .map(c -> (String) c.get("regionCode"))
                .filter(c -> c.length() >= 4)
                .findFirst()
                .orElseThrow();
        return code.length() == 4
                ? (String)
                        api.getList("/api/regions/" + code + "/children").get(0).get("code")
                : code.substring(0, 6);
    }

    private static Map<String, Long> counts(Answer combined) {
        Map<String, Long> counts = new LinkedHashMap<>();
        combined.list("kinds").forEach(k -> counts.put((String) k.get("kind"), ((Number) k.get("count")).longValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> facet(Object facet) {
        return ((List<Map<String, Object>>) facet)
                .stream()
                        .collect(Collectors.toMap(
                                c -> (String) c.get("code"), c -> ((Number) c.get("count")).longValue()));
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Long> sums, Object facet, String key) {
        ((List<Map<String, Object>>) facet)
                .forEach(c -> sums.merge((String) c.get(key), ((Number) c.get("count")).longValue(), Long::sum));
    }

    private static List<Long> ids(List<Map<String, Object>> hits) {
        return hits.stream().map(h -> ((Number) h.get("id")).longValue()).toList();
    }

    private static String urlSegment(String kind) {
        return switch (kind) {
            case "story" -> "stories";
            default -> kind + "s";
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

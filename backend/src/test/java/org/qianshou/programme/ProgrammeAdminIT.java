package org.qianshou.programme;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingRows;
import org.qianshou.testing.RealServices;

/**
 * Entering the programmes' records: every field checked at once (400 naming each, in Chinese and English, nothing
 * written), only administrators create and edit, only members of a pair's Yunnan agency add to its support log, edits
 * name their version (409 otherwise), and every write leaves an audit row.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeAdminIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    Api api;
    FundingRows.Org agencyA;
    FundingRows.Org agencyB;
    FundingRows.Org funder;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("programmeadmin"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @BeforeAll
    void fixtures() {
        api = new Api(client.toBlocking());
        FundingRows rows = new FundingRows(context, api);
        agencyA = rows.organisation("甲结对社会工作服务中心", "agency", "甲负责人", "甲社工");
        agencyB = rows.organisation("乙结对社会工作服务中心", "agency", "乙负责人", "乙社工");
        funder = rows.organisation("结对测试基金会", "funder", "基金会负责人", "基金会职员");
    }

    @Test
    void aPairWithEveryFieldWrongIsRefusedNamingEachFieldAndNothingIsWritten() {
        long pairs = count("twinning_pair");
        Answer empty = api.adminPost("/api/admin/programmes/twinning-pairs", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.errorFields())
                .containsExactlyInAnyOrder(
                        "partnerName", "partnerProvince", "partnerCity", "agencyOrganisationId", "startDate");

        Map<String, Object> wrong = pair(funder.id());
        wrong.put("partnerCity", "深圳\u0007市");
        wrong.put("partnerOrganisationId", 999_999_999);
        wrong.put("endDate", "2017-01-01");
        Answer refused = api.send(json(HttpRequest.POST("/api/admin/programmes/twinning-pairs", wrong))
                .bearerAuth(api.adminToken())
                .header("Accept-Language", "en"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields())
                .containsExactlyInAnyOrder("partnerCity", "partnerOrganisationId", "agencyOrganisationId", "endDate");
        assertThat(refused.toString()).contains("Wrong kind of organisation", "No verified organisation");
        assertThat(count("twinning_pair")).isEqualTo(pairs);
    }

    @Test
    void partnershipsDispatchesAndDesignationsAreCheckedTheSameWay() {
        long before = count("university_partnership") + count("talent_dispatch") + count("demonstration_designation");
        Answer partnership = api.adminPost(
                "/api/admin/programmes/partnerships",
                Map.of("universityOrganisationId", agencyA.id(), "countyCode", "5306", "startDate", "2019-01-01"));
        assertThat(partnership.status()).isEqualTo(400);
        assertThat(partnership.errorFields()).containsExactlyInAnyOrder("universityOrganisationId", "countyCode");
        assertThat(api.adminPost(
                                "/api/admin/programmes/partnerships",
                                Map.of("countyCode", "530627", "startDate", "2019-01-01"))
                        .errorFields())
                .containsExactly("universityName");

        Answer dispatch = api.adminPost(
                "/api/admin/programmes/dispatches",
                Map.of(
                        "regionCode",
                        "530627",
                        "qualificationLevel",
                        "expert",
                        "workers",
                        0,
                        "startDate",
                        "2020-01-01"));
        assertThat(dispatch.status()).isEqualTo(400);
        assertThat(dispatch.errorFields()).containsExactlyInAnyOrder("regionCode", "qualificationLevel", "workers");

        long draft = api.createProject(Api.project(
                agencyA.id(),
                "未发布的项目",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "draft"));
        Answer designation = api.adminPost(
                "/api/admin/programmes/designations", Map.of("projectId", draft, "year", 2016, "category", "d"));
        assertThat(designation.status()).isEqualTo(400);
        assertThat(designation.errorFields()).containsExactlyInAnyOrder("projectId", "year", "category");
        assertThat(count("university_partnership") + count("talent_dispatch") + count("demonstration_designation"))
                .isEqualTo(before);
    }

    @Test
    void onlyAdministratorsEnterRecordsAndEditsNameTheirVersion() {
        Map<String, Object> body = pair(agencyA.id());
        Answer asStaff = api.send(json(HttpRequest.POST("/api/admin/programmes/twinning-pairs", body))
                .bearerAuth(agencyA.second().token()));
        assertThat(asStaff.status()).isEqualTo(403);
        Answer anonymous = api.send(json(HttpRequest.POST("/api/admin/programmes/twinning-pairs", body)));
        assertThat(anonymous.status()).isEqualTo(401);

        Answer created = api.adminPost("/api/admin/programmes/twinning-pairs", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((Number) created.body().get("id")).longValue();
        assertThat(created.body())
                .containsEntry("agencyOrganisationName", agencyA.name())
                .containsEntry("version", 1);
        assertThat(audit("programme.pair.created", "twinning_pair", id)).isEqualTo(1);

        Map<String, Object> edit = new LinkedHashMap<>(body);
        edit.put("partnerCity", "广州市");
        edit.put("version", 7);
        Answer stale = put("/api/admin/programmes/twinning-pairs/" + id, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
        edit.put("version", 1);
        Answer edited = put("/api/admin/programmes/twinning-pairs/" + id, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body()).containsEntry("partnerCity", "广州市").containsEntry("version", 2);
        assertThat(audit("programme.pair.updated", "twinning_pair", id)).isEqualTo(1);
        assertThat(audit("programme.pair.updated", "twinning_pair", id))
                .as("the stale edit left no row")
                .isEqualTo(1);

        Answer ended = api.adminPost(
                "/api/admin/programmes/twinning-pairs/" + id + "/end", Map.of("endDate", "2016-12-31", "version", 2));
        assertThat(ended.errorFields()).containsExactly("endDate");
        ended = api.adminPost(
                "/api/admin/programmes/twinning-pairs/" + id + "/end", Map.of("endDate", "2020-12-31", "version", 2));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.body()).containsEntry("endDate", "2020-12-31").containsEntry("version", 3);
        assertThat(audit("programme.pair.ended", "twinning_pair", id)).isEqualTo(1);
    }

    @Test
    void onlyMembersOfThePairsAgencyAddToItsSupportLog() {
        Answer created = api.adminPost("/api/admin/programmes/twinning-pairs", pair(agencyA.id()));
        long pairId = ((Number) created.body().get("id")).longValue();
        String path = "/api/organisations/" + agencyA.id() + "/twinning-pairs/" + pairId + "/support";
        Map<String, Object> entry = Map.of("kind", "supervision", "date", "2019-06-01", "count", 3, "note", "线上督导三次");

        assertThat(post(path, entry, agencyB.second().token()).status()).isEqualTo(403);
        assertThat(post(path, entry, api.adminToken()).status())
                .as("an administrator is not a member")
                .isEqualTo(403);
        assertThat(post(
                                "/api/organisations/" + agencyB.id() + "/twinning-pairs/" + pairId + "/support",
                                entry,
                                agencyB.second().token())
                        .status())
                .as("another agency's pair")
                .isEqualTo(404);
        assertThat(count("twinning_support")).isZero();

        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        Answer wrong = post(
                path,
                Map.of("kind", "lunch", "date", tomorrow, "count", 0),
                agencyA.second().token());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("kind", "date", "count");
        Answer beforeStart = post(
                path,
                Map.of("kind", "training", "date", "2016-01-01", "count", 1),
                agencyA.second().token());
        assertThat(beforeStart.errorFields()).containsExactly("date");
        assertThat(count("twinning_support")).isZero();

        Answer added = post(path, entry, agencyA.second().token());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.body()).containsEntry("kind", "supervision").containsEntry("count", 3);
        assertThat(audit("programme.support.added", "twinning_pair", pairId)).isEqualTo(1);

        List<Map<String, Object>> mine = api.getList(
                "/api/organisations/" + agencyA.id() + "/twinning-pairs",
                agencyA.first().token());
        Map<String, Object> withLog = mine.stream()
                .filter(p -> ((Number) ((Map<?, ?>) p.get("pair")).get("id")).longValue() == pairId)
                .findFirst()
                .orElseThrow();
        assertThat(withLog.toString()).contains("线上督导三次");
        assertThat(((Map<?, ?>) ((Map<?, ?>) withLog.get("pair")).get("support")).get("supervision"))
                .isEqualTo(3);
        Answer otherAgency = api.send(HttpRequest.GET("/api/organisations/" + agencyA.id() + "/twinning-pairs")
                .bearerAuth(agencyB.first().token()));
        assertThat(otherAgency.status()).isEqualTo(403);

        Answer publicPage = api.get("/api/programmes/twinning?size=100");
        assertThat(publicPage.status()).isEqualTo(200);
        assertThat(publicPage.toString()).contains(agencyA.name()).doesNotContain("线上督导三次");
    }

    @Test
    void anAdministratorLogsAPartnershipsActivitiesNewestFirst() {
        Answer created = api.adminPost(
                "/api/admin/programmes/partnerships",
                Map.of("universityName", "活动记录测试大学", "countyCode", "530627", "startDate", "2019-01-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((Number) created.body().get("id")).longValue();
        String path = "/api/admin/programmes/partnerships/" + id + "/activities";

        Answer wrong = api.adminPost(path, Map.of("kind", "lunch", "date", "2018-06-01", "count", 0));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("kind", "date", "count");

        Answer placed = api.adminPost(
                path, Map.of("kind", "students-placed", "date", "2019-03-01", "count", 12, "note", "第一批实习生"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.body())
                .containsEntry("kind", "students-placed")
                .containsEntry("date", "2019-03-01")
                .containsEntry("count", 12)
                .containsEntry("note", "第一批实习生");
        Answer base = api.adminPost(path, Map.of("kind", "internship-base", "date", "2019-09-01", "count", 1));
        assertThat(base.status()).as(base.toString()).isEqualTo(201);
        assertThat(audit("programme.activity.added", "university_partnership", id))
                .isEqualTo(2);

        List<Map<String, Object>> activities = api.getList(path, api.adminToken());
        assertThat(activities).extracting(a -> a.get("kind")).containsExactly("internship-base", "students-placed");
        assertThat(activities.get(1)).containsEntry("id", placed.body().get("id"));
    }

    @Test
    void aProjectIsDesignatedOnceAYearAndAWithdrawnDesignationStaysWithdrawn() {
        long project = api.createProject(Api.project(
                agencyB.id(),
                "示范认定测试项目",
                List.of("530627"),
                List.of("elderly-in-difficulty"),
                List.of("special-groups"),
                "published"));
        Answer first = api.adminPost(
                "/api/admin/programmes/designations", Map.of("projectId", project, "year", 2022, "category", "c"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Answer twice = api.adminPost(
                "/api/admin/programmes/designations", Map.of("projectId", project, "year", 2022, "category", "b"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("year");
        long id = ((Number) first.body().get("id")).longValue();
        Answer withdrawn =
                api.adminPost("/api/admin/programmes/designations/" + id + "/withdraw", Map.of("version", 1));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body()).containsEntry("withdrawn", true);
        assertThat(audit("programme.designation.withdrawn", "demonstration_designation", id))
                .isEqualTo(1);
        Answer edit = put(
                "/api/admin/programmes/designations/" + id,
                Map.of("projectId", project, "year", 2023, "category", "c", "version", 2));
        assertThat(edit.status()).isEqualTo(409);
        Answer again = api.adminPost(
                "/api/admin/programmes/designations", Map.of("projectId", project, "year", 2022, "category", "b"));
        assertThat(again.status()).as("the year is free again").isEqualTo(201);
    }

    @Test
    void aProgrammeThatIsNotTrackedIsNotFoundAndPagingIsChecked() {
        assertThat(api.get("/api/programmes/dibao-verification").status()).isEqualTo(404);
        assertThat(api.get("/api/programmes/twinning?size=0").errorFields()).containsExactly("size");
        assertThat(api.get("/api/programmes/twinning?page=-1").errorFields()).containsExactly("page");
    }

    // ---- helpers

    private Map<String, Object> pair(long agencyId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerName", "上海结对测试社工服务社");
        body.put("partnerProvince", "上海市");
        body.put("partnerCity", "上海市");
        body.put("agencyOrganisationId", agencyId);
        body.put("startDate", "2018-03-01");
        return body;
    }

    private Answer put(String path, Object body) {
        return api.send(json(HttpRequest.PUT(path, body)).bearerAuth(api.adminToken()));
    }

    private Answer post(String path, Object body, String token) {
        return api.send(json(HttpRequest.POST(path, body)).bearerAuth(token));
    }

    private long count(String table) {
        return Db.count(dataSource, "SELECT count(*) FROM " + table);
    }

    private long audit(String action, String type, long id) {
        return Db.count(
                dataSource,
                "SELECT count(*) FROM audit_event WHERE action = '" + action + "' AND object_type = '" + type
                        + "' AND object_id = '" + id + "'");
    }

    private static <T> MutableHttpRequest<T> json(MutableHttpRequest<T> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}

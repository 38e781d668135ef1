package org.qianshou.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.opening.OpeningApiIT.SHANGHAI;
import static org.qianshou.opening.OpeningApiIT.shift;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
 * The public opening search through the API, against real PostgreSQL and Elasticsearch, with the index fed by the
 * outbox: region subtree, target group, skill, category, date range, free places, facets and highlights; what is not
 * published is not found.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpeningSearchIT implements TestPropertyProvider {

    static final String LBC = "left-behind-children";
    static final String ELDERLY = "elderly-in-difficulty";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    Shifts shifts;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    org.qianshou.opening.search.OpeningSearchKind kind;

    Api api;
    long zhaotong;
    long kunming;
    String zhaotongStaff;
    String kunmingStaff;
    long zhaotongProject;
    long kunmingProject;

    /** Days ahead, so that the searches hold whenever the test runs. */
    final LocalDate soon = LocalDate.now(SHANGHAI).plusDays(3);

    final LocalDate later = LocalDate.now(SHANGHAI).plusDays(30);
    final LocalDate muchLater = LocalDate.now(SHANGHAI).plusDays(60);

    long tutoring; // 镇雄县 乌峰街道, 留守儿童, tutoring, soon
    long elderly; // 镇雄县, 困难老人, medical-care, later
    long full; // 昭阳区, 留守儿童, one shift of 2 places, muchLater
    long kunmingOpening; // 五华区, 留守儿童, arts-sports, soon
    long draft;
    long closed;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("openingsearch");
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        zhaotong = api.createOrganisation("昭通市搜索测试社工中心", "5306");
        kunming = api.createOrganisation("昆明市搜索测试社工中心", "5301");
        zhaotongProject = api.createProject(
                Api.project(zhaotong, "昭通关爱项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        kunmingProject = api.createProject(
                Api.project(kunming, "昆明关爱项目", List.of("530102"), List.of(LBC), List.of(LBC), "published"));
        zhaotongStaff = member(zhaotong);
        kunmingStaff = member(kunming);

        tutoring = published(
                zhaotongStaff,
                zhaotong,
                opening(zhaotongProject, "乌峰街道留守儿童周末课业辅导", "530627001", LBC, LBC, List.of("tutoring"), soon, 10));
        elderly = published(
                zhaotongStaff,
                zhaotong,
                opening(
                        zhaotongProject,
                        "镇雄县困难老人探访",
                        "530627",
                        ELDERLY,
                        "special-groups",
                        List.of("medical-care"),
                        later,
                        5));
        full = published(
                zhaotongStaff,
                zhaotong,
                opening(
                        zhaotongProject,
                        "昭阳区儿童之家读书会",
                        "530602",
                        LBC,
                        LBC,
                        List.of("tutoring", "language-yi"),
                        muchLater,
                        2));
        kunmingOpening = published(
                kunmingStaff,
                kunming,
                opening(kunmingProject, "五华区留守儿童艺术课", "530102", LBC, LBC, List.of("arts-sports"), soon, 8));
        draft = id(send(
                zhaotongStaff,
                HttpRequest.POST(
                        "/api/organisations/" + zhaotong + "/openings",
                        opening(zhaotongProject, "留守儿童草稿岗位", "530627", LBC, LBC, List.of(), soon, 5))));
        closed = published(
                zhaotongStaff, zhaotong, opening(zhaotongProject, "留守儿童已结束岗位", "530627", LBC, LBC, List.of(), soon, 5));
        send(
                zhaotongStaff,
                HttpRequest.POST("/api/organisations/" + zhaotong + "/openings/" + closed + "/close", "{}"));
        // Everything has reached the index: four published openings, and the closed one has gone.
        until("size=100", a -> Api.ids(a).size() == 4 && !Api.ids(a).contains(closed));
    }

    private String member(long organisationId) {
        String email = "opns-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        long id = Accounts.create(dataSource, email, "搜索测试社工");
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + id + ", 'owner')");
        return Accounts.bearerToken(context, id);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static Map<String, Object> opening(
            long projectId,
            String title,
            String region,
            String group,
            String category,
            List<String> skills,
            LocalDate day,
            int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("title", title);
        body.put("description", title + "：志愿者陪伴服务对象，社工现场督导。");
        body.put("regionCode", region);
        body.put("meetingPlace", "社区服务中心");
        body.put("targetGroups", List.of(group));
        body.put("category", category);
        body.put("skills", skills);
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
        body.put("shifts", List.of(shift(day, "09:00", "12:00", capacity)));
        return body;
    }

    private long published(String token, long organisationId, Map<String, Object> body) {
        Answer created = send(token, HttpRequest.POST("/api/organisations/" + organisationId + "/openings", body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created);
        Answer published = send(
                token, HttpRequest.POST("/api/organisations/" + organisationId + "/openings/" + id + "/publish", "{}"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private Answer send(String token, MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(token).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    private Answer search(String query) {
        Answer answer = api.get("/api/openings?" + query);
        assertThat(answer.status()).as(query + ": " + answer).isEqualTo(200);
        return answer;
    }

    private Answer until(String query, Predicate<Answer> done) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            last = api.get("/api/openings?" + query);
            if (last.status() == 200 && done.test(last)) {
                return last;
            }
            Api.sleep(100);
        }
        throw new AssertionError("search '" + query + "' did not get there in 30 s; last: " + last);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> facet(Answer answer, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map<String, Object> c :
                (List<Map<String, Object>>) answer.map("facets").get(name)) {
            counts.put((String) c.get("code"), ((Number) c.get("count")).longValue());
        }
        return counts;
    }

    @Test
    void aPrefectureFindsItsWholeSubtreeAndCountsItsCounties() {
        Answer zhaotongAnswer = search("region=5306");
        assertThat(Api.ids(zhaotongAnswer)).containsExactlyInAnyOrder(tutoring, elderly, full);
        assertThat(facet(zhaotongAnswer, "region")).containsEntry("530627", 2L).containsEntry("530602", 1L);
        assertThat(Api.ids(search("region=530627"))).containsExactlyInAnyOrder(tutoring, elderly);
        assertThat(Api.ids(search("region=530627001"))).containsExactly(tutoring);
        assertThat(Api.ids(search("region=5301"))).containsExactly(kunmingOpening);
    }

    @Test
    void targetGroupSkillAndCategoryFilterAndCountDisjunctively() {
        Answer children = search("region=5306&targetGroup=" + LBC);
        assertThat(Api.ids(children)).containsExactlyInAnyOrder(tutoring, full);
        // The target-group facet ignores its own selection: the elderly opening still counts.
        assertThat(facet(children, "targetGroup")).containsEntry(LBC, 2L).containsEntry(ELDERLY, 1L);
        assertThat(facet(children, "skill"))
                .containsEntry("tutoring", 2L)
                .containsEntry("language-yi", 1L)
                .containsEntry("driving", 0L);

        assertThat(Api.ids(search("skill=tutoring"))).containsExactlyInAnyOrder(tutoring, full);
        assertThat(Api.ids(search("skill=medical-care,arts-sports")))
                .containsExactlyInAnyOrder(elderly, kunmingOpening);
        Answer category = search("category=special-groups");
        assertThat(Api.ids(category)).containsExactly(elderly);
        assertThat(facet(category, "category"))
                .containsEntry("special-groups", 1L)
                .containsEntry(LBC, 3L);
    }

    @Test
    void aDateRangeFindsOpeningsWithAShiftStartingOnThoseShanghaiDays() {
        assertThat(Api.ids(search("from=" + soon + "&to=" + soon))).containsExactlyInAnyOrder(tutoring, kunmingOpening);
        assertThat(Api.ids(search("from=" + soon.plusDays(1) + "&to=" + later))).containsExactly(elderly);
        assertThat(Api.ids(search("from=" + later.plusDays(1)))).containsExactly(full);
        assertThat(Api.ids(search("to=" + soon.minusDays(1)))).isEmpty();
        // "This month" and "this weekend" as the SPA computes them in Asia/Shanghai.
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate monthEnd = today.with(TemporalAdjusters.lastDayOfMonth());
        List<Long> thisMonth = Api.ids(search("from=" + today + "&to=" + monthEnd + "&size=100"));
        for (var entry : Map.of(tutoring, soon, kunmingOpening, soon, elderly, later, full, muchLater)
                .entrySet()) {
            assertThat(thisMonth.contains(entry.getKey()))
                    .as("opening on " + entry.getValue())
                    .isEqualTo(!entry.getValue().isAfter(monthEnd));
        }
        LocalDate saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<Long> weekend = Api.ids(search("from=" + saturday + "&to=" + saturday.plusDays(1)));
        assertThat(weekend.contains(tutoring))
                .isEqualTo(!soon.isBefore(saturday) && !soon.isAfter(saturday.plusDays(1)));
    }

    @Test
    void keywordsAreHighlightedAndNotPublishedOpeningsAreNeverFound() {
        Answer answer = search(
                "q=" + java.net.URLEncoder.encode("留守儿童", java.nio.charset.StandardCharsets.UTF_8) + "&size=100");
        assertThat(Api.ids(answer)).containsExactlyInAnyOrder(tutoring, kunmingOpening);
        assertThat(Api.ids(answer)).doesNotContain(draft, closed);
        Map<String, Object> hit = answer.list("items").stream()
                .filter(i -> ((Number) i.get("id")).longValue() == tutoring)
                .findFirst()
                .orElseThrow();
        assertThat((String) hit.get("titleHighlighted")).contains("\uE000留守儿童\uE001");
        assertThat(hit)
                .containsEntry("organisationName", "昭通市搜索测试社工中心")
                .containsEntry("regionPath", "云南省 › 昭通市 › 镇雄县 › 乌峰街道")
                .containsEntry("freePlaces", 10);
        assertThat(api.get("/api/openings/" + draft).status()).isEqualTo(404);
        assertThat(api.get("/api/openings/" + closed).status()).isEqualTo(404);
        Answer detail = api.get("/api/openings/" + tutoring);
        assertThat(detail.list("shifts").get(0)).containsEntry("free", 10).containsEntry("waitlisted", 0);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        Answer answer = api.get("/api/openings?from=2026-13-01&to=x&freePlaces=yes&region=999");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).contains("from", "to", "freePlaces", "region");
        assertThat(api.get("/api/openings?from=2026-12-10&to=2026-12-01").errorFields())
                .containsExactly("to");
    }

    @Test
    void aShiftFilledThroughTheSignUpServiceDropsOutOfFreePlaces() {
        assertThat(Api.ids(search("freePlaces=true&size=100"))).contains(full, tutoring);
        long shiftId =
                ((Number) api.get("/api/openings/" + full).list("shifts").get(0).get("id")).longValue();
        transactions.executeWrite(status -> {
            shifts.lockForUpdate(shiftId).orElseThrow();
            shifts.confirmedCountChanged(shiftId, 2);
            return null;
        });
        Answer after = until("freePlaces=true&size=100", a -> !Api.ids(a).contains(full));
        assertThat(Api.ids(after)).contains(tutoring, elderly, kunmingOpening);
        // Still found without the filter, with no free place.
        Map<String, Object> hit = search("region=530602").list("items").get(0);
        assertThat(hit).containsEntry("freePlaces", 0);
        assertThat(api.get("/api/openings/" + full).list("shifts").get(0))
                .containsEntry("confirmed", 2)
                .containsEntry("free", 0);
        // A place freed: found again.
        transactions.executeWrite(status -> {
            shifts.lockForUpdate(shiftId).orElseThrow();
            shifts.confirmedCountChanged(shiftId, 1);
            return null;
        });
        until("freePlaces=true&size=100", a -> Api.ids(a).contains(full));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexIsRebuiltFromPostgresWithTheOtherKinds() {
        long rows = Db.count(dataSource, "SELECT count(*) FROM opening");
        kind.index().deleteAll();
        Answer rebuilt = api.adminPost("/api/admin/search/rebuild", Map.of());
        assertThat(rebuilt.status()).isEqualTo(200);
        Map<String, Object> openings = (Map<String, Object>) rebuilt.body().get("openings");
        assertThat(((Number) openings.get("documents")).longValue()).isEqualTo(rows);
        assertThat(((Number) openings.get("databaseCount")).longValue()).isEqualTo(rows);
        assertThat(Api.ids(search("region=5306"))).containsExactlyInAnyOrder(tutoring, elderly, full);
    }
}

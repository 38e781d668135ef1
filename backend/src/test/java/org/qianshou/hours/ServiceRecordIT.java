package org.qianshou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.HoursFixtures;
import org.qianshou.testing.HoursFixtures.Agency;
import org.qianshou.testing.HoursFixtures.Person;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceRecordIT implements TestPropertyProvider {

    /** 09:00–12:30 in Asia/Shanghai: 210 minutes. */
    private static final String START = "2026-12-05T09:00:00+08:00";

    private static final String END = "2026-12-05T12:30:00+08:00";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    Api api;
    HoursFixtures fixtures;
    Agency agency;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("servicerecords");
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        fixtures = new HoursFixtures(context, api);
        agency = fixtures.agency("昭通市时长测试社工中心");
    }

    @Test
    void staffRecord210MinutesConfirmThemAndTheVolunteerSeesThemAndTheTotal() {
        String idNumber = HoursFixtures.idNumber();
        Person volunteer = fixtures.volunteer("王小明", idNumber);
        long shift = fixtures.shift(agency, "周末课业辅导", START, END);
        long signup = fixtures.signup(shift, volunteer, "attended");
        String base = "/api/organisations/" + agency.id() + "/shifts/" + shift + "/records";

        List<Map<String, Object>> before = api.getList(base, agency.staff().token());
        assertThat(before).hasSize(1);
        assertThat(before.get(0))
                .containsEntry("signupId", (int) signup)
                .containsEntry("name", "王小明")
                .containsEntry("idNumberMasked", HoursFixtures.masked(idNumber))
                .containsEntry("attendance", "attended")
                .containsEntry("defaultMinutes", 210)
                .containsEntry("record", null);

        Answer recorded = send(
                HttpRequest.PUT(base, Map.of("entries", List.of(entry(signup, 210, "辅导数学作业，组织阅读")))), agency.staff());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        Map<String, Object> record = record(api.getList(base, agency.staff().token()), signup);
        assertThat(record)
                .containsEntry("status", "draft")
                .containsEntry("minutes", 210)
                .containsEntry("version", 1);

        Map<String, Object> mine = volunteerRecords(volunteer);
        assertThat(mine.get("totalMinutes")).isEqualTo(0);
        assertThat(items(mine)).singleElement().satisfies(i -> assertThat(i).containsEntry("status", "draft"));

        Answer confirmed = send(
                HttpRequest.POST(base + "/confirm", Map.of("recordIds", List.of(record.get("id")))), agency.staff());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        mine = volunteerRecords(volunteer);
        assertThat(mine.get("totalMinutes")).isEqualTo(210);
        assertThat(items(mine))
                .singleElement()
                .satisfies(i -> assertThat(i)
                        .containsEntry("status", "confirmed")
                        .containsEntry("minutes", 210)
                        .containsEntry("activity", "周末课业辅导")
                        .containsEntry("organisationName", "昭通市时长测试社工中心")
                        .containsEntry("content", "辅导数学作业，组织阅读")
                        .containsEntry("startsAt", "2026-12-05T09:00:00+08:00")
                        .containsEntry("endsAt", "2026-12-05T12:30:00+08:00"));
        assertThat((String) items(mine).get(0).get("place")).contains("村委会活动室");
        long recordId = ((Number) record.get("id")).longValue();
        assertThat(audit("record.recorded", recordId)).isEqualTo(1);
        assertThat(audit("record.confirmed", recordId)).isEqualTo(1);
    }

    @Test
    void aDisputedRecordIsCorrectedAsANewVersionAndTheCertificateThatCoveredItIsRevoked() {
        Person volunteer = fixtures.volunteer("李小红", HoursFixtures.idNumber());
        long shift = fixtures.shift(agency, "敬老院探访", START, END);
        long signup = fixtures.signup(shift, volunteer, "attended");
        long recordId = recordAndConfirm(shift, signup, 150);

        Answer certificate =
                send(HttpRequest.POST("/api/volunteer/certificates", Map.of("organisationId", agency.id())), volunteer);
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(201);
        String code = (String) certificate.body().get("code");
        assertThat(api.get("/api/certificates/" + code).body()).containsEntry("status", "valid");

        Answer dispute = send(
                HttpRequest.POST("/api/volunteer/records/" + recordId + "/disputes", Map.of("reason", "实际服务了3.5小时")),
                volunteer);
        assertThat(dispute.status()).as(dispute.toString()).isEqualTo(201);
        assertThat(dispute.body()).containsEntry("status", "disputed");
        Answer again = send(
                HttpRequest.POST("/api/volunteer/records/" + recordId + "/disputes", Map.of("reason", "再次")),
                volunteer);
        assertThat(again.status()).isEqualTo(409);

        Answer open =
                send(HttpRequest.GET("/api/organisations/" + agency.id() + "/disputes?status=open"), agency.staff());
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.list("items"))
                .filteredOn(d -> ((Map<?, ?>) d.get("record")).get("id").equals((int) recordId))
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("reason", "实际服务了3.5小时")
                        .containsEntry("volunteerName", "李小红")
                        .containsEntry("activity", "敬老院探访"));

        String correct = "/api/organisations/" + agency.id() + "/records/" + recordId + "/correct";
        Answer stale = send(HttpRequest.POST(correct, correction(210, "核实签到表后更正", 0)), agency.staff());
        assertThat(stale.status()).isEqualTo(409);
        LogCapture log = new LogCapture();
        log.start();
        Answer corrected;
        try {
            corrected = send(HttpRequest.POST(correct, correction(210, "核实签到表后更正", 1)), agency.staff());
            // the volunteer is told through the message sender (the log, without SMTP), after the commit
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(log.text())
                            .contains("record-corrected")
                            .contains("敬老院探访")
                            .contains("3.5 小时"));
        } finally {
            log.stop();
        }
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.body())
                .containsEntry("version", 2)
                .containsEntry("minutes", 210)
                .containsEntry("status", "confirmed");

        assertThat(volunteerRecords(volunteer).get("totalMinutes")).isEqualTo(210);
        List<Map<String, Object>> history =
                api.getList("/api/volunteer/records/" + recordId + "/history", volunteer.token());
        assertThat(history).extracting(v -> v.get("version")).containsExactly(1, 2);
        assertThat(history).extracting(v -> v.get("minutes")).containsExactly(150, 210);
        assertThat(history.get(0).get("reason")).isNull();
        assertThat(history.get(1)).containsEntry("reason", "核实签到表后更正");

        Map<String, Object> verified = api.get("/api/certificates/" + code).body();
        assertThat(verified).containsEntry("status", "revoked");
        assertThat(verified.get("revokedAt")).isNotNull();
        assertThat(api.getList("/api/volunteer/certificates", volunteer.token()))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "revoked"));
        assertThat(send(HttpRequest.GET("/api/organisations/" + agency.id() + "/disputes?status=open"), agency.staff())
                        .list("items"))
                .noneMatch(d -> ((Map<?, ?>) d.get("record")).get("id").equals((int) recordId));
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM service_record_dispute WHERE record_id = " + recordId
                                + " AND status = 'resolved' AND resolved_version = 2"))
                .isEqualTo(1);
        assertThat(audit("record.disputed", recordId)).isEqualTo(1);
        assertThat(audit("record.corrected", recordId)).isEqualTo(1);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE action = 'certificate.revoked'"
                                + " AND detail LIKE 'record " + recordId + " %'"))
                .isEqualTo(1);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE action LIKE 'record.%' AND detail LIKE '%李小红%'"))
                .isZero();
    }

    @Test
    void versionsCannotBeChangedInPlace() {
        Person volunteer = fixtures.volunteer("赵小刚", HoursFixtures.idNumber());
        long shift = fixtures.shift(agency, "图书角整理", START, END);
        long recordId = recordAndConfirm(shift, fixtures.signup(shift, volunteer, "attended"), 60);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Db.execute(
                        dataSource, "UPDATE service_record_version SET minutes = 600 WHERE record_id = " + recordId)))
                .hasStackTraceContaining("append-only");
        assertThat(Db.count(dataSource, "SELECT minutes FROM service_record_version WHERE record_id = " + recordId))
                .isEqualTo(60);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        Person came = fixtures.volunteer("钱小花", HoursFixtures.idNumber());
        Person absent = fixtures.volunteer("孙小飞", HoursFixtures.idNumber());
        long shift = fixtures.shift(agency, "乡村课堂", START, END);
        long attended = fixtures.signup(shift, came, "attended");
        long noShow = fixtures.signup(shift, absent, "no-show");
        String base = "/api/organisations/" + agency.id() + "/shifts/" + shift + "/records";

        Answer forNoShow = send(
                HttpRequest.PUT(base, Map.of("entries", List.of(entry(attended, 120, null), entry(noShow, 120, null)))),
                agency.staff());
        assertThat(forNoShow.status()).isEqualTo(400);
        assertThat(forNoShow.contentType()).startsWith("application/problem+json");
        assertThat(forNoShow.errorFields()).containsExactly("entries[1].signupId");

        Answer unknown =
                send(HttpRequest.PUT(base, Map.of("entries", List.of(entry(999_999, 120, null)))), agency.staff());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("entries[0].signupId");

        for (int minutes : new int[] {0, 1441, -5}) {
            Answer wrong = send(
                    HttpRequest.PUT(base, Map.of("entries", List.of(entry(attended, minutes, null)))), agency.staff());
            assertThat(wrong.status()).as("minutes " + minutes).isEqualTo(400);
            assertThat(wrong.errorFields()).containsExactly("entries[0].minutes");
        }
        Answer missing =
                send(HttpRequest.PUT(base, Map.of("entries", List.of(Map.of("signupId", attended)))), agency.staff());
        assertThat(missing.errorFields()).containsExactly("entries[0].minutes");
        Answer english = api.send(HttpRequest.PUT(base, Map.of("entries", List.of(entry(attended, 2000, null))))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Accept-Language", "en")
                .bearerAuth(agency.staff().token()));
        assertThat(english.list("errors").get(0).get("message").toString()).contains("1440");
        Answer empty = send(HttpRequest.PUT(base, Map.of("entries", List.of())), agency.staff());
        assertThat(empty.errorFields()).containsExactly("entries");

        Person stranger = fixtures.account("路人");
        Answer notMember =
                send(HttpRequest.PUT(base, Map.of("entries", List.of(entry(attended, 120, null)))), stranger);
        assertThat(notMember.status()).isIn(403, 404);

        assertThat(Db.count(dataSource, "SELECT count(*) FROM service_record WHERE shift_id = " + shift))
                .isZero();

        long recordId = recordAndConfirm(shift, attended, 120);
        String correct = "/api/organisations/" + agency.id() + "/records/" + recordId + "/correct";
        Answer noReason = send(HttpRequest.POST(correct, correction(130, " ", 1)), agency.staff());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Answer tooLong = send(HttpRequest.POST(correct, correction(1441, "更正", 1)), agency.staff());
        assertThat(tooLong.errorFields()).containsExactly("minutes");
        Answer again =
                send(HttpRequest.PUT(base, Map.of("entries", List.of(entry(attended, 100, null)))), agency.staff());
        assertThat(again.errorFields()).containsExactly("entries[0].signupId");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM service_record_version WHERE record_id = " + recordId))
                .isEqualTo(1);
    }

    @Test
    void aVolunteerSeesAndDisputesOnlyTheirOwnRecords() {
        Person owner = fixtures.volunteer("周小云", HoursFixtures.idNumber());
        Person other = fixtures.volunteer("吴小雨", HoursFixtures.idNumber());
        long shift = fixtures.shift(agency, "环境清扫", START, END);
        long recordId = recordAndConfirm(shift, fixtures.signup(shift, owner, "attended"), 90);

        assertThat(items(volunteerRecords(other))).isEmpty();
        assertThat(send(HttpRequest.GET("/api/volunteer/records/" + recordId + "/history"), other)
                        .status())
                .isEqualTo(404);
        assertThat(send(
                                HttpRequest.POST(
                                        "/api/volunteer/records/" + recordId + "/disputes", Map.of("reason", "不是我的")),
                                other)
                        .status())
                .isEqualTo(404);
        Answer otherAgency = send(
                HttpRequest.GET("/api/organisations/" + fixtures.agency("别的机构").id() + "/shifts/" + shift + "/records"),
                agency.staff());
        assertThat(otherAgency.status()).isIn(403, 404);
    }

    @Test
    void staffSavingTheSameVolunteersHoursAtOnceAppendVersionsInsteadOfFailing() throws Exception {
        Person volunteer = fixtures.volunteer("并发志愿者", HoursFixtures.idNumber());
        long shift = fixtures.shift(agency, "并发记录", START, END);
        long signup = fixtures.signup(shift, volunteer, "attended");
        String base = "/api/organisations/" + agency.id() + "/shifts/" + shift + "/records";
        int callers = 4;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int minutes = 100 + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(
                                    HttpRequest.PUT(base, Map.of("entries", List.of(entry(signup, minutes, null)))),
                                    agency.staff())
                            .status();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Db.count(dataSource, "SELECT count(*) FROM service_record WHERE signup_id = " + signup))
                .isEqualTo(1);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM service_record_version v JOIN service_record r ON r.id = v.record_id"
                                + " WHERE r.signup_id = " + signup))
                .isEqualTo(callers);
        assertThat(Db.count(dataSource, "SELECT current_version FROM service_record WHERE signup_id = " + signup))
                .isEqualTo(callers);
    }

    @Test
    void anAgencyThatIsNoLongerVerifiedRecordsConfirmsAndCorrectsNothing() {
        Agency suspended = fixtures.agency("将被暂停的社工站");
        Person volunteer = fixtures.volunteer("暂停测试志愿者", HoursFixtures.idNumber());
        long shift = fixtures.shift(suspended, "暂停前的活动", START, END);
        long signup = fixtures.signup(shift, volunteer, "attended");
        String base = "/api/organisations/" + suspended.id() + "/shifts/" + shift + "/records";
        Answer recorded =
                send(HttpRequest.PUT(base, Map.of("entries", List.of(entry(signup, 60, null)))), suspended.staff());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        Object recordId = ((Map<?, ?>) recorded.list("items").get(0).get("record")).get("id");
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + suspended.id());

        assertThat(send(HttpRequest.PUT(base, Map.of("entries", List.of(entry(signup, 90, null)))), suspended.staff())
                        .status())
                .isEqualTo(403);
        assertThat(send(HttpRequest.POST(base + "/confirm", Map.of("recordIds", List.of(recordId))), suspended.staff())
                        .status())
                .isEqualTo(403);
        assertThat(send(
                                HttpRequest.POST(
                                        "/api/organisations/" + suspended.id() + "/records/" + recordId + "/correct",
                                        correction(90, "更正", 1)),
                                suspended.staff())
                        .status())
                .isEqualTo(403);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM service_record WHERE id = " + recordId
                                + " AND status = 'draft' AND current_version = 1"))
                .isEqualTo(1);
        assertThat(send(HttpRequest.GET(base), suspended.staff()).status()).isEqualTo(200);
    }

    // ---- helpers

    private long recordAndConfirm(long shift, long signup, int minutes) {
        String base = "/api/organisations/" + agency.id() + "/shifts/" + shift + "/records";
        Answer recorded =
                send(HttpRequest.PUT(base, Map.of("entries", List.of(entry(signup, minutes, "服务")))), agency.staff());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        Object id = record(api.getList(base, agency.staff().token()), signup).get("id");
        Answer confirmed = send(HttpRequest.POST(base + "/confirm", Map.of("recordIds", List.of(id))), agency.staff());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return ((Number) id).longValue();
    }

    static Map<String, Object> entry(long signupId, int minutes, String content) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("signupId", signupId);
        entry.put("minutes", minutes);
        if (content != null) {
            entry.put("content", content);
        }
        return entry;
    }

    static Map<String, Object> correction(int minutes, String reason, int version) {
        return Map.of("minutes", minutes, "content", "陪伴老人聊天、打扫房间", "reason", reason, "version", version);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(List<Map<String, Object>> rows, long signup) {
        return rows.stream()
                .filter(r -> ((Number) r.get("signupId")).longValue() == signup)
                .map(r -> (Map<String, Object>) r.get("record"))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Object> volunteerRecords(Person volunteer) {
        Answer answer = send(HttpRequest.GET("/api/volunteer/records"), volunteer);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }

    private long audit(String action, long recordId) {
        return Db.count(
                dataSource,
                "SELECT count(*) FROM audit_event WHERE action = '" + action + "' AND object_id = '" + recordId + "'");
    }

    /** The answer; a list answer's items under {@code items}. */
    private Answer send(MutableHttpRequest<?> request, Person caller) {
        request.contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(caller.token());
        try {
            HttpResponse<Object> response = client.toBlocking().exchange(request, Argument.of(Object.class));
            Object body = response.body();
            @SuppressWarnings("unchecked")
            Map<String, Object> map = body instanceof List<?> list ? Map.of("items", list) : (Map<String, Object>) body;
            return new Answer(
                    response.code(),
                    response.getContentType().map(MediaType::toString).orElse(""),
                    map);
        } catch (HttpClientResponseException e) {
            return api.send(request);
        }
    }
}

package org.qianshou.opening;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/** Openings and shifts through the API, against real PostgreSQL: the workflow, the checks, the events. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpeningApiIT implements TestPropertyProvider {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String LBC = "left-behind-children";

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
    Events events;

    Api api;
    long agency;
    long otherAgency;
    long unverified;
    long project;
    long otherProject;
    long unverifiedProject;
    String staff;
    String outsider;
    String unverifiedStaff;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("openingapi"));
        properties.put("spec.name", "OpeningApiIT");
        return properties;
    }

    /** Records the events the workflow publishes, as the sign-up feature would receive them. */
    @Singleton
    @Requires(property = "spec.name", value = "OpeningApiIT")
    static class Events implements ApplicationEventListener<Object> {
        final List<Object> seen = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(Object event) {
            if (event instanceof ShiftChanged || event instanceof ShiftCancelled || event instanceof OpeningCancelled) {
                seen.add(event);
            }
        }
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        agency = api.createOrganisation("昭通市岗位测试社工中心", "5306");
        otherAgency = api.createOrganisation("昆明市岗位测试社工中心", "5301");
        unverified = api.createOrganisation("未认证岗位测试机构", "5306");
        project = api.createProject(
                Api.project(agency, "镇雄县留守儿童陪伴", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        otherProject = api.createProject(
                Api.project(otherAgency, "五华区社区服务", List.of("530102"), List.of(LBC), List.of(LBC), "published"));
        unverifiedProject = api.createProject(
                Api.project(unverified, "未认证机构的项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        Db.execute(dataSource, "UPDATE organisation SET status = 'draft' WHERE id = " + unverified);
        staff = member(agency, "staff");
        outsider = member(otherAgency, "owner");
        unverifiedStaff = member(unverified, "owner");
    }

    private String member(long organisationId, String role) {
        String email = "opn-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        long id = Accounts.create(dataSource, email, "岗位测试" + role);
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + id + ", '" + role + "')");
        return Accounts.bearerToken(context, id);
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(SHANGHAI).plusDays(days);
    }

    static Map<String, Object> shift(LocalDate date, String start, String end, int capacity) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("date", date.toString());
        s.put("start", start);
        s.put("end", end);
        s.put("capacity", capacity);
        return s;
    }

    /** A valid opening body; tests change what they need. */
    Map<String, Object> opening(long projectId, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("title", title);
        body.put("description", title + "：陪伴留守儿童做作业、读绘本。");
        body.put("regionCode", "530627");
        body.put("meetingPlace", "镇雄县乌峰镇中心小学门口");
        body.put("targetGroups", List.of(LBC));
        body.put("category", LBC);
        body.put("skills", List.of("tutoring", "language-yi"));
        body.put("adultsOnly", false);
        body.put("screening", "automatic");
        body.put(
                "signupDeadline",
                inDays(5).atTime(18, 0).atZone(SHANGHAI).toOffsetDateTime().toString());
        body.put("contactName", "王老师");
        body.put("contactPhone", "0870 1234567");
        body.put("shifts", new ArrayList<>(List.of(shift(inDays(7), "09:00", "12:30", 10))));
        return body;
    }

    Answer send(String token, MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(token).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    Answer create(String token, long organisationId, Map<String, Object> body) {
        return send(token, HttpRequest.POST("/api/organisations/" + organisationId + "/openings", body));
    }

    long count(String sql) {
        return Db.count(dataSource, sql);
    }

    static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    @Test
    void aDraftIsCreatedEditedPublishedAndClosedWithEveryStepAudited() {
        Answer created = create(staff, agency, opening(project, "周末陪伴留守儿童"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created);
        assertThat(created.body())
                .containsEntry("status", "draft")
                .containsEntry("organisationName", "昭通市岗位测试社工中心")
                .containsEntry("projectTitle", "镇雄县留守儿童陪伴")
                .containsEntry("contactPhone", "0870-1234567")
                .containsEntry("category", LBC);
        assertThat((String) created.body().get("regionPath")).isEqualTo("云南省 › 昭通市 › 镇雄县");
        assertThat((String) created.body().get("signupDeadline")).endsWith("+08:00");
        Map<String, Object> firstShift = created.list("shifts").get(0);
        assertThat((String) firstShift.get("startsAt")).isEqualTo(inDays(7) + "T09:00:00+08:00");
        assertThat((String) firstShift.get("endsAt")).isEqualTo(inDays(7) + "T12:30:00+08:00");
        assertThat(firstShift)
                .containsEntry("capacity", 10)
                .containsEntry("free", 10)
                .containsEntry("confirmed", 0);
        assertThat(count("SELECT count(*) FROM shift WHERE opening_id = " + id
                        + " AND check_in_code ~ '^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$'"))
                .isEqualTo(1);

        // A draft is not public.
        assertThat(api.get("/api/openings/" + id).status()).isEqualTo(404);

        Map<String, Object> edit = opening(project, "周末陪伴留守儿童（修订）");
        edit.remove("shifts");
        edit.put("screening", "approval");
        edit.put("version", created.body().get("version"));
        Answer edited = send(staff, HttpRequest.PUT("/api/organisations/" + agency + "/openings/" + id, edit));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body()).containsEntry("screening", "approval");
        // The same version again is a lost update: 409.
        assertThat(send(staff, HttpRequest.PUT("/api/organisations/" + agency + "/openings/" + id, edit))
                        .status())
                .isEqualTo(409);

        Answer published =
                send(staff, HttpRequest.POST("/api/organisations/" + agency + "/openings/" + id + "/publish", "{}"));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.body()).containsEntry("status", "published");
        Answer publicView = api.get("/api/openings/" + id);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.list("shifts")).hasSize(1);

        Answer closed =
                send(staff, HttpRequest.POST("/api/organisations/" + agency + "/openings/" + id + "/close", "{}"));
        assertThat(closed.body()).containsEntry("status", "closed");
        assertThat(api.get("/api/openings/" + id).status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'opening' AND object_id = '" + id
                        + "' AND action IN ('opening.created','opening.updated','opening.published','opening.closed')"))
                .isEqualTo(4);

        Answer list = send(staff, HttpRequest.GET("/api/organisations/" + agency + "/openings?status=closed"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(Api.ids(list)).contains(id);
        Answer all = send(staff, HttpRequest.GET("/api/organisations/" + agency + "/openings?size=100"));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(Api.ids(all)).contains(id);
        assertThat(all.list("items"))
                .allSatisfy(o -> assertThat((String) o.get("regionPath")).startsWith("云南省"));
    }

    @Test
    void cancellingAnOpeningCancelsItsShiftsAndTellsTheSignUps() {
        long id = id(create(staff, agency, opening(project, "将被取消的岗位")));
        send(staff, HttpRequest.POST("/api/organisations/" + agency + "/openings/" + id + "/publish", "{}"));
        Answer noReason =
                send(staff, HttpRequest.POST("/api/organisations/" + agency + "/openings/" + id + "/cancel", "{}"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).contains("reason");

        Answer cancelled = send(
                staff,
                HttpRequest.POST(
                        "/api/organisations/" + agency + "/openings/" + id + "/cancel", Map.of("reason", "暴雨预警")));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("status", "cancelled").containsEntry("statusReason", "暴雨预警");
        assertThat(cancelled.list("shifts")).allSatisfy(s -> assertThat(s).containsEntry("status", "cancelled"));
        assertThat(events.seen).contains(new OpeningCancelled(id, "暴雨预警"));
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'opening.cancelled' AND object_id = '" + id
                        + "'"))
                .isEqualTo(1);
        // The audit log keeps ids and lengths, never the free text (a reason or a title may name people).
        assertThat(count("SELECT count(*) FROM audit_event WHERE detail LIKE '%暴雨预警%' OR detail LIKE '%将被取消的岗位%'"))
                .isZero();
        // Finished: no more edits.
        Answer again = send(
                staff,
                HttpRequest.POST(
                        "/api/organisations/" + agency + "/openings/" + id + "/shifts",
                        shift(inDays(9), "09:00", "10:00", 5)));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void shiftsAreAddedMovedResizedAndCancelledWithTheirEvents() {
        long id = id(create(staff, agency, opening(project, "班次测试岗位")));
        String base = "/api/organisations/" + agency + "/openings/" + id + "/shifts";
        Answer added = send(staff, HttpRequest.POST(base, shift(inDays(8), "14:00", "17:00", 3)));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long shiftId = id(added);
        for (int capacity : new int[] {0, 100_001}) {
            Answer refused = send(staff, HttpRequest.POST(base, shift(inDays(8), "09:00", "10:00", capacity)));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("capacity");
        }
        Answer backwards = send(staff, HttpRequest.POST(base, shift(inDays(8), "10:00", "09:00", 5)));
        assertThat(backwards.errorFields()).containsExactly("end");
        assertThat(count("SELECT count(*) FROM shift WHERE opening_id = " + id)).isEqualTo(2);

        // Two volunteers confirmed (as the sign-up feature records it): the capacity cannot fall below 2.
        transactions.executeWrite(status -> {
            shifts.lockForUpdate(shiftId).orElseThrow();
            shifts.confirmedCountChanged(shiftId, 2);
            return null;
        });
        ShiftFacts facts =
                transactions.executeRead(status -> shifts.facts(shiftId).orElseThrow());
        assertThat(facts.confirmedCount()).isEqualTo(2);
        assertThat(facts.organisationName()).isEqualTo("昭通市岗位测试社工中心");
        assertThat(facts.regionPath()).isEqualTo("云南省 › 昭通市 › 镇雄县");
        assertThat(facts.openingStatus()).isEqualTo("draft");
        assertThat(facts.organisationVerified()).isTrue();

        Map<String, Object> smaller = shift(inDays(8), "14:00", "17:00", 1);
        smaller.put("version", added.body().get("version"));
        Answer refused = send(staff, HttpRequest.PUT(base + "/" + shiftId, smaller));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("capacity");
        assertThat(count("SELECT capacity FROM shift WHERE id = " + shiftId)).isEqualTo(3);

        // A resize alone is checked too: 0 and 100,001 places are refused naming the capacity, nothing written.
        for (int capacity : new int[] {0, 100_001}) {
            Map<String, Object> resized = shift(inDays(8), "14:00", "17:00", capacity);
            resized.put("version", added.body().get("version"));
            Answer refusedResize = send(staff, HttpRequest.PUT(base + "/" + shiftId, resized));
            assertThat(refusedResize.status()).as(refusedResize.toString()).isEqualTo(400);
            assertThat(refusedResize.errorFields()).containsExactly("capacity");
        }
        assertThat(count("SELECT capacity FROM shift WHERE id = " + shiftId)).isEqualTo(3);

        Map<String, Object> moved = shift(inDays(8), "15:00", "18:00", 4);
        moved.put("version", added.body().get("version"));
        Answer ok = send(staff, HttpRequest.PUT(base + "/" + shiftId, moved));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.body())
                .containsEntry("capacity", 4)
                .containsEntry("confirmed", 2)
                .containsEntry("free", 2);
        assertThat(events.seen)
                .contains(new ShiftChanged(
                        shiftId,
                        inDays(8).atTime(14, 0).atZone(SHANGHAI).toInstant(),
                        inDays(8).atTime(17, 0).atZone(SHANGHAI).toInstant()));

        Answer cancelled = send(staff, HttpRequest.POST(base + "/" + shiftId + "/cancel", Map.of("reason", "场地不可用")));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("status", "cancelled").containsEntry("free", 0);
        assertThat(events.seen).contains(new ShiftCancelled(shiftId, "场地不可用"));
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'shift' AND object_id = '" + shiftId
                        + "'"))
                .isEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = count("SELECT count(*) FROM opening");
        long shiftsBefore = count("SELECT count(*) FROM shift");

        Map<String, Object> backwards = opening(project, "结束早于开始");
        backwards.put("shifts", List.of(shift(inDays(7), "12:00", "09:00", 10)));
        assertRefused(backwards, "shifts[0].end");

        Map<String, Object> zero = opening(project, "名额为零");
        zero.put("shifts", List.of(shift(inDays(7), "09:00", "12:00", 0)));
        assertRefused(zero, "shifts[0].capacity");

        Map<String, Object> tooMany = opening(project, "名额过多");
        tooMany.put("shifts", List.of(shift(inDays(7), "09:00", "12:00", 100_001)));
        assertRefused(tooMany, "shifts[0].capacity");

        Map<String, Object> unknownRegion = opening(project, "未知地区");
        unknownRegion.put("regionCode", "539999");
        assertRefused(unknownRegion, "regionCode");

        Map<String, Object> prefecture = opening(project, "地区为地级市");
        prefecture.put("regionCode", "5306");
        assertRefused(prefecture, "regionCode");

        assertRefused(opening(otherProject, "别的机构的项目"), "projectId");

        Map<String, Object> phone = opening(project, "电话不对");
        phone.put("contactPhone", "12345");
        assertRefused(phone, "contactPhone");

        Map<String, Object> group = opening(project, "未知服务对象");
        group.put("targetGroups", List.of("no-such-group"));
        assertRefused(group, "targetGroups[0]");

        Map<String, Object> category = opening(project, "未知服务内容");
        category.put("category", "no-such-category");
        assertRefused(category, "category");

        Map<String, Object> skill = opening(project, "未知技能");
        skill.put("skills", List.of("tutoring", "no-such-skill"));
        assertRefused(skill, "skills[1]");

        Map<String, Object> past = opening(project, "过去的班次");
        past.put("shifts", List.of(shift(inDays(-1), "09:00", "12:00", 5)));
        assertRefused(past, "shifts[0].date");

        assertThat(count("SELECT count(*) FROM opening")).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM shift")).isEqualTo(shiftsBefore);
        assertThat(count("SELECT count(*) FROM opening_skill WHERE opening_id NOT IN (SELECT id FROM opening)"))
                .isZero();
    }

    @Test
    void theProblemSpeaksChineseAndEnglish() {
        Map<String, Object> backwards = opening(project, "结束早于开始");
        backwards.put("shifts", List.of(shift(inDays(7), "12:00", "09:00", 10)));
        Answer zh = create(staff, agency, backwards);
        Answer en = api.send(HttpRequest.POST("/api/organisations/" + agency + "/openings", backwards)
                .bearerAuth(staff)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(zh.toString()).contains("班次结束时间须晚于开始时间");
        assertThat(en.toString()).contains("A shift ends after it starts");
    }

    @Test
    void onlyMembersOfAVerifiedOrganisationWrite() {
        long before = count("SELECT count(*) FROM opening");
        Answer unverifiedAnswer = create(unverifiedStaff, unverified, opening(unverifiedProject, "未认证机构的岗位"));
        assertThat(unverifiedAnswer.status()).isEqualTo(403);
        assertThat(unverifiedAnswer.toString()).contains("organisation-not-verified");

        Answer notMember = create(outsider, agency, opening(project, "别的机构的人"));
        assertThat(notMember.status()).isEqualTo(403);

        Answer anonymous =
                api.send(HttpRequest.POST("/api/organisations/" + agency + "/openings", opening(project, "匿名"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM opening")).isEqualTo(before);

        long id = id(create(staff, agency, opening(project, "只有成员能看草稿")));
        assertThat(send(outsider, HttpRequest.GET("/api/organisations/" + agency + "/openings/" + id))
                        .status())
                .isEqualTo(403);
        assertThat(send(outsider, HttpRequest.GET("/api/organisations/" + otherAgency + "/openings/" + id))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void publishingNeedsAShiftAheadAndADeadlineAhead() {
        Map<String, Object> body = opening(project, "没有班次的草稿");
        body.put("shifts", List.of());
        long id = id(create(staff, agency, body));
        Answer refused =
                send(staff, HttpRequest.POST("/api/organisations/" + agency + "/openings/" + id + "/publish", "{}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("shifts");
        assertThat(count("SELECT count(*) FROM opening WHERE id = " + id + " AND status = 'draft'"))
                .isEqualTo(1);
    }

    @Test
    void anOpeningWithMinorsSignedUpCannotBecomeAdultsOnly() {
        Answer created = create(staff, agency, opening(project, "未成年人已报名的岗位"));
        long id = id(created);
        send(staff, HttpRequest.POST("/api/organisations/" + agency + "/openings/" + id + "/publish", "{}"));
        long shiftId = ((Number) created.list("shifts").get(0).get("id")).longValue();
        // A 16-year-old volunteer with a confirmed sign-up (rows as the volunteer and sign-up features write them).
        long minor = Accounts.create(
                dataSource, "opn-minor-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test", "未成年志愿者");
        Db.execute(
                dataSource,
                "INSERT INTO volunteer (account_id, name, id_type, id_number_encrypted, id_number_key_id, id_number_hash,"
                        + " id_number_masked, birth_date, mobile) VALUES (" + minor + ", '未成年志愿者', 'resident-id',"
                        + " '\\x00', 'test', decode(md5('" + minor + "'), 'hex'), '530627********0000', '"
                        + LocalDate.now(SHANGHAI).minusYears(16) + "', '13800000000')");
        Db.execute(
                dataSource,
                "INSERT INTO signup (shift_id, volunteer_account_id, status) VALUES (" + shiftId + ", " + minor
                        + ", 'confirmed')");
        long version = ((Number) send(staff, HttpRequest.GET("/api/organisations/" + agency + "/openings/" + id))
                        .body()
                        .get("version"))
                .longValue();
        Map<String, Object> adultsOnly = opening(project, "未成年人已报名的岗位");
        adultsOnly.remove("shifts");
        adultsOnly.put("adultsOnly", true);
        adultsOnly.put("version", version);
        Answer refused = send(staff, HttpRequest.PUT("/api/organisations/" + agency + "/openings/" + id, adultsOnly));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("adultsOnly");
        assertThat(count("SELECT count(*) FROM opening WHERE id = " + id + " AND NOT adults_only"))
                .isEqualTo(1);

        // Once the minor's sign-up has ended, it may.
        Db.execute(dataSource, "UPDATE signup SET status = 'cancelled' WHERE shift_id = " + shiftId);
        Answer allowed = send(staff, HttpRequest.PUT("/api/organisations/" + agency + "/openings/" + id, adultsOnly));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(200);
        assertThat(allowed.body()).containsEntry("adultsOnly", true);
    }

    @Test
    void shiftFactsSayWhetherTheOrganisationIsVerifiedNow() {
        long suspended = api.createOrganisation("将被停用的岗位测试机构", "5306");
        long itsProject = api.createProject(
                Api.project(suspended, "将被停用机构的项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        String itsStaff = member(suspended, "owner");
        Answer created = create(itsStaff, suspended, opening(itsProject, "机构停用后的岗位"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long shiftId = ((Number) created.list("shifts").get(0).get("id")).longValue();
        assertThat(transactions
                        .executeRead(s -> shifts.facts(shiftId).orElseThrow())
                        .organisationVerified())
                .isTrue();
        Db.execute(dataSource, "UPDATE organisation SET status = 'draft' WHERE id = " + suspended);
        assertThat(transactions
                        .executeRead(s -> shifts.facts(shiftId).orElseThrow())
                        .organisationVerified())
                .isFalse();
    }

    private void assertRefused(Map<String, Object> body, String field) {
        Answer answer = create(staff, agency, body);
        assertThat(answer.status()).as(body.get("title") + ": " + answer).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errorFields()).as(body.get("title") + ": " + answer).contains(field);
    }
}

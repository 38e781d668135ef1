package org.qianshou.funding.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.system.mail.LogMessageSender;
import org.qianshou.system.mail.MessageSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingFixtures.Agency;
import org.qianshou.testing.FundingFixtures.Funder;
import org.qianshou.testing.FundingFixtures.Person;
import org.qianshou.testing.RealServices;

/**
 * Applications through the API against the real PostgreSQL: drafts saved as the user types (versions, revisions, 409
 * on a stale version), totals in fen computed by the server, every bad input refused naming its field with nothing
 * written, submission (required sections, the close time on the server clock, eligibility), the lock after
 * submission, withdrawal, the two-stage flow, attachments checked by content, the funder's view.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationApiIT implements TestPropertyProvider {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    Applications applications;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    Sent sent;

    Api api;
    FundingFixtures fixtures;
    Funder funder;
    Agency agency;
    Agency otherAgency;
    long call;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("applicationapi"));
        properties.put("spec.name", "ApplicationApiIT");
        return properties;
    }

    /** Keeps the messages the application sends. */
    @Singleton
    @Replaces(LogMessageSender.class)
    @Requires(property = "spec.name", value = "ApplicationApiIT")
    static class Sent implements MessageSender {
        final List<OutgoingMessage> messages = new CopyOnWriteArrayList<>();

        @Override
        public void send(OutgoingMessage message) {
            messages.add(message);
        }
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        fixtures = new FundingFixtures(context, api);
        FundingFixtures.World world = fixtures.world("申请测试");
        funder = world.funder();
        agency = world.agency();
        call = world.callId();
        otherAgency = fixtures.agency("申请测试另一社工站", FundingFixtures.ZHENXIONG);
    }

    // ---- helpers

    Answer post(Person who, String path, Object body) {
        return fixtures.send(who, HttpRequest.POST(path, body));
    }

    Answer put(Person who, String path, Object body) {
        return fixtures.send(who, HttpRequest.PUT(path, body));
    }

    Answer get(Person who, String path) {
        return api.send(HttpRequest.GET(path).bearerAuth(who.token()));
    }

    String base(Agency a) {
        return "/api/organisations/" + a.id() + "/applications";
    }

    long start(Agency a, long callId) {
        Answer created = post(a.staff(), base(a), Map.of("callId", callId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created);
    }

    static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    static long version(Answer answer) {
        return ((Number) answer.body().get("version")).longValue();
    }

    static Map<String, Object> line(String category, Object amountFen) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("category", category);
        line.put("description", category + "：项目开支");
        line.put("amountFen", amountFen);
        return line;
    }

    /** A complete full proposal for the agency's project: ¥100,000 of which ¥8,000 management fee (8 %). */
    Map<String, Object> complete(Agency a, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", a.projectId());
        body.put("title", "镇雄县留守儿童成长陪伴计划");
        body.put("need", "镇雄县乌峰镇有留守儿童四百余名，缺少课后照护与情感支持。");
        body.put("objectives", "一年内为两百名留守儿童提供每周一次的陪伴与成长辅导。");
        body.put("activities", "课后托管、读书会、家访、心理支持小组。");
        body.put("beneficiaries", "乌峰镇三所小学的留守儿童及其监护人。");
        body.put("beneficiaryCount", 200);
        body.put("periodFrom", "2027-01-01");
        body.put("periodTo", "2027-12-31");
        body.put(
                "budgetLines",
                new ArrayList<>(List.of(
                        line("personnel", 6_000_000),
                        line("activities", 2_600_000),
                        line("materials", 600_000),
                        line("management-fee", 800_000))));
        body.put("indicators", new ArrayList<>(List.of(indicator("受益儿童人数", "人", 200), indicator("家访次数", "次", 400))));
        body.put("version", version);
        return body;
    }

    static Map<String, Object> indicator(String name, String unit, Object target) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("name", name);
        i.put("unit", unit);
        i.put("target", target);
        return i;
    }

    long count(String sql) {
        return Db.count(dataSource, sql);
    }

    /** What a refused request must leave as it was: the row's version, its revisions, lines and indicators. */
    String state(long id) {
        return count("SELECT version FROM funding_application WHERE id = " + id) + "/"
                + count("SELECT count(*) FROM funding_application_revision WHERE application_id = " + id) + "/"
                + count("SELECT count(*) FROM funding_application_budget_line WHERE application_id = " + id) + "/"
                + count(
                        "SELECT coalesce(sum(amount_fen), 0) FROM funding_application_budget_line WHERE application_id = "
                                + id)
                + "/" + count("SELECT count(*) FROM funding_application_indicator WHERE application_id = " + id) + "/"
                + count("SELECT count(*) FROM funding_application WHERE id = " + id + " AND status = 'draft'");
    }

    // ---- drafts and autosave

    @Test
    void everyAutosaveIsANewVersionKeptAsARevisionAndAStaleVersionIsRefusedWith409() {
        Agency a = fixtures.agency("自动保存社工中心", FundingFixtures.ZHENXIONG);
        Answer created = post(a.staff(), base(a), Map.of("callId", call));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body())
                .containsEntry("status", "draft")
                .containsEntry("stage", "full")
                .containsEntry("requestedFen", 0)
                .containsEntry("managementFeeCapBp", 1000);
        long id = id(created);
        long v0 = version(created);

        Map<String, Object> first = new LinkedHashMap<>();
        first.put("title", "第一稿");
        first.put("need", "需求");
        first.put("version", v0);
        Answer saved = put(a.staff(), base(a) + "/" + id, first);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        long v1 = version(saved);
        assertThat(v1).isEqualTo(v0 + 1);

        Map<String, Object> second = new LinkedHashMap<>(first);
        second.put("title", "第二稿");
        second.put("version", v1);
        Answer again = put(a.staff(), base(a) + "/" + id, second);
        assertThat(again.status()).isEqualTo(200);
        assertThat(version(again)).isEqualTo(v1 + 1);

        // A save based on the first version (another tab, a retried request) comes too late.
        Map<String, Object> stale = new LinkedHashMap<>(first);
        stale.put("title", "过期的一稿");
        String before = state(id);
        Answer conflict = put(a.staff(), base(a) + "/" + id, stale);
        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
        assertThat(conflict.errorFields()).containsExactly("version");
        assertThat(((Number) conflict.body().get("currentVersion")).longValue()).isEqualTo(v1 + 1);
        assertThat(state(id)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM funding_application WHERE id = " + id + " AND title = '第二稿'"))
                .isEqualTo(1);

        // A reload finds the last save; every version is kept with what it held.
        Answer reloaded = get(a.staff(), base(a) + "/" + id);
        assertThat(reloaded.body()).containsEntry("title", "第二稿").containsEntry("need", "需求");
        Answer revisions = get(a.staff(), base(a) + "/" + id + "/revisions");
        assertThat(revisions.list("items"))
                .extracting(r -> r.get("event"))
                .containsExactly("saved", "saved", "created");
        Answer firstRevision = get(a.staff(), base(a) + "/" + id + "/revisions/" + v1);
        assertThat(firstRevision.map("content")).containsEntry("title", "第一稿");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'funding.application.saved' AND object_id = '"
                        + id + "'"))
                .isEqualTo(2);
    }

    @Test
    void tenSavesAtOnceOnOneVersionLeaveOneWinnerAndNineConflicts() throws Exception {
        Agency a = fixtures.agency("并发保存社工中心", FundingFixtures.ZHENXIONG);
        long id = start(a, call);
        long version = version(get(a.staff(), base(a) + "/" + id));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String title = "并发稿" + i;
            answers.add(pool.submit(() -> {
                go.await();
                return put(a.staff(), base(a) + "/" + id, Map.of("title", title, "version", version))
                        .status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(count("SELECT version FROM funding_application WHERE id = " + id))
                .isEqualTo(version + 1);
        assertThat(count("SELECT count(*) FROM funding_application_revision WHERE application_id = " + id))
                .isEqualTo(2);
    }

    @Test
    void theServerComputesTheTotalsInFen() {
        Agency a = fixtures.agency("预算合计社工中心", FundingFixtures.ZHENXIONG);
        long id = start(a, call);
        Answer draft = get(a.staff(), base(a) + "/" + id);
        Map<String, Object> body = complete(a, version(draft));
        body.put("requestedFen", 1); // not the client's to say
        Answer saved = put(a.staff(), base(a) + "/" + id, body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body()).containsEntry("requestedFen", 10_000_000).containsEntry("managementFeeFen", 800_000);
        assertThat(saved.list("budgetLines")).hasSize(4);
        assertThat(saved.list("indicators")).extracting(i -> i.get("name")).containsExactly("受益儿童人数", "家访次数");
        assertThat(count("SELECT requested_fen FROM funding_application WHERE id = " + id))
                .isEqualTo(10_000_000);
        assertThat(count("SELECT management_fee_fen FROM funding_application WHERE id = " + id))
                .isEqualTo(800_000);
    }

    @Test
    void eachBadInputIsRefusedNamingItsFieldAndWritesNothing() {
        Agency a = fixtures.agency("错误输入社工中心", FundingFixtures.ZHENXIONG);
        long id = start(a, call);
        Answer good = put(a.staff(), base(a) + "/" + id, complete(a, version(get(a.staff(), base(a) + "/" + id))));
        assertThat(good.status()).isEqualTo(200);
        long version = version(good);

        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        Map<String, Object> negative = complete(a, version);
        lines(negative).set(1, line("activities", -1));
        cases.put("budgetLines[1].amountFen", negative);
        Map<String, Object> fractional = complete(a, version);
        lines(fractional).set(0, line("personnel", 1.5));
        cases.put("budgetLines[0].amountFen", fractional);
        Map<String, Object> overCap = complete(a, version);
        lines(overCap).set(3, line("management-fee", 1_200_000)); // 12 % of 10,400,000 > 10 %
        cases.put("budgetLines", overCap);
        Map<String, Object> unknownCategory = complete(a, version);
        lines(unknownCategory).set(2, line("fireworks", 100));
        cases.put("budgetLines[2].category", unknownCategory);
        Map<String, Object> tooLong = complete(a, version);
        tooLong.put("need", "需".repeat(5001)); // the call's sections take 5,000 characters
        cases.put("need", tooLong);
        Map<String, Object> otherProject = complete(a, version);
        otherProject.put("projectId", otherAgency.projectId());
        cases.put("projectId", otherProject);
        Map<String, Object> negativeTarget = complete(a, version);
        targets(negativeTarget).set(0, indicator("受益儿童人数", "人", -5));
        cases.put("indicators[0].target", negativeTarget);
        Map<String, Object> period = complete(a, version);
        period.put("periodTo", "2026-06-30");
        cases.put("periodTo", period);

        String before = state(id);
        assertThat(before).startsWith(version + "/");
        cases.forEach((field, body) -> {
            Answer refused = put(a.staff(), base(a) + "/" + id, body);
            assertThat(refused.status()).as(field + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).as(field).startsWith("application/problem+json");
            assertThat(refused.errorFields()).as(field).contains(field);
            assertThat(state(id)).as(field + " wrote something").isEqualTo(before);
        });
        Answer english = api.send(HttpRequest.PUT(base(a) + "/" + id, overCap)
                .bearerAuth(a.staff().token())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(english.list("errors").get(0).get("message").toString())
                .contains("management fee", "¥12,000.00", "10%");
    }

    @SuppressWarnings("unchecked")
    static List<Object> lines(Map<String, Object> body) {
        return (List<Object>) body.get("budgetLines");
    }

    @SuppressWarnings("unchecked")
    static List<Object> targets(Map<String, Object> body) {
        return (List<Object>) body.get("indicators");
    }

    // ---- submission

    @Test
    void aSubmittedApplicationIsLockedAndCanBeWithdrawnAndTheFunderSeesItButNeverADraft() {
        Agency a = fixtures.agency("提交锁定社工中心", FundingFixtures.ZHENXIONG);
        long id = start(a, call);
        // incomplete: every missing field is named
        Answer incomplete = post(
                a.staff(),
                base(a) + "/" + id + "/submit",
                Map.of("version", version(get(a.staff(), base(a) + "/" + id))));
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(incomplete.errorFields())
                .contains("title", "projectId", "need", "activities", "budgetLines", "indicators", "beneficiaryCount");
        String funderList = "/api/organisations/" + funder.id() + "/calls/" + call + "/applications";
        assertThat(ids(get(funder.first(), funderList))).doesNotContain(id);
        assertThat(get(funder.first(), funderList + "/" + id).status()).isEqualTo(404);

        long version =
                version(put(a.staff(), base(a) + "/" + id, complete(a, version(get(a.staff(), base(a) + "/" + id)))));
        Answer submitted = post(a.staff(), base(a) + "/" + id + "/submit", Map.of("version", version));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.body()).containsEntry("status", "submitted");
        assertThat(submitted.body().get("submittedAt").toString()).endsWith("+08:00");

        Answer edit = put(a.staff(), base(a) + "/" + id, complete(a, version(submitted)));
        assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
        Answer second = post(a.staff(), base(a), Map.of("callId", call));
        assertThat(second.status()).isEqualTo(409);
        assertThat(((Number) second.body().get("applicationId")).longValue()).isEqualTo(id);

        assertThat(ids(get(funder.first(), funderList))).contains(id);
        Answer seen = get(funder.first(), funderList + "/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).containsEntry("requestedFen", 10_000_000);
        // another organisation's members see nothing of it
        assertThat(get(otherAgency.staff(), base(a) + "/" + id).status()).isIn(403, 404);
        assertThat(get(otherAgency.staff(), funderList).status()).isIn(403, 404);

        Answer withdrawn = post(a.staff(), base(a) + "/" + id + "/withdraw", Map.of("reason", "项目负责人调离"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body()).containsEntry("status", "withdrawn").containsEntry("statusReason", "项目负责人调离");
        assertThat(post(a.staff(), base(a) + "/" + id + "/withdraw", Map.of()).status())
                .isEqualTo(409);
        // after a withdrawal the organisation may start again
        assertThat(post(a.staff(), base(a), Map.of("callId", call)).status()).isEqualTo(201);

        // a draft withdrawn before it was ever submitted stays the agency's: the funder never sees it
        Agency never = fixtures.agency("从未提交社工中心", FundingFixtures.ZHENXIONG);
        long unsent = start(never, call);
        put(
                never.staff(),
                base(never) + "/" + unsent,
                complete(never, version(get(never.staff(), base(never) + "/" + unsent))));
        assertThat(post(never.staff(), base(never) + "/" + unsent + "/withdraw", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(ids(get(funder.first(), funderList))).doesNotContain(unsent).contains(id);
        assertThat(get(funder.first(), funderList + "/" + unsent).status()).isEqualTo(404);
        assertThat(get(funder.first(), funderList + "?status=withdrawn").list("items"))
                .extracting(i -> ((Number) i.get("id")).longValue())
                .containsExactly(id);
    }

    @Test
    void submissionAfterTheCloseTimeIsRefusedNamingClosesAtAndChangesNothing() {
        Agency a = fixtures.agency("截止时间社工中心", FundingFixtures.ZHENXIONG);
        long late = fixtures.publishedCall(funder, "截止测试征集");
        long id = start(a, late);
        long version =
                version(put(a.staff(), base(a) + "/" + id, complete(a, version(get(a.staff(), base(a) + "/" + id)))));
        fixtures.setTimes(
                late,
                OffsetDateTime.now(FundingFixtures.SHANGHAI).minusDays(10),
                OffsetDateTime.now(FundingFixtures.SHANGHAI).minusMinutes(1));
        String before = state(id);
        Answer refused = post(a.staff(), base(a) + "/" + id + "/submit", Map.of("version", version));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("closesAt");
        assertThat(state(id)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM funding_application WHERE id = " + id + " AND submitted_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void anAgencyOutsideTheCallsRegionIsToldWhyItIsNotEligible() {
        Agency dali = fixtures.agency("大理州社工中心", FundingFixtures.DALI);
        long id = start(dali, call); // a draft needs no eligibility
        long version = version(put(
                dali.staff(),
                base(dali) + "/" + id,
                complete(dali, version(get(dali.staff(), base(dali) + "/" + id)))));
        String before = state(id);
        Answer refused = post(dali.staff(), base(dali) + "/" + id + "/submit", Map.of("version", version));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsOnly("organisationId");
        assertThat(refused.list("errors").get(0).get("message").toString()).contains("昭通市", "大理");
        Answer english = api.send(HttpRequest.POST(base(dali) + "/" + id + "/submit", Map.of("version", version))
                .bearerAuth(dali.staff().token())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(english.list("errors").get(0).get("message").toString()).doesNotContain("须在");
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void requestingMoreThanTheCallsMaximumIsRefusedAtSubmission() {
        Agency a = fixtures.agency("超出上限社工中心", FundingFixtures.ZHENXIONG);
        long id = start(a, call);
        Map<String, Object> body = complete(a, version(get(a.staff(), base(a) + "/" + id)));
        lines(body).set(0, line("personnel", 15_000_000)); // 15,000,000 + 4,000,000 > the maximum of 15,000,000
        long version = version(put(a.staff(), base(a) + "/" + id, body));
        Answer refused = post(a.staff(), base(a) + "/" + id + "/submit", Map.of("version", version));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("budgetLines");
    }

    // ---- two stages

    @Test
    void aTwoStageCallTakesAConceptNoteThatTheFunderShortlistsOrRejects() {
        Map<String, Object> twoStage = FundingFixtures.callRequest("两阶段公益创投");
        twoStage.put("twoStage", true);
        twoStage.put("conceptClosesAt", FundingFixtures.inDays(10));
        long venture = fixtures.publishedCall(funder, twoStage);
        Agency a = fixtures.agency("概念书社工中心", FundingFixtures.ZHENXIONG);
        Agency b = fixtures.agency("概念书未入围社工站", FundingFixtures.ZHENXIONG);

        Answer created = post(a.staff(), base(a), Map.of("callId", venture));
        assertThat(created.body()).containsEntry("stage", "concept");
        long id = id(created);
        // a concept note needs a title, the need, objectives and beneficiaries: no project, budget or indicators
        Map<String, Object> concept = new LinkedHashMap<>();
        concept.put("title", "留守儿童四点半课堂");
        concept.put("need", "放学后无人照看。");
        concept.put("objectives", "为一百名儿童提供课后照护。");
        concept.put("beneficiaries", "乌峰镇留守儿童。");
        concept.put("beneficiaryCount", 100);
        concept.put("version", version(created));
        Answer saved = put(a.staff(), base(a) + "/" + id, concept);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Answer submitted = post(a.staff(), base(a) + "/" + id + "/submit", Map.of("version", version(saved)));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.body()).containsEntry("stage", "concept").containsEntry("status", "submitted");

        long other = start(b, venture);
        concept.put("version", version(get(b.staff(), base(b) + "/" + other)));
        long otherVersion = version(put(b.staff(), base(b) + "/" + other, concept));
        assertThat(post(b.staff(), base(b) + "/" + other + "/submit", Map.of("version", otherVersion))
                        .status())
                .isEqualTo(200);

        String calls = "/api/organisations/" + funder.id() + "/calls/" + venture + "/applications";
        Answer list = get(funder.first(), calls + "?stage=concept");
        assertThat(ids(list)).containsExactlyInAnyOrder(id, other);
        // a full proposal cannot be submitted by the concept deadline's rules: the funder shortlists first
        Answer shortlisted = post(funder.second(), calls + "/" + id + "/shortlist", Map.of());
        assertThat(shortlisted.status()).as(shortlisted.toString()).isEqualTo(200);
        assertThat(shortlisted.body()).containsEntry("stage", "full").containsEntry("status", "draft");
        assertThat(shortlisted.body().get("shortlistedAt")).isNotNull();
        assertThat(post(funder.second(), calls + "/" + id + "/shortlist", Map.of())
                        .status())
                .isIn(404, 409);

        Answer noReason = post(funder.second(), calls + "/" + other + "/reject", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Answer rejected = post(funder.second(), calls + "/" + other + "/reject", Map.of("reason", "服务对象与本次创投重点不符"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.body()).containsEntry("status", "rejected").containsEntry("statusReason", "服务对象与本次创投重点不符");

        // the shortlisted agency completes and submits the full proposal
        Answer full = put(a.staff(), base(a) + "/" + id, complete(a, version(shortlisted)));
        assertThat(full.status()).as(full.toString()).isEqualTo(200);
        Answer fullSubmitted = post(a.staff(), base(a) + "/" + id + "/submit", Map.of("version", version(full)));
        assertThat(fullSubmitted.status()).as(fullSubmitted.toString()).isEqualTo(200);
        assertThat(fullSubmitted.body()).containsEntry("stage", "full").containsEntry("status", "submitted");

        // the funder reads what was submitted and its own decisions, never an autosave
        Answer funderRevisions = get(funder.first(), calls + "/" + id + "/revisions");
        assertThat(funderRevisions.list("items"))
                .extracting(r -> r.get("event"))
                .containsExactly("submitted", "shortlisted", "submitted");
        assertThat(get(funder.first(), calls + "/" + id + "/revisions/" + version(full))
                        .status())
                .isEqualTo(404);
        assertThat(get(a.staff(), base(a) + "/" + id + "/revisions/" + version(full))
                        .status())
                .isEqualTo(200);

        // withdrawn while the full proposal was being drafted: the funder sees the shortlisted concept note only
        Agency c = fixtures.agency("入围后撤回社工站", FundingFixtures.ZHENXIONG);
        long third = start(c, venture);
        concept.put("version", version(get(c.staff(), base(c) + "/" + third)));
        long thirdVersion = version(put(c.staff(), base(c) + "/" + third, concept));
        assertThat(post(c.staff(), base(c) + "/" + third + "/submit", Map.of("version", thirdVersion))
                        .status())
                .isEqualTo(200);
        Answer thirdShortlisted = post(funder.second(), calls + "/" + third + "/shortlist", Map.of());
        assertThat(thirdShortlisted.status()).isEqualTo(200);
        Map<String, Object> secret = complete(c, version(thirdShortlisted));
        secret.put("title", "内部草稿标题");
        secret.put("need", "内部：预算可以虚报一些");
        assertThat(put(c.staff(), base(c) + "/" + third, secret).status()).isEqualTo(200);
        assertThat(post(c.staff(), base(c) + "/" + third + "/withdraw", Map.of())
                        .status())
                .isEqualTo(200);
        Answer seenByFunder = get(funder.first(), calls + "/" + third);
        assertThat(seenByFunder.status()).isEqualTo(200);
        assertThat(seenByFunder.body())
                .containsEntry("status", "withdrawn")
                .containsEntry("stage", "concept")
                .containsEntry("need", "放学后无人照看。")
                .containsEntry("title", "留守儿童四点半课堂");
        assertThat(seenByFunder.toString()).doesNotContain("虚报", "内部草稿标题");
        assertThat(get(funder.first(), calls).toString()).doesNotContain("内部草稿标题");
        assertThat(get(funder.first(), calls + "/" + third + "/revisions").list("items"))
                .extracting(r -> r.get("event"))
                .containsExactly("shortlisted", "submitted");

        // both agencies were told, in Chinese and English
        awaitMessages(2);
        assertThat(sent.messages)
                .anySatisfy(m -> {
                    assertThat(m.template()).isEqualTo("application-shortlisted");
                    assertThat(m.text()).contains("两阶段公益创投", "shortlisted");
                })
                .anySatisfy(m -> {
                    assertThat(m.template()).isEqualTo("application-rejected");
                    assertThat(m.text()).contains("服务对象与本次创投重点不符", "not successful");
                });
    }

    void awaitMessages(int atLeast) {
        for (int i = 0; i < 100 && sent.messages.size() < atLeast; i++) {
            Api.sleep(50);
        }
    }

    // ---- attachments

    @Test
    void attachmentsAreCheckedByContentAndDoNotCountAsOrganisationDocuments() {
        Agency a = fixtures.agency("附件社工中心", FundingFixtures.ZHENXIONG);
        long id = start(a, call);
        Answer pdf = upload(a, id, "预算明细.pdf", MediaType.APPLICATION_PDF_TYPE, PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        assertThat(pdf.body()).containsEntry("filename", "预算明细.pdf").containsEntry("contentType", "application/pdf");
        Answer fake = upload(a, id, "伪装.pdf", MediaType.APPLICATION_PDF_TYPE, "<html>not a pdf</html>".getBytes());
        assertThat(fake.status()).isEqualTo(415);
        assertThat(count("SELECT count(*) FROM funding_application_attachment WHERE application_id = " + id))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM organisation_document WHERE organisation_id = " + a.id()))
                .isZero();
        Answer detail = get(a.staff(), base(a) + "/" + id);
        assertThat(detail.list("attachments")).hasSize(1);
        long attachmentId = ((Number) pdf.body().get("id")).longValue();
        byte[] bytes = client.toBlocking()
                .retrieve(
                        HttpRequest.GET(base(a) + "/" + id + "/attachments/" + attachmentId)
                                .bearerAuth(a.staff().token()),
                        byte[].class);
        assertThat(bytes).isEqualTo(PDF);
        assertThat(get(otherAgency.staff(), base(a) + "/" + id + "/attachments/" + attachmentId)
                        .status())
                .isIn(403, 404);
        // an application holds at most ten
        for (int i = 2; i <= 10; i++) {
            assertThat(upload(a, id, "附件" + i + ".pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                            .status())
                    .isEqualTo(201);
        }
        Answer eleventh = upload(a, id, "附件11.pdf", MediaType.APPLICATION_PDF_TYPE, PDF);
        assertThat(eleventh.status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM funding_application_attachment WHERE application_id = " + id))
                .isEqualTo(10);
        Answer removed = api.send(HttpRequest.DELETE(base(a) + "/" + id + "/attachments/" + attachmentId)
                .bearerAuth(a.staff().token()));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(count("SELECT count(*) FROM funding_application_attachment WHERE application_id = " + id))
                .isEqualTo(9);
    }

    Answer upload(Agency a, long id, String filename, MediaType type, byte[] content) {
        return api.send(HttpRequest.POST(
                        base(a) + "/" + id + "/attachments",
                        MultipartBody.builder()
                                .addPart("file", filename, type, content)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(a.staff().token()));
    }

    // ---- the service review and awards use

    @Test
    void theApplicationsServiceGivesFactsTheSubmittedOfACallAndABlindContent() {
        Agency a = fixtures.agency("服务接口社工中心", FundingFixtures.ZHENXIONG);
        long own = fixtures.publishedCall(funder, "服务接口测试征集");
        long id = start(a, own);
        long draftOnly = start(otherAgency, own);
        long version =
                version(put(a.staff(), base(a) + "/" + id, complete(a, version(get(a.staff(), base(a) + "/" + id)))));
        assertThat(post(a.staff(), base(a) + "/" + id + "/submit", Map.of("version", version))
                        .status())
                .isEqualTo(200);

        assertThat(applications.submittedOfCall(own))
                .extracting(ApplicationFacts::id)
                .containsExactly(id);
        ApplicationFacts facts = applications.facts(id).orElseThrow();
        assertThat(facts.organisationId()).isEqualTo(a.id());
        assertThat(facts.projectId()).isEqualTo(a.projectId());
        assertThat(facts.requestedFen()).isEqualTo(10_000_000);
        assertThat(facts.managementFeeFen()).isEqualTo(800_000);
        assertThat(facts.budgetLines())
                .extracting(ApplicationFacts.BudgetLine::amountFen)
                .containsExactly(6_000_000L, 2_600_000L, 600_000L, 800_000L);
        assertThat(facts.indicators()).hasSize(2);
        assertThat(applications.facts(draftOnly).orElseThrow().status()).isEqualTo("draft");

        ApplicationContent open = applications.content(id, false);
        assertThat(open.organisationName()).isEqualTo("服务接口社工中心");
        ApplicationContent blind = applications.content(id, true);
        assertThat(blind.organisationId()).isNull();
        assertThat(blind.organisationName()).isNull();
        assertThat(blind.projectId()).isNull();
        assertThat(blind.projectTitle()).isNull();
        assertThat(blind.attachments()).isEmpty();
        assertThat(blind.need()).isEqualTo(open.need());

        transactions.executeWrite(status -> {
            assertThat(applications.lockForUpdate(id)).isPresent();
            applications.markAwarded(id);
            return null;
        });
        assertThat(applications.facts(id).orElseThrow().status()).isEqualTo("awarded");
        assertThat(post(a.staff(), base(a) + "/" + id + "/withdraw", Map.of()).status())
                .isEqualTo(409);
        // the agency refuses the award: the application is back in the running
        transactions.executeWrite(status -> {
            applications.awardRefused(id);
            return null;
        });
        assertThat(applications.facts(id).orElseThrow().status()).isEqualTo("submitted");
        assertThat(applications.submittedOfCall(own))
                .extracting(ApplicationFacts::id)
                .containsExactly(id);
    }

    static List<Long> ids(Answer page) {
        return page.list("items").stream()
                .map(i -> ((Number) i.get("id")).longValue())
                .toList();
    }
}

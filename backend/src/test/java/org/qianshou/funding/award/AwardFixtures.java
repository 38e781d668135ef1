package org.qianshou.funding.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;

/**
 * What the award tests need: a verified funder with two members (one proposes, the other approves), verified agencies
 * with a member and a published project, a published call with a tranche schedule, and submitted applications.
 * Organisations, members and projects go through the platform's routes; calls and applications are written with SQL
 * in the shape of the V11 schema, so that these tests do not depend on the editors of the call and application
 * streams.
 */
final class AwardFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    record Person(long id, String token) {}

    record Funder(long id, Person proposer, Person approver) {}

    record Agency(long id, long projectId, Person member) {}

    private final Api api;
    private final DataSource dataSource;
    private final ApplicationContext context;

    AwardFixtures(BlockingHttpClient http, DataSource dataSource, ApplicationContext context) {
        this.api = new Api(http);
        this.dataSource = dataSource;
        this.context = context;
    }

    Api api() {
        return api;
    }

    Person person(String name) {
        long id = Accounts.create(dataSource, "awd-" + UUID.randomUUID() + "@qianshou.test", name);
        return new Person(id, Accounts.bearerToken(context, id));
    }

    private long organisation(String name, String kind, String regionCode) {
        Answer answer =
                api.adminPost("/api/admin/organisations", Map.of("name", name, "kind", kind, "regionCode", regionCode));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return ((Number) answer.body().get("id")).longValue();
    }

    private void member(long organisationId, Person person, String role) {
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + person.id() + ", '" + role + "')");
    }

    /** A verified funder with two members. */
    Funder funder() {
        int n = SERIAL.incrementAndGet();
        long id = organisation("昭通市民政局资助测试" + n, "funder", "5306");
        Person proposer = person("资助方经办人" + n);
        Person approver = person("资助方复核人" + n);
        member(id, proposer, "owner");
        member(id, approver, "staff");
        return new Funder(id, proposer, approver);
    }

    /** A verified agency in 镇雄县 without members or projects. */
    long organisationOnly() {
        return organisation("镇雄县社工服务中心测试" + SERIAL.incrementAndGet(), "agency", "530627");
    }

    /** A verified agency in 镇雄县 with one member and a published project. */
    Agency agency() {
        int n = SERIAL.incrementAndGet();
        long id = organisation("镇雄县社工服务中心测试" + n, "agency", "530627");
        Person member = person("社工" + n);
        member(id, member, "owner");
        long project = api.createProject(Api.project(
                id,
                "留守儿童关爱项目" + n,
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        return new Agency(id, project, member);
    }

    /** A published call of the funder, closed for submissions, with tranches of these shares (basis points). */
    long call(Funder funder, long poolFen, long maxAwardFen, int... sharesBp) {
        long id = Db.count(
                dataSource,
                "INSERT INTO funding_call (organisation_id, title, funding_type_code, pool_fen, max_award_fen,"
                        + " region_code, opens_at, closes_at, status, published_at, created_by) VALUES ("
                        + funder.id() + ", '昭通市留守儿童关爱服务项目" + SERIAL.incrementAndGet()
                        + "', 'government-purchase', " + poolFen + ", " + maxAwardFen
                        + ", '5306', now() - interval '30 days', now() - interval '1 day', 'published', now() - interval"
                        + " '30 days', " + funder.proposer().id() + ") RETURNING id");
        for (int i = 0; i < sharesBp.length; i++) {
            Db.execute(
                    dataSource,
                    "INSERT INTO funding_call_tranche (call_id, seq, share_bp, report_due_on) VALUES (" + id + ", "
                            + (i + 1) + ", " + sharesBp[i] + ", "
                            + (i == 0 ? "NULL" : "current_date + " + (90 * i)) + ")");
        }
        return id;
    }

    /** A submitted full proposal of the agency to the call, requesting the amount. */
    long application(Agency agency, long callId, long requestedFen) {
        return Db.count(
                dataSource,
                "INSERT INTO funding_application (call_id, organisation_id, project_id, stage, status, title,"
                        + " requested_fen, submitted_at, submitted_by, created_by) VALUES (" + callId + ", "
                        + agency.id() + ", " + agency.projectId() + ", 'full', 'submitted', '留守儿童成长陪伴计划', "
                        + requestedFen + ", now() - interval '2 days', "
                        + agency.member().id() + ", "
                        + agency.member().id() + ") RETURNING id");
    }

    Answer post(Person who, String path, Object body) {
        return api.send(HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(who.token()));
    }

    Answer postRaw(Person who, String path, String json) {
        return api.send(HttpRequest.POST(path, json)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(who.token()));
    }

    Answer put(Person who, String path, Object body) {
        return api.send(HttpRequest.PUT(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(who.token()));
    }

    Answer get(Person who, String path) {
        return api.send(HttpRequest.GET(path).bearerAuth(who.token()));
    }

    /** {@code POST …/calls/{callId}/awards}; asserts 201 and returns the award. */
    Answer propose(Funder funder, long callId, long applicationId, long amountFen) {
        Answer a = post(
                funder.proposer(),
                "/api/organisations/" + funder.id() + "/calls/" + callId + "/awards",
                body("applicationId", applicationId, "amountFen", amountFen, "conditions", "按季度提交进度报告"));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a;
    }

    Answer approve(Funder funder, Answer award) {
        return post(
                funder.approver(),
                "/api/organisations/" + funder.id() + "/awards/" + id(award) + "/approve",
                Map.of("version", award.body().get("version")));
    }

    Answer accept(Agency agency, Answer award) {
        return post(
                agency.member(),
                "/api/organisations/" + agency.id() + "/awards/" + id(award) + "/accept",
                Map.of("version", award.body().get("version"), "acceptConditions", true));
    }

    /** An award of the amount proposed, approved and accepted; answers the accepted award. */
    Answer acceptedAward(Funder funder, Agency agency, long callId, long amountFen) {
        Answer approved = approve(funder, propose(funder, callId, application(agency, callId, amountFen), amountFen));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Answer accepted = accept(agency, approved);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        return accepted;
    }

    /** {@code POST …/tranches/{id}/payments} by the funder's proposer. */
    Answer recordPayment(Funder funder, long trancheId, long amountFen, String key) {
        return post(
                funder.proposer(),
                "/api/organisations/" + funder.id() + "/tranches/" + trancheId + "/payments",
                body(
                        "amountFen",
                        amountFen,
                        "externalReference",
                        "ICBC-" + key,
                        "paidOn",
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .toString(),
                        "idempotencyKey",
                        key));
    }

    Answer approvePayment(Funder funder, long paymentId) {
        return post(
                funder.approver(),
                "/api/organisations/" + funder.id() + "/payments/" + paymentId + "/approve",
                Map.of());
    }

    static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> tranches(Answer award) {
        return new ArrayList<>((List<Map<String, Object>>) award.body().get("tranches"));
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    long count(String sql) {
        return Db.count(dataSource, sql);
    }
}

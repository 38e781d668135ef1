package org.qianshou.funding.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.funding.award.AwardFixtures.body;
import static org.qianshou.funding.award.AwardFixtures.id;
import static org.qianshou.funding.award.AwardFixtures.number;
import static org.qianshou.funding.award.AwardFixtures.tranches;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.funding.award.AwardFixtures.Agency;
import org.qianshou.funding.award.AwardFixtures.Funder;
import org.qianshou.funding.award.AwardFixtures.Person;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Awards through the HTTP API against the real database: propose, approve (four eyes), decline, accept, refuse; the
 * pool re-checked at approval; tranches from the call's schedule; bad input refused naming the field with nothing
 * written; the ledger append-only; who may see an award.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardApiIT implements TestPropertyProvider {

    /** ¥500,000 */
    static final long POOL = 50_000_000L;
    /** ¥150,000 */
    static final long MAX_AWARD = 15_000_000L;
    /** ¥120,000 */
    static final long AWARD = 12_000_000L;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    AcceptedAwards acceptedEvents;

    @Inject
    Awards awardsService;

    AwardFixtures fx;
    Funder funder;
    Agency agency;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("awardapi");
        properties.put("spec.name", "awards");
        return properties;
    }

    @BeforeEach
    void setUp() {
        if (fx == null) {
            // One client for the class: the administrator signs in once (log-ins are throttled per address).
            fx = new AwardFixtures(client.toBlocking(), dataSource, context);
        }
        funder = fx.funder();
        agency = fx.agency();
    }

    private String org(Funder f) {
        return "/api/organisations/" + f.id();
    }

    private String org(Agency a) {
        return "/api/organisations/" + a.id();
    }

    @Test
    void proposedByOneApprovedByAnotherAcceptedByTheAgency() {
        long call = fx.call(funder, POOL, MAX_AWARD, 3000, 4000, 3000);
        long application = fx.application(agency, call, 13_000_000L);

        Answer proposed = fx.propose(funder, call, application, AWARD);
        assertThat(proposed.body())
                .containsEntry("status", "proposed")
                .containsEntry("amountFen", (int) AWARD)
                .containsEntry("organisationId", (int) agency.id())
                .containsEntry("projectId", (int) agency.projectId())
                .containsEntry("conditions", "按季度提交进度报告")
                .containsEntry("proposedByMe", true);
        assertThat(tranches(proposed)).isEmpty();

        // The proposer cannot approve: 403 naming the rule, in Chinese by default and in English on request.
        Answer own = fx.post(
                funder.proposer(),
                org(funder) + "/awards/" + id(proposed) + "/approve",
                Map.of("version", proposed.body().get("version")));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat((String) own.body().get("type")).endsWith("/four-eyes");
        assertThat(own.body()).containsEntry("rule", "four-eyes").containsEntry("detail", "提议人不能批准自己的提议");
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isZero();
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE call_id = " + call))
                .isZero();

        Answer approved = fx.approve(funder, proposed);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body()).containsEntry("status", "approved").containsEntry("proposedByMe", false);
        // 30/40/30 of ¥120,000
        assertThat(tranches(approved))
                .extracting(t -> number(t, "amountFen"), t -> t.get("status"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3_600_000L, "pending"),
                        org.assertj.core.groups.Tuple.tuple(4_800_000L, "pending"),
                        org.assertj.core.groups.Tuple.tuple(3_600_000L, "pending"));
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isEqualTo(AWARD);
        assertThat(fx.count("SELECT amount_fen FROM funding_ledger_entry WHERE kind = 'commit' AND award_id = "
                        + id(proposed)))
                .isEqualTo(AWARD);
        assertThat(fx.count(
                        "SELECT count(*) FROM funding_application WHERE status = 'awarded' AND id = " + application))
                .isEqualTo(1);
        assertThat(fx.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'funding.ledger.commit' AND detail LIKE 'call "
                                + call + ", award " + id(proposed) + ",%'"))
                .isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM audit_event WHERE action = 'funding.award.approved' AND object_id = '"
                        + id(proposed) + "'"))
                .isEqualTo(1);

        Answer pool = fx.get(funder.approver(), org(funder) + "/calls/" + call + "/pool");
        assertThat(pool.body())
                .containsEntry("poolFen", (int) POOL)
                .containsEntry("committedFen", (int) AWARD)
                .containsEntry("remainingFen", (int) (POOL - AWARD))
                .containsEntry("paidFen", 0);
        Answer ledger = fx.get(funder.approver(), org(funder) + "/calls/" + call + "/ledger");
        assertThat(ledger.list("items"))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("kind", "commit")
                        .containsEntry("amountFen", (int) AWARD)
                        .containsEntry("awardId", (int) id(proposed))
                        .containsKey("organisationName"));

        // The agency sees the award; accepting needs the conditions accepted.
        Answer seen = fx.get(agency.member(), org(agency) + "/awards/" + id(proposed));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).containsEntry("status", "approved").containsEntry("funderOrganisationId", (int)
                funder.id());
        Answer withoutConditions = fx.post(
                agency.member(),
                org(agency) + "/awards/" + id(proposed) + "/accept",
                Map.of("version", approved.body().get("version")));
        assertThat(withoutConditions.status()).isEqualTo(400);
        assertThat(withoutConditions.errorFields()).containsExactly("acceptConditions");

        Answer accepted = fx.accept(agency, approved);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.body()).containsEntry("status", "accepted");
        assertThat(accepted.body().get("acceptedAt")).asString().endsWith("+08:00");
        assertThat(tranches(accepted))
                .extracting(t -> t.get("status"))
                .containsExactly("payable", "pending", "pending");
        assertThat(acceptedEvents.ids).contains(id(proposed));
        assertThat(awardsService.facts(id(proposed)).orElseThrow().status()).isEqualTo("accepted");
        assertThat(awardsService.tranches(id(proposed)))
                .extracting(TrancheFacts::amountFen)
                .containsExactly(3_600_000L, 4_800_000L, 3_600_000L);

        // Accepted once: a second acceptance is a conflict.
        assertThat(fx.accept(agency, accepted).status()).isEqualTo(409);
        Answer mine = fx.get(agency.member(), org(agency) + "/awards");
        assertThat(mine.list("items")).extracting(a -> number(a, "id")).containsExactly(id(proposed));
    }

    @Test
    void badAmountsAreRefusedNamingTheFieldAndNothingIsWritten() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        long application = fx.application(agency, call, 13_000_000L);
        String path = org(funder) + "/calls/" + call + "/awards";
        // Most of the pool is committed by another award, so that ¥20,000 remain.
        Agency other = fx.agency();
        long otherApplication = fx.application(other, call, MAX_AWARD);
        fx.approve(funder, fx.propose(funder, call, otherApplication, MAX_AWARD));
        Db.execute(
                dataSource, "UPDATE funding_call SET pool_fen = " + (MAX_AWARD + 2_000_000L) + " WHERE id = " + call);
        long awardsBefore = fx.count("SELECT count(*) FROM funding_award");
        long ledgerBefore = fx.count("SELECT count(*) FROM funding_ledger_entry");
        long auditBefore = fx.count("SELECT count(*) FROM audit_event");

        record Case(String json, String field, String message) {}
        List<Case> cases = List.of(
                new Case("{\"applicationId\":" + application + ",\"amountFen\":13000001}", "amountFen", "申请金额"),
                new Case("{\"applicationId\":" + application + ",\"amountFen\":2000001}", "amountFen", "资金池余额"),
                new Case("{\"applicationId\":" + application + ",\"amountFen\":-100}", "amountFen", "大于零"),
                new Case("{\"applicationId\":" + application + ",\"amountFen\":0}", "amountFen", "大于零"),
                new Case("{\"applicationId\":" + application + ",\"amountFen\":1500.5}", "amountFen", null),
                new Case("{\"applicationId\":" + application + "}", "amountFen", null),
                new Case("{\"amountFen\":100}", "applicationId", null),
                new Case("{\"applicationId\":999999,\"amountFen\":100}", "applicationId", null));
        for (Case c : cases) {
            Answer refused = fx.postRaw(funder.proposer(), path, c.json());
            assertThat(refused.status()).as(c.json() + " → " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.errorFields()).as(c.json()).containsExactly(c.field());
            if (c.message() != null) {
                assertThat((String) refused.list("errors").get(0).get("message"))
                        .contains(c.message());
            }
        }
        // Above the call's maximum (the pool is larger again for this one).
        Db.execute(dataSource, "UPDATE funding_call SET pool_fen = " + POOL + " WHERE id = " + call);
        Answer aboveMaximum = fx.postRaw(
                funder.proposer(),
                path,
                "{\"applicationId\":" + application + ",\"amountFen\":" + (MAX_AWARD + 1) + "}");
        assertThat(aboveMaximum.status()).isEqualTo(400);
        assertThat(aboveMaximum.errorFields()).containsExactly("amountFen");
        Answer english = fx.api()
                .send(io.micronaut.http.HttpRequest.POST(
                                path, "{\"applicationId\":" + application + ",\"amountFen\":-1}")
                        .contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)
                        .header("Accept-Language", "en")
                        .bearerAuth(funder.proposer().token()));
        assertThat((String) english.list("errors").get(0).get("message")).contains("greater than zero");

        assertThat(fx.count("SELECT count(*) FROM funding_award")).isEqualTo(awardsBefore);
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry")).isEqualTo(ledgerBefore);
        assertThat(fx.count("SELECT count(*) FROM audit_event")).isEqualTo(auditBefore);
    }

    @Test
    void approvalChecksThePoolAgainUnderTheLock() {
        long call = fx.call(funder, 20_000_000L, MAX_AWARD, 5000, 5000);
        Agency second = fx.agency();
        Answer first = fx.propose(funder, call, fx.application(agency, call, MAX_AWARD), MAX_AWARD);
        // Both fit when proposed; together they do not.
        Answer other = fx.propose(funder, call, fx.application(second, call, MAX_AWARD), 10_000_000L);
        assertThat(fx.approve(funder, first).status()).isEqualTo(200);
        Answer late = fx.approve(funder, other);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.errorFields()).containsExactly("amountFen");
        assertThat((String) late.list("errors").get(0).get("message")).contains("¥50,000.00");
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isEqualTo(MAX_AWARD);
        assertThat(fx.count("SELECT count(*) FROM funding_award WHERE status = 'proposed' AND id = " + id(other)))
                .isEqualTo(1);
        // A stale version is refused naming it.
        Answer stale =
                fx.post(funder.approver(), org(funder) + "/awards/" + id(other) + "/approve", Map.of("version", 99));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
    }

    @Test
    void aDeclineNeedsAReasonAndCommitsNothing() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        Answer proposed = fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD);
        String path = org(funder) + "/awards/" + id(proposed) + "/decline";
        Answer noReason = fx.post(funder.approver(), path, Map.of("reason", "  "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Answer declined = fx.post(funder.approver(), path, Map.of("reason", "预算说明不充分"));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body()).containsEntry("status", "declined").containsEntry("statusReason", "预算说明不充分");
        assertThat(fx.approve(funder, proposed).status()).isEqualTo(409);
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE call_id = " + call))
                .isZero();
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isZero();
    }

    @Test
    void aRefusalReleasesTheCommitment() {
        long call = fx.call(funder, POOL, MAX_AWARD, 3000, 7000);
        Answer approved = fx.approve(funder, fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD));
        assertThat(approved.status()).isEqualTo(200);
        String path = org(agency) + "/awards/" + id(approved) + "/refuse";
        assertThat(fx.post(agency.member(), path, Map.of()).errorFields()).containsExactly("reason");
        // The funder cannot refuse on the agency's behalf.
        assertThat(fx.post(
                                funder.approver(),
                                org(funder) + "/awards/" + id(approved) + "/refuse",
                                Map.of("reason", "x"))
                        .status())
                .isEqualTo(404);
        Answer refused = fx.post(agency.member(), path, Map.of("reason", "机构人手不足，无法执行"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.body()).containsEntry("status", "refused");
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isZero();
        assertThat(fx.count("SELECT amount_fen FROM funding_ledger_entry WHERE kind = 'release' AND call_id = " + call))
                .isEqualTo(-AWARD);
        assertThat(fx.count("SELECT coalesce(sum(amount_fen), 0) FROM funding_ledger_entry WHERE call_id = " + call))
                .isZero();
        assertThat(fx.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'funding.ledger.release' AND detail LIKE 'call "
                                + call + ",%'"))
                .isEqualTo(1);
        assertThat(fx.accept(agency, refused).status()).isEqualTo(409);
        // The application is in the running again: the funder may propose another award for it.
        assertThat(fx.count("SELECT count(*) FROM funding_application WHERE status = 'submitted' AND id = "
                        + number(refused.body(), "applicationId")))
                .isEqualTo(1);
        assertThat(fx.propose(funder, call, number(refused.body(), "applicationId"), AWARD / 2)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void tranchesAreRoundedDownButTheLastTakesTheRest() {
        long call = fx.call(funder, POOL, MAX_AWARD, 3333, 3333, 3334);
        Answer approved =
                fx.approve(funder, fx.propose(funder, call, fx.application(agency, call, 1_000_001L), 1_000_001L));
        assertThat(tranches(approved))
                .extracting(t -> number(t, "amountFen"))
                .containsExactly(333_300L, 333_300L, 333_401L);
        // An amount the schedule cannot split (1 fen in three tranches) is refused.
        Agency other = fx.agency();
        Answer tiny = fx.post(
                funder.proposer(),
                org(funder) + "/calls/" + call + "/awards",
                body("applicationId", fx.application(other, call, 100L), "amountFen", 2));
        assertThat(tiny.status()).isEqualTo(400);
        assertThat(tiny.errorFields()).containsExactly("amountFen");
    }

    @Test
    void onlyTheTwoSidesSeeAnAwardAndOnlyTheFunderActsOnIt() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        Answer proposed = fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD);
        Agency stranger = fx.agency();
        Person outsider = fx.person("路人");
        assertThat(fx.get(stranger.member(), org(stranger) + "/awards/" + id(proposed))
                        .status())
                .isEqualTo(404);
        assertThat(fx.get(outsider, org(funder) + "/awards/" + id(proposed)).status())
                .isEqualTo(403);
        assertThat(fx.post(
                                agency.member(),
                                org(agency) + "/awards/" + id(proposed) + "/approve",
                                Map.of("version", proposed.body().get("version")))
                        .status())
                .isEqualTo(404);
        assertThat(fx.post(
                                outsider,
                                org(funder) + "/calls/" + call + "/awards",
                                body("applicationId", 1, "amountFen", 1))
                        .status())
                .isEqualTo(403);
        assertThat(fx.api()
                        .getList(
                                org(funder) + "/calls/" + call + "/awards",
                                funder.proposer().token()))
                .extracting(a -> number(a, "id"))
                .containsExactly(id(proposed));
    }

    @Test
    void theLedgerIsAppendOnly() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        fx.approve(funder, fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD));
        assertThatThrownBy(() -> Db.execute(dataSource, "UPDATE funding_ledger_entry SET amount_fen = 1"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Db.execute(dataSource, "DELETE FROM funding_ledger_entry"))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void aCancelledCallTakesNoApproval() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        Answer proposed = fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD);
        Db.execute(dataSource, "UPDATE funding_call SET status = 'cancelled' WHERE id = " + call);
        Answer refused = fx.approve(funder, proposed);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("callId");
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isZero();
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE call_id = " + call))
                .isZero();
        assertThat(fx.count("SELECT count(*) FROM funding_tranche WHERE award_id = " + id(proposed)))
                .isZero();
    }

    @Test
    void theProposerMayWithdrawTheirOwnProposal() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        Answer proposed = fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD);
        Answer withdrawn = fx.post(
                funder.proposer(), org(funder) + "/awards/" + id(proposed) + "/decline", Map.of("reason", "金额有误"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body()).containsEntry("status", "declined").containsEntry("statusReason", "金额有误");
        assertThat(fx.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'funding.award.withdrawn' AND object_id = '"
                                + id(proposed) + "'"))
                .isEqualTo(1);
        // The application may be proposed again.
        assertThat(fx.propose(funder, call, number(proposed.body(), "applicationId"), AWARD - 1)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theAgencySeesAnAwardOnlyOnceItIsApproved() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        Answer proposed = fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD);
        String detail = org(agency) + "/awards/" + id(proposed);
        assertThat(fx.get(agency.member(), detail).status()).isEqualTo(404);
        assertThat(fx.get(agency.member(), org(agency) + "/awards").list("items"))
                .isEmpty();
        fx.post(funder.approver(), org(funder) + "/awards/" + id(proposed) + "/decline", Map.of("reason", "内部意见"));
        assertThat(fx.get(agency.member(), detail).status()).isEqualTo(404);
        assertThat(fx.get(agency.member(), org(agency) + "/awards").body()).containsEntry("total", 0);

        Answer second = fx.propose(funder, call, number(proposed.body(), "applicationId"), AWARD);
        assertThat(fx.approve(funder, second).status()).isEqualTo(200);
        assertThat(fx.get(agency.member(), org(agency) + "/awards/" + id(second))
                        .status())
                .isEqualTo(200);
        assertThat(fx.get(agency.member(), org(agency) + "/awards").list("items"))
                .extracting(a -> number(a, "id"))
                .containsExactly(id(second));
        // The funder still sees both.
        assertThat(fx.get(funder.approver(), org(funder) + "/awards").body()).containsEntry("total", 2);
    }

    @Test
    void noAwardIsApprovedForAnOrganisationNoLongerVerified() {
        long call = fx.call(funder, POOL, MAX_AWARD, 10_000);
        Answer proposed = fx.propose(funder, call, fx.application(agency, call, AWARD), AWARD);
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + agency.id());
        Answer refused = fx.approve(funder, proposed);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("organisationId");
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isZero();
        Db.execute(dataSource, "UPDATE organisation SET status = 'verified' WHERE id = " + agency.id());
        assertThat(fx.approve(funder, proposed).status()).isEqualTo(200);
    }
}

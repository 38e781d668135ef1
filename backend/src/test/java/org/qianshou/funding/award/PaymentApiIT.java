package org.qianshou.funding.award;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.funding.award.AwardFixtures.Agency;
import org.qianshou.funding.award.AwardFixtures.Funder;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Tranches and payments through the HTTP API: tranche 1 payable on acceptance, a later one when its report is
 * approved; a payment recorded by one member and approved by another (four eyes), never above what is unpaid, with
 * the ledger's payment entry and the paid amounts; rejections; the award completed when fully paid.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentApiIT implements TestPropertyProvider {

    static final long AWARD = 12_000_000L;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    Awards awards;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("paymentapi");
    }

    @Test
    void trancheByTrancheUntilTheAwardIsCompleted() {
        AwardFixtures fx = new AwardFixtures(client.toBlocking(), dataSource, context);
        Funder funder = fx.funder();
        Agency agency = fx.agency();
        long call = fx.call(funder, 50_000_000L, 15_000_000L, 3000, 4000, 3000);
        Answer award = fx.acceptedAward(funder, agency, call, AWARD);
        List<Map<String, Object>> tranches = tranches(award);
        long t1 = number(tranches.get(0), "id");
        long t2 = number(tranches.get(1), "id");
        long t3 = number(tranches.get(2), "id");
        String funderPath = "/api/organisations/" + funder.id();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        // Tranche 2 waits for its report.
        Answer early = fx.recordPayment(funder, t2, 1000, "early");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.errorFields()).containsExactly("trancheId");

        // Bad input: 400 naming the field, nothing written.
        record Case(Map<String, Object> body, String field) {}
        List<Case> cases = List.of(
                new Case(
                        body("amountFen", -5, "externalReference", "R", "paidOn", today, "idempotencyKey", "k1"),
                        "amountFen"),
                new Case(
                        body("amountFen", 3_600_001, "externalReference", "R", "paidOn", today, "idempotencyKey", "k2"),
                        "amountFen"),
                new Case(
                        body("amountFen", 100, "externalReference", " ", "paidOn", today, "idempotencyKey", "k3"),
                        "externalReference"),
                new Case(
                        body(
                                "amountFen",
                                100,
                                "externalReference",
                                "R",
                                "paidOn",
                                "2026-13-01",
                                "idempotencyKey",
                                "k4"),
                        "paidOn"),
                new Case(
                        body(
                                "amountFen",
                                100,
                                "externalReference",
                                "R",
                                "paidOn",
                                LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                        .plusDays(2)
                                        .toString(),
                                "idempotencyKey",
                                "k5"),
                        "paidOn"),
                new Case(body("amountFen", 100, "externalReference", "R", "paidOn", today), "idempotencyKey"));
        for (Case c : cases) {
            Answer refused = fx.post(funder.proposer(), funderPath + "/tranches/" + t1 + "/payments", c.body());
            assertThat(refused.status()).as(c.body() + " → " + refused).isEqualTo(400);
            assertThat(refused.errorFields()).as(c.body().toString()).containsExactly(c.field());
        }
        Answer fractional = fx.postRaw(
                funder.proposer(),
                funderPath + "/tranches/" + t1 + "/payments",
                "{\"amountFen\":10.5,\"externalReference\":\"R\",\"paidOn\":\"" + today
                        + "\",\"idempotencyKey\":\"k6\"}");
        assertThat(fractional.status()).isEqualTo(400);
        assertThat(fractional.errorFields()).containsExactly("amountFen");
        assertThat(fx.count("SELECT count(*) FROM funding_payment")).isZero();
        // The agency records no payments.
        assertThat(fx.post(
                                agency.member(),
                                "/api/organisations/" + agency.id() + "/tranches/" + t1 + "/payments",
                                body(
                                        "amountFen",
                                        100,
                                        "externalReference",
                                        "R",
                                        "paidOn",
                                        today,
                                        "idempotencyKey",
                                        "a"))
                        .status())
                .isEqualTo(404);

        // A part of tranche 1; while it waits for approval no other payment of the tranche is recorded.
        Answer part = fx.recordPayment(funder, t1, 1_000_000, "t1-a");
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        assertThat(part.body())
                .containsEntry("status", "recorded")
                .containsEntry("paidOn", today)
                .containsEntry("recordedByMe", true);
        assertThat(fx.recordPayment(funder, t1, 100, "t1-b").errorFields()).containsExactly("trancheId");

        Answer own = fx.post(funder.proposer(), funderPath + "/payments/" + id(part) + "/approve", Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).containsEntry("rule", "four-eyes");
        assertThat((String) own.body().get("type")).endsWith("/four-eyes");
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE kind = 'payment'"))
                .isZero();

        Answer approved = fx.approvePayment(funder, id(part));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body()).containsEntry("status", "approved").containsEntry("recordedByMe", false);
        assertThat(fx.count("SELECT amount_fen FROM funding_ledger_entry WHERE kind = 'payment' AND payment_id = "
                        + id(part)))
                .isEqualTo(1_000_000L);
        assertThat(fx.count("SELECT paid_fen FROM funding_tranche WHERE id = " + t1))
                .isEqualTo(1_000_000L);
        assertThat(fx.count("SELECT paid_fen FROM funding_award WHERE id = " + id(award)))
                .isEqualTo(1_000_000L);
        assertThat(fx.count("SELECT count(*) FROM audit_event WHERE action = 'funding.ledger.payment'"))
                .isEqualTo(1);
        assertThat(fx.approvePayment(funder, id(part)).status()).isEqualTo(409);

        // The rest: recorded, rejected with a reason (nothing in the ledger), recorded again and approved.
        Answer rest = fx.recordPayment(funder, t1, 2_600_001, "t1-c");
        assertThat(rest.status()).isEqualTo(400);
        assertThat(rest.errorFields()).containsExactly("amountFen");
        rest = fx.recordPayment(funder, t1, 2_600_000, "t1-d");
        assertThat(rest.status()).isEqualTo(201);
        String reject = funderPath + "/payments/" + id(rest) + "/reject";
        assertThat(fx.post(funder.approver(), reject, Map.of()).errorFields()).containsExactly("reason");
        Answer rejected = fx.post(funder.approver(), reject, Map.of("reason", "银行流水号有误"));
        assertThat(rejected.body()).containsEntry("status", "rejected").containsEntry("statusReason", "银行流水号有误");
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE kind = 'payment'"))
                .isEqualTo(1);
        Answer again = fx.recordPayment(funder, t1, 2_600_000, "t1-e");
        assertThat(fx.approvePayment(funder, id(again)).status()).isEqualTo(200);
        assertThat(fx.count("SELECT count(*) FROM funding_tranche WHERE status = 'paid' AND id = " + t1))
                .isEqualTo(1);

        // Tranche 2 once its report is approved (the report stream calls this), then tranche 3.
        awards.reportApproved(t2);
        Answer second = fx.recordPayment(funder, t2, 4_800_000, "t2");
        assertThat(second.status()).isEqualTo(201);
        assertThat(fx.approvePayment(funder, id(second)).status()).isEqualTo(200);
        awards.reportApproved(t3);
        Answer third = fx.recordPayment(funder, t3, 3_600_000, "t3");
        assertThat(fx.approvePayment(funder, id(third)).status()).isEqualTo(200);

        Answer done = fx.get(agency.member(), "/api/organisations/" + agency.id() + "/awards/" + id(award));
        assertThat(done.body()).containsEntry("status", "completed").containsEntry("paidFen", (int) AWARD);
        assertThat(tranches(done)).extracting(t -> t.get("status")).containsExactly("paid", "paid", "paid");
        assertThat(tranches(done).get(0).get("payments")).asList().hasSize(3);
        assertThat(fx.count("SELECT sum(amount_fen) FROM funding_ledger_entry WHERE kind = 'payment' AND award_id = "
                        + id(award)))
                .isEqualTo(AWARD);
        assertThat(fx.count("SELECT sum(amount_fen) FROM funding_payment WHERE status = 'approved'"))
                .isEqualTo(AWARD);
        Answer pool = fx.get(funder.approver(), funderPath + "/calls/" + call + "/pool");
        assertThat(pool.body()).containsEntry("paidFen", (int) AWARD).containsEntry("committedFen", (int) AWARD);
        assertThat(fx.recordPayment(funder, t3, 1, "t3-more").errorFields()).containsExactly("trancheId");
    }

    @Test
    void theRecorderMayRejectTheirOwnPaymentAndNoMoneyMovesToASuspendedAgency() {
        AwardFixtures fx = new AwardFixtures(client.toBlocking(), dataSource, context);
        Funder funder = fx.funder();
        Agency agency = fx.agency();
        long call = fx.call(funder, 50_000_000L, 15_000_000L, 10_000);
        Answer award = fx.acceptedAward(funder, agency, call, 1_000_000L);
        long t1 = number(tranches(award).get(0), "id");
        String funderPath = "/api/organisations/" + funder.id();

        Answer mistaken = fx.recordPayment(funder, t1, 500_000L, "own-1");
        Answer withdrawn = fx.post(
                funder.proposer(), funderPath + "/payments/" + id(mistaken) + "/reject", Map.of("reason", "录错金额"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body()).containsEntry("status", "rejected");

        // Suspended by the administrator: no payment is recorded or approved for it.
        Answer recorded = fx.recordPayment(funder, t1, 500_000L, "own-2");
        assertThat(recorded.status()).isEqualTo(201);
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + agency.id());
        Answer approve = fx.approvePayment(funder, id(recorded));
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.errorFields()).containsExactly("organisationId");
        fx.post(funder.approver(), funderPath + "/payments/" + id(recorded) + "/reject", Map.of("reason", "机构已暂停"));
        Answer record = fx.recordPayment(funder, t1, 500_000L, "own-3");
        assertThat(record.status()).isEqualTo(409);
        assertThat(record.errorFields()).containsExactly("organisationId");
        assertThat(fx.count(
                        "SELECT count(*) FROM funding_ledger_entry WHERE kind = 'payment' AND award_id = " + id(award)))
                .isZero();
        assertThat(fx.count("SELECT paid_fen FROM funding_award WHERE id = " + id(award)))
                .isZero();
    }
}

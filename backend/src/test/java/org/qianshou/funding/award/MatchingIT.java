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
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.funding.award.AwardFixtures.Agency;
import org.qianshou.funding.award.AwardFixtures.Funder;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Matching (配捐): a second funder pledges to match a call's awards 1:1 up to a cap (four eyes); each award approved
 * in the call draws a matching award from the pledge (the rest of the pledge when less than the award is left); the
 * matching award is accepted with the matched one, its tranche becomes payable when the matched tranche is paid, and
 * the matcher's members pay it (four eyes); a refusal releases both. The project then holds awards of two funders.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    AwardFixtures fx;
    /** The funder of the call. */
    Funder funder;
    /** The second funder, who pledges to match the call's awards. */
    Funder matcher;

    Agency agency;
    Agency second;
    /** The call: a pool of ¥500,000, at most ¥150,000 an award, in two tranches of half each. */
    long call;

    String matcherPath;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("matching");
    }

    /** What each test starts from: two funders, two agencies with a published project each, and the call. */
    @BeforeEach
    void twoFundersTwoAgenciesAndACall() {
        fx = new AwardFixtures(client.toBlocking(), dataSource, context);
        funder = fx.funder();
        matcher = fx.funder();
        agency = fx.agency();
        second = fx.agency();
        call = fx.call(funder, 50_000_000L, 15_000_000L, 5000, 5000);
        matcherPath = "/api/organisations/" + matcher.id();
    }

    @Test
    void aPledgeMatchesAwardsUpToItsCapAndFollowsThemThroughPayment() {

        // The pledge: bad input, then proposed and approved by two different members.
        Answer noCap = fx.post(matcher.proposer(), matcherPath + "/matches", body("callId", call, "capFen", 0));
        assertThat(noCap.status()).isEqualTo(400);
        assertThat(noCap.errorFields()).containsExactly("capFen");
        Answer ownCall = fx.post(
                funder.proposer(), "/api/organisations/" + funder.id() + "/matches", body("callId", call, "capFen", 1));
        assertThat(ownCall.errorFields()).containsExactly("callId");
        Answer agencyPledge = fx.post(
                agency.member(), "/api/organisations/" + agency.id() + "/matches", body("callId", call, "capFen", 1));
        assertThat(agencyPledge.status()).isEqualTo(403);
        Answer pledge =
                fx.post(matcher.proposer(), matcherPath + "/matches", body("callId", call, "capFen", 15_000_000L));
        assertThat(pledge.status()).as(pledge.toString()).isEqualTo(201);
        assertThat(pledge.body())
                .containsEntry("status", "proposed")
                .containsEntry("remainingFen", 15_000_000)
                .containsEntry("proposedByMe", true);
        Answer own = fx.post(matcher.proposer(), matcherPath + "/matches/" + id(pledge) + "/approve", Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).containsEntry("rule", "four-eyes");
        Answer active = fx.post(matcher.approver(), matcherPath + "/matches/" + id(pledge) + "/approve", Map.of());
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.body()).containsEntry("status", "active");

        // An award of ¥120,000 draws ¥120,000; one of ¥60,000 draws the ¥30,000 left.
        Answer first =
                fx.approve(funder, fx.propose(funder, call, fx.application(agency, call, 12_000_000L), 12_000_000L));
        assertThat(first.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> matching =
                (List<Map<String, Object>>) first.body().get("matchingAwards");
        assertThat(matching)
                .singleElement()
                .satisfies(m ->
                        assertThat(m).containsEntry("amountFen", 12_000_000).containsEntry("status", "approved"));
        long matchingId = number(matching.get(0), "id");
        Answer other =
                fx.approve(funder, fx.propose(funder, call, fx.application(second, call, 6_000_000L), 6_000_000L));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rest =
                (List<Map<String, Object>>) other.body().get("matchingAwards");
        assertThat(rest).singleElement().satisfies(m -> assertThat(m).containsEntry("amountFen", 3_000_000));
        assertThat(fx.count("SELECT committed_fen FROM funding_match WHERE id = " + id(pledge)))
                .isEqualTo(15_000_000L);
        // The call's pool holds only its own awards; the pledge's entries carry it.
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isEqualTo(18_000_000L);
        assertThat(fx.count("SELECT sum(amount_fen) FROM funding_ledger_entry WHERE match_id = " + id(pledge)))
                .isEqualTo(15_000_000L);
        Answer pool = fx.get(funder.approver(), "/api/organisations/" + funder.id() + "/calls/" + call + "/pool");
        assertThat(pool.list("matches"))
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .containsEntry("committedFen", 15_000_000)
                        .containsEntry("capFen", 15_000_000)
                        .containsEntry("status", "active"));
        Answer exhausted =
                fx.approve(funder, fx.propose(funder, call, fx.application(fx.agency(), call, 1_000_000L), 1_000_000L));
        assertThat((List<?>) exhausted.body().get("matchingAwards")).isEmpty();

        // The agency accepts: the matching award with it, its tranche 1 still waiting for the matched payment.
        Answer accepted = fx.accept(agency, first);
        assertThat(accepted.status()).isEqualTo(200);
        Answer matchingAward = fx.get(matcher.approver(), matcherPath + "/awards/" + matchingId);
        assertThat(matchingAward.body())
                .containsEntry("status", "accepted")
                .containsEntry("matchedAwardId", (int) id(first))
                .containsEntry("projectId", (int) agency.projectId());
        assertThat(tranches(matchingAward)).extracting(t -> t.get("status")).containsExactly("pending", "pending");
        long matchingT1 = number(tranches(matchingAward).get(0), "id");
        assertThat(fx.recordPayment(matcher, matchingT1, 1000, "m-early").errorFields())
                .containsExactly("trancheId");

        long t1 = number(tranches(accepted).get(0), "id");
        Answer paid = fx.recordPayment(funder, t1, 6_000_000L, "f-t1");
        assertThat(fx.approvePayment(funder, id(paid)).status()).isEqualTo(200);
        matchingAward = fx.get(matcher.approver(), matcherPath + "/awards/" + matchingId);
        assertThat(tranches(matchingAward)).extracting(t -> t.get("status")).containsExactly("payable", "pending");
        // The matcher pays its tranche, four eyes; the funder of the call cannot.
        assertThat(fx.recordPayment(funder, matchingT1, 6_000_000L, "wrong-funder")
                        .status())
                .isEqualTo(404);
        Answer matcherPays = fx.recordPayment(matcher, matchingT1, 6_000_000L, "m-t1");
        assertThat(matcherPays.status()).isEqualTo(201);
        assertThat(fx.post(matcher.proposer(), matcherPath + "/payments/" + id(matcherPays) + "/approve", Map.of())
                        .body())
                .containsEntry("rule", "four-eyes");
        assertThat(fx.approvePayment(matcher, id(matcherPays)).status()).isEqualTo(200);
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE kind = 'payment' AND match_id = "
                        + id(pledge) + " AND funder_organisation_id = " + matcher.id()))
                .isEqualTo(1);

        // The project holds awards of two funders; the agency sees both.
        Answer mine = fx.get(agency.member(), "/api/organisations/" + agency.id() + "/awards");
        assertThat(mine.list("items"))
                .extracting(a -> number(a, "funderOrganisationId"))
                .containsExactlyInAnyOrder(funder.id(), matcher.id());
        assertThat(fx.api().getList(matcherPath + "/matches", matcher.proposer().token()))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("committedFen", 15_000_000));

        // The second agency refuses: its award and the matching one are released.
        Answer refused = fx.post(
                second.member(),
                "/api/organisations/" + second.id() + "/awards/" + id(other) + "/refuse",
                Map.of("reason", "项目周期调整"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(fx.count("SELECT committed_fen FROM funding_match WHERE id = " + id(pledge)))
                .isEqualTo(12_000_000L);
        assertThat(fx.count("SELECT count(*) FROM funding_award WHERE status = 'cancelled' AND matched_award_id = "
                        + id(other)))
                .isEqualTo(1);
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isEqualTo(13_000_000L);
        assertThat(fx.count("SELECT sum(amount_fen) FROM funding_ledger_entry WHERE kind <> 'payment' AND match_id = "
                        + id(pledge)))
                .isEqualTo(12_000_000L);
    }

    @Test
    void theMatchingTrancheWaitsUntilTheMatchedOneIsFullyPaidAndAProposerMayDeclineTheirOwnPledge() {

        Answer mistaken = fx.post(matcher.proposer(), matcherPath + "/matches", body("callId", call, "capFen", 1_000L));
        Answer withdrawn = fx.post(
                matcher.proposer(), matcherPath + "/matches/" + id(mistaken) + "/decline", Map.of("reason", "上限写错"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.body()).containsEntry("status", "declined");

        Answer pledge =
                fx.post(matcher.proposer(), matcherPath + "/matches", body("callId", call, "capFen", 12_000_000L));
        assertThat(fx.post(matcher.approver(), matcherPath + "/matches/" + id(pledge) + "/approve", Map.of())
                        .status())
                .isEqualTo(200);
        Answer award = fx.acceptedAward(funder, agency, call, 12_000_000L);
        @SuppressWarnings("unchecked")
        long matchingId = number(((List<Map<String, Object>>) award.body().get("matchingAwards")).get(0), "id");
        long t1 = number(tranches(award).get(0), "id");

        // ¥10,000 of the matched ¥60,000: the matching tranche still waits.
        assertThat(fx.approvePayment(funder, id(fx.recordPayment(funder, t1, 1_000_000L, "part-1")))
                        .status())
                .isEqualTo(200);
        Answer matching = fx.get(matcher.approver(), matcherPath + "/awards/" + matchingId);
        assertThat(tranches(matching)).extracting(t -> t.get("status")).containsExactly("pending", "pending");
        assertThat(fx.recordPayment(matcher, number(tranches(matching).get(0), "id"), 6_000_000L, "m-1")
                        .errorFields())
                .containsExactly("trancheId");
        // The rest: the matched tranche is paid, the matching one payable.
        assertThat(fx.approvePayment(funder, id(fx.recordPayment(funder, t1, 5_000_000L, "part-2")))
                        .status())
                .isEqualTo(200);
        matching = fx.get(matcher.approver(), matcherPath + "/awards/" + matchingId);
        assertThat(tranches(matching)).extracting(t -> t.get("status")).containsExactly("payable", "pending");
    }

    /**
     * A matching award has its own reports, made when it is accepted with the matched award, by the same rule (the
     * same due dates), in the matcher's funded-reports inbox; its second tranche becomes payable when the matcher
     * approved its report and the matched second tranche is paid in full, whichever comes last.
     */
    @Test
    void theMatchingAwardReportsToTheMatcherAndItsTrancheWaitsForBothItsReportAndTheMatchedPayment() {
        Answer pledge =
                fx.post(matcher.proposer(), matcherPath + "/matches", body("callId", call, "capFen", 20_000_000L));
        assertThat(fx.post(matcher.approver(), matcherPath + "/matches/" + id(pledge) + "/approve", Map.of())
                        .status())
                .isEqualTo(200);
        Answer award = fx.acceptedAward(funder, agency, call, 10_000_000L);
        @SuppressWarnings("unchecked")
        long matchingId = number(((List<Map<String, Object>>) award.body().get("matchingAwards")).get(0), "id");

        // The same schedule as the matched award's, accepted in the same transaction.
        String schedule = "SELECT string_agg(r.kind || ' ' || r.seq || ' ' || r.due_on || ' ' || coalesce(t.seq, 0),"
                + " ', ' ORDER BY r.seq) FROM funding_report r LEFT JOIN funding_tranche t ON t.id = r.tranche_id"
                + " WHERE r.award_id = ";
        String matched = Db.text(dataSource, schedule + id(award));
        assertThat(matched).contains("progress", "final");
        assertThat(Db.text(dataSource, schedule + matchingId)).isEqualTo(matched);
        assertThat(fx.count("SELECT count(*) FROM audit_event WHERE action = 'funding.report.scheduled'"
                        + " AND object_id = '" + matchingId + "'"))
                .isEqualTo(1);

        // The matcher's inbox holds the matching award's reports, the call's funder's holds the matched ones.
        List<Map<String, Object>> matcherInbox = fx.api()
                .getList(
                        matcherPath + "/funded-reports?status=all",
                        matcher.approver().token());
        assertThat(matcherInbox)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(number(r, "awardId")).isEqualTo(matchingId));
        List<Map<String, Object>> funderInbox = fx.api()
                .getList(
                        "/api/organisations/" + funder.id() + "/funded-reports?status=all",
                        funder.approver().token());
        assertThat(funderInbox).extracting(r -> number(r, "awardId")).doesNotContain(matchingId);

        // Tranche 1 paid on both sides.
        long t1 = number(tranches(award).get(0), "id");
        long t2 = number(tranches(award).get(1), "id");
        assertThat(fx.approvePayment(funder, id(fx.recordPayment(funder, t1, 5_000_000L, "r-f1")))
                        .status())
                .isEqualTo(200);
        Answer matching = fx.get(matcher.approver(), matcherPath + "/awards/" + matchingId);
        long m1 = number(tranches(matching).get(0), "id");
        long m2 = number(tranches(matching).get(1), "id");
        assertThat(fx.approvePayment(matcher, id(fx.recordPayment(matcher, m1, 5_000_000L, "r-m1")))
                        .status())
                .isEqualTo(200);

        // The matcher approves its report first: its tranche 2 waits for the matched tranche 2's payment.
        Answer approved = approveReport(matcher, submitted(agency, matchingId, 2));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(status(m2)).isEqualTo("pending");
        assertThat(fx.recordPayment(matcher, m2, 1000, "r-m2-early").errorFields())
                .containsExactly("trancheId");
        // The call's funder approves the matched report and pays tranche 2 in full: now the matching one is payable.
        assertThat(approveReport(funder, submitted(agency, id(award), 2)).status())
                .isEqualTo(200);
        assertThat(status(t2)).isEqualTo("payable");
        assertThat(status(m2)).isEqualTo("pending");
        assertThat(fx.approvePayment(funder, id(fx.recordPayment(funder, t2, 5_000_000L, "r-f2")))
                        .status())
                .isEqualTo(200);
        assertThat(status(m2)).isEqualTo("payable");

        // The other order: the matched tranche 2 is paid before the matcher approved its report; the report's
        // approval makes it payable.
        Answer other = fx.acceptedAward(funder, second, call, 10_000_000L);
        @SuppressWarnings("unchecked")
        long otherMatching = number(((List<Map<String, Object>>) other.body().get("matchingAwards")).get(0), "id");
        long o1 = number(tranches(other).get(0), "id");
        long o2 = number(tranches(other).get(1), "id");
        Answer otherMatchingAward = fx.get(matcher.approver(), matcherPath + "/awards/" + otherMatching);
        long om2 = number(tranches(otherMatchingAward).get(1), "id");
        assertThat(fx.approvePayment(funder, id(fx.recordPayment(funder, o1, 5_000_000L, "o-f1")))
                        .status())
                .isEqualTo(200);
        assertThat(approveReport(funder, submitted(second, id(other), 2)).status())
                .isEqualTo(200);
        assertThat(fx.approvePayment(funder, id(fx.recordPayment(funder, o2, 5_000_000L, "o-f2")))
                        .status())
                .isEqualTo(200);
        assertThat(status(om2)).as("its report is not approved yet").isEqualTo("pending");
        assertThat(approveReport(matcher, submitted(second, otherMatching, 2)).status())
                .isEqualTo(200);
        assertThat(status(om2)).isEqualTo("payable");
    }

    /**
     * The agency's report on tranche {@code trancheSeq} of the award, submitted as the agency does it: its member reads it
     * from the agency's reports, saves a draft (a narrative, the actuals of its budget) and submits it.
     */
    private long submitted(Agency agency, long awardId, int trancheSeq) {
        String reports = "/api/organisations/" + agency.id() + "/reports";
        long report = fx.api().getList(reports, agency.member().token()).stream()
                .filter(r -> number(r, "awardId") == awardId
                        && Integer.valueOf(trancheSeq).equals(r.get("trancheSeq")))
                .map(r -> number(r, "id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report on tranche " + trancheSeq + " of award " + awardId));
        Answer detail = fx.get(agency.member(), reports + "/" + report);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        List<Map<String, Object>> actuals = detail.list("budget").stream()
                .map(line ->
                        body("category", line.get("category"), "actualFen", line.get("budgetFen"), "explanation", ""))
                .toList();
        Answer saved = fx.put(
                agency.member(),
                reports + "/" + report,
                body(
                        "narrative",
                        "本期开展家访 40 次，陪伴留守儿童 20 人。",
                        "indicators",
                        List.of(),
                        "budget",
                        actuals,
                        "version",
                        detail.body().get("version")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Answer submitted = fx.post(
                agency.member(),
                reports + "/" + report + "/submit",
                Map.of("version", saved.body().get("version")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.body()).containsEntry("status", "submitted");
        return report;
    }

    private Answer approveReport(Funder funder, long report) {
        return fx.post(
                funder.approver(),
                "/api/organisations/" + funder.id() + "/funded-reports/" + report + "/approve",
                Map.of());
    }

    private String status(long trancheId) {
        return Db.text(dataSource, "SELECT status FROM funding_tranche WHERE id = " + trancheId);
    }
}

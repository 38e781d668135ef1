package org.qianshou.funding.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.funding.award.AwardFixtures.Agency;
import org.qianshou.funding.award.AwardFixtures.Funder;
import org.qianshou.testing.RealServices;

/**
 * The {@link Awards} service the report and disclosure streams use: an award's facts and tranches, and a report's
 * approval making a pending tranche of an accepted award payable (and nothing else).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardsIT implements TestPropertyProvider {

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
        return RealServices.isolatedProperties("awards");
    }

    /** An award row in the given status with two tranches of 300 and 700 fen, the first payable when accepted. */
    private long award(AwardFixtures fx, Funder funder, Agency agency, String status) {
        long call = fx.call(funder, 100_000, 10_000, 3000, 7000);
        long application = fx.application(agency, call, 1000);
        long award = fx.count("INSERT INTO funding_award (call_id, application_id, funder_organisation_id,"
                + " organisation_id, project_id, amount_fen, status, proposed_by, decided_by, decided_at, accepted_at)"
                + " VALUES (" + call + ", " + application + ", " + funder.id() + ", " + agency.id() + ", "
                + agency.projectId() + ", 1000, '" + status + "', "
                + funder.proposer().id() + ", "
                + funder.approver().id() + ", now(), " + ("accepted".equals(status) ? "now()" : "NULL")
                + ") RETURNING id");
        fx.count("INSERT INTO funding_tranche (award_id, seq, amount_fen, status) VALUES (" + award + ", 1, 300, '"
                + ("accepted".equals(status) ? "payable" : "pending") + "') RETURNING id");
        fx.count("INSERT INTO funding_tranche (award_id, seq, amount_fen, report_due_on) VALUES (" + award
                + ", 2, 700, DATE '2027-03-31') RETURNING id");
        return award;
    }

    @Test
    void factsTranchesAndAReportApprovedMakeTheNextTranchePayable() {
        AwardFixtures fx = new AwardFixtures(client.toBlocking(), dataSource, context);
        Funder funder = fx.funder();
        Agency agency = fx.agency();
        long accepted = award(fx, funder, agency, "accepted");

        AwardFacts facts = awards.facts(accepted).orElseThrow();
        assertThat(facts.status()).isEqualTo("accepted");
        assertThat(facts.amountFen()).isEqualTo(1000);
        assertThat(facts.funderOrganisationId()).isEqualTo(funder.id());
        assertThat(facts.organisationId()).isEqualTo(agency.id());
        assertThat(facts.projectId()).isEqualTo(agency.projectId());
        assertThat(facts.matchedAwardId()).isNull();
        assertThat(facts.acceptedAt()).isNotNull();
        assertThat(awards.facts(accepted + 1000)).isEmpty();

        var tranches = awards.tranches(accepted);
        assertThat(tranches)
                .extracting(TrancheFacts::seq, TrancheFacts::amountFen, TrancheFacts::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 300L, "payable"),
                        org.assertj.core.groups.Tuple.tuple(2, 700L, "pending"));
        assertThat(tranches.get(1).reportDueOn()).hasToString("2027-03-31");

        awards.reportApproved(tranches.get(1).id());
        assertThat(awards.tranches(accepted)).extracting(TrancheFacts::status).containsExactly("payable", "payable");
        assertThat(fx.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'funding.tranche.payable' AND object_id = '"
                                + tranches.get(1).id() + "'"))
                .isEqualTo(1);
        // Once payable it stays so; a second approval changes nothing.
        awards.reportApproved(tranches.get(1).id());
        assertThat(fx.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'funding.tranche.payable' AND object_id = '"
                                + tranches.get(1).id() + "'"))
                .isEqualTo(1);

        // An award not (yet) accepted keeps its tranches pending.
        long approved = award(fx, funder, fx.agency(), "approved");
        long second = awards.tranches(approved).get(1).id();
        awards.reportApproved(second);
        assertThat(awards.tranches(approved)).extracting(TrancheFacts::status).containsExactly("pending", "pending");
    }
}

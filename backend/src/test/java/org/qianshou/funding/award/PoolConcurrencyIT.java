package org.qianshou.funding.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.funding.award.AwardFixtures.Agency;
import org.qianshou.funding.award.AwardFixtures.Funder;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.RealServices;

/**
 * 200 awards of one pool, each its own application, are approved at the same moment, each on its own thread through
 * the HTTP API; the pool fits 150 of them. Exactly 150 are approved and the other 50 refused with 409 naming
 * {@code amountFen}; Σ approved never exceeds the pool; the call's committed amount equals the ledger's commitments.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolConcurrencyIT implements TestPropertyProvider {

    static final int AWARDS = 200;
    static final int FIT = 150;
    /** ¥10,000 each */
    static final long AMOUNT = 1_000_000L;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("poolconcurrency");
        // 200 requests share 10 connections while they queue for the call's lock: they wait for a connection longer
        // than the default 5 s on a busy machine, which is a 503, not what this test is about.
        properties.put("datasources.default.connection-timeout", "120000");
        properties.put("micronaut.http.client.read-timeout", "120s");
        return properties;
    }

    @Test
    void twoHundredApprovalsAtOnceOnAPoolThatFitsOneHundredAndFifty() throws Exception {
        AwardFixtures fx = new AwardFixtures(client.toBlocking(), dataSource, context);
        Funder funder = fx.funder();
        long call = fx.call(funder, FIT * AMOUNT, AMOUNT, 3000, 4000, 3000);
        Agency first = fx.agency();
        List<Answer> proposed = new ArrayList<>();
        for (int i = 0; i < AWARDS; i++) {
            // One live application per organisation and call: each award is another agency's. They share one
            // project: what the pool holds does not depend on it.
            Agency agency = i == 0 ? first : new Agency(fx.organisationOnly(), first.projectId(), first.member());
            proposed.add(fx.propose(funder, call, fx.application(agency, call, AMOUNT), AMOUNT));
        }

        ExecutorService threads = Executors.newFixedThreadPool(AWARDS);
        CountDownLatch ready = new CountDownLatch(AWARDS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (Answer award : proposed) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return fx.approve(funder, award);
                }));
            }
            ready.await();
            go.countDown();
            int approved = 0;
            int refused = 0;
            List<String> other = new ArrayList<>();
            for (Future<Answer> f : futures) {
                Answer answer = f.get();
                if (answer.status() == 200) {
                    approved++;
                } else if (answer.status() == 409 && answer.errorFields().equals(List.of("amountFen"))) {
                    refused++;
                } else {
                    other.add(answer.toString());
                }
            }
            assertThat(other)
                    .as("answers other than 200 and 409 naming amountFen")
                    .isEmpty();
            assertThat(approved).isEqualTo(FIT);
            assertThat(refused).isEqualTo(AWARDS - FIT);
        } finally {
            threads.shutdownNow();
        }

        long pool = fx.count("SELECT pool_fen FROM funding_call WHERE id = " + call);
        long sumApproved = fx.count(
                "SELECT coalesce(sum(amount_fen), 0) FROM funding_award WHERE status = 'approved' AND call_id = "
                        + call);
        assertThat(sumApproved).isLessThanOrEqualTo(pool).isEqualTo(FIT * AMOUNT);
        assertThat(fx.count("SELECT committed_fen FROM funding_call WHERE id = " + call))
                .isEqualTo(sumApproved);
        assertThat(fx.count("SELECT coalesce(sum(amount_fen), 0) FROM funding_ledger_entry WHERE kind IN ('commit',"
                        + " 'release') AND match_id IS NULL AND call_id = " + call))
                .isEqualTo(sumApproved);
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE kind = 'commit' AND call_id = " + call))
                .isEqualTo(FIT);
        // Every approved award has its ledger entry and its three tranches summing to it; no proposed one has any.
        assertThat(fx.count("SELECT count(*) FROM funding_award a WHERE a.call_id = " + call
                        + " AND a.status = 'approved' AND (SELECT count(*) FROM funding_ledger_entry l WHERE l.award_id"
                        + " = a.id AND l.kind = 'commit' AND l.amount_fen = a.amount_fen) = 1 AND (SELECT sum(t.amount_fen)"
                        + " FROM funding_tranche t WHERE t.award_id = a.id) = a.amount_fen AND (SELECT count(*) FROM"
                        + " funding_tranche t WHERE t.award_id = a.id) = 3"))
                .isEqualTo(FIT);
        assertThat(fx.count("SELECT count(*) FROM funding_tranche t JOIN funding_award a ON a.id = t.award_id"
                        + " WHERE a.status = 'proposed'"))
                .isZero();
        assertThat(fx.count("SELECT count(*) FROM funding_application WHERE status = 'awarded' AND call_id = " + call))
                .isEqualTo(FIT);
        assertThat(fx.count("SELECT count(*) FROM audit_event WHERE action = 'funding.ledger.commit'"))
                .isEqualTo(FIT);
    }
}

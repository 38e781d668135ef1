package org.qianshou.funding.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.funding.award.AwardFixtures.id;
import static org.qianshou.funding.award.AwardFixtures.number;
import static org.qianshou.funding.award.AwardFixtures.tranches;

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
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.funding.award.AwardFixtures.Agency;
import org.qianshou.funding.award.AwardFixtures.Funder;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.RealServices;

/**
 * 100 identical payment requests with one idempotency key at the same moment (a double click, a retrying client),
 * each on its own thread through the HTTP API: one payment is recorded (201) and every other request answers it
 * (200, the same payment); a different body with the key is 409 naming it. Then 20 approvals at once: one approves,
 * one ledger entry.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentIdempotencyIT implements TestPropertyProvider {

    static final int REQUESTS = 100;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("paymentidempotency");
        properties.put("datasources.default.connection-timeout", "120000");
        properties.put("micronaut.http.client.read-timeout", "120s");
        return properties;
    }

    private static List<Answer> atOnce(int n, Supplier<Answer> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void oneHundredRequestsWithOneKeyRecordOnePayment() throws Exception {
        AwardFixtures fx = new AwardFixtures(client.toBlocking(), dataSource, context);
        Funder funder = fx.funder();
        Agency agency = fx.agency();
        long call = fx.call(funder, 50_000_000L, 15_000_000L, 3000, 7000);
        Answer award = fx.acceptedAward(funder, agency, call, 10_000_000L);
        long t1 = number(tranches(award).get(0), "id");

        List<Answer> answers = atOnce(REQUESTS, () -> fx.recordPayment(funder, t1, 3_000_000L, "double-click-1"));
        assertThat(answers).extracting(Answer::status).containsOnly(200, 201);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        long paymentId = id(answers.get(0));
        assertThat(answers).extracting(AwardFixtures::id).containsOnly(paymentId);
        assertThat(fx.count("SELECT count(*) FROM funding_payment")).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM audit_event WHERE action = 'funding.payment.recorded'"))
                .isEqualTo(1);

        // The same key with another amount is not the same payment.
        Answer other = fx.recordPayment(funder, t1, 2_999_999L, "double-click-1");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.errorFields()).containsExactly("idempotencyKey");

        List<Answer> approvals = atOnce(20, () -> fx.approvePayment(funder, paymentId));
        assertThat(approvals).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(approvals).filteredOn(a -> a.status() == 409).hasSize(19);
        assertThat(fx.count("SELECT count(*) FROM funding_ledger_entry WHERE kind = 'payment'"))
                .isEqualTo(1);
        assertThat(fx.count("SELECT paid_fen FROM funding_tranche WHERE id = " + t1))
                .isEqualTo(3_000_000L);
        assertThat(fx.count("SELECT paid_fen FROM funding_award WHERE id = " + id(award)))
                .isEqualTo(3_000_000L);
        // A retry after the approval still finds the payment, now approved.
        Answer retry = fx.recordPayment(funder, t1, 3_000_000L, "double-click-1");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).containsEntry("status", "approved");
    }
}

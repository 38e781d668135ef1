package org.qianshou.opening.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qianshou.opening.signup.SignupFixtures.id;
import static org.qianshou.opening.signup.SignupFixtures.shift;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.opening.signup.SignupFixtures.Agency;
import org.qianshou.opening.signup.SignupFixtures.Listed;
import org.qianshou.opening.signup.SignupFixtures.Opening;
import org.qianshou.opening.signup.SignupFixtures.Person;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * 60 volunteers sign up at the same moment, each on their own thread through the HTTP API, for a shift of 10 places:
 * exactly 10 are confirmed and 50 waitlisted in arrival order, nobody twice; 3 cancellations promote the first 3.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignupConcurrencyIT implements TestPropertyProvider {

    private static final int VOLUNTEERS = 60;
    private static final int CAPACITY = 10;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    CapturingSender messages;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("signupconcurrency");
        properties.put("spec.name", "signups");
        return properties;
    }

    /** One answer, with when its request got its sign-up. */
    record Outcome(Person volunteer, long signupId, String status, Integer position) {}

    @Test
    void sixtyAtOnceForTenPlacesGiveTenConfirmedAndFiftyWaitlistedInArrivalOrder() throws Exception {
        SignupFixtures fx = new SignupFixtures(client.toBlocking(), dataSource, context);
        Agency agency = fx.agency();
        Opening opening = fx.opening(agency, List.of(shift(4, "09:00", "17:00", CAPACITY)));
        long shiftId = opening.shiftIds().get(0);
        List<Person> volunteers = new ArrayList<>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            volunteers.add(fx.volunteer(20 + i % 40));
        }

        ExecutorService threads = Executors.newFixedThreadPool(VOLUNTEERS);
        CountDownLatch ready = new CountDownLatch(VOLUNTEERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Listed>> futures = new ArrayList<>();
        try {
            for (Person v : volunteers) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return fx.postList(v.token(), "/api/signups", Map.of("shiftIds", List.of(shiftId)));
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < VOLUNTEERS; i++) {
                Listed answer = futures.get(i).get();
                assertThat(answer.status()).as(String.valueOf(answer.problem())).isEqualTo(200);
                Map<String, Object> o = answer.items().get(0);
                outcomes.add(new Outcome(
                        volunteers.get(i),
                        id(o, "signupId"),
                        (String) o.get("status"),
                        o.get("waitlistPosition") == null ? null : ((Number) o.get("waitlistPosition")).intValue()));
            }

            List<Outcome> confirmed = outcomes.stream()
                    .filter(o -> o.status().equals("confirmed"))
                    .toList();
            List<Outcome> waitlisted = outcomes.stream()
                    .filter(o -> o.status().equals("waitlisted"))
                    .sorted(Comparator.comparingLong(Outcome::signupId))
                    .toList();
            assertThat(confirmed).hasSize(CAPACITY);
            assertThat(waitlisted).hasSize(VOLUNTEERS - CAPACITY);
            // Arrival order is the id: the confirmed arrived first, and the waitlist counts up in id order.
            long lastConfirmed =
                    confirmed.stream().mapToLong(Outcome::signupId).max().orElseThrow();
            assertThat(waitlisted.get(0).signupId()).isGreaterThan(lastConfirmed);
            for (int i = 0; i < waitlisted.size(); i++) {
                assertThat(waitlisted.get(i).position()).isEqualTo(i + 1);
            }
            assertThat(Db.count(dataSource, "SELECT confirmed_count FROM shift WHERE id = " + shiftId))
                    .isEqualTo(CAPACITY);
            assertThat(Db.count(
                            dataSource,
                            "SELECT count(*) FROM signup WHERE status = 'confirmed' AND shift_id = " + shiftId))
                    .isEqualTo(CAPACITY);
            assertThat(Db.count(
                            dataSource,
                            "SELECT count(DISTINCT volunteer_account_id) FROM signup WHERE shift_id = " + shiftId))
                    .isEqualTo(VOLUNTEERS);
            assertThat(Db.count(dataSource, "SELECT count(*) FROM signup WHERE shift_id = " + shiftId))
                    .isEqualTo(VOLUNTEERS);

            // Three confirmed volunteers cancel at once: the first three of the waitlist are promoted, in order.
            List<Future<Integer>> cancels = new ArrayList<>();
            for (Outcome o : confirmed.subList(0, 3)) {
                cancels.add(threads.submit(
                        () -> fx.post(o.volunteer().token(), "/api/signups/" + o.signupId() + "/cancel", Map.of())
                                .status()));
            }
            for (Future<Integer> c : cancels) {
                assertThat(c.get()).isEqualTo(200);
            }
            for (int i = 0; i < waitlisted.size(); i++) {
                String expected = i < 3 ? "confirmed" : "waitlisted";
                assertThat(Db.count(
                                dataSource,
                                "SELECT count(*) FROM signup WHERE status = '" + expected + "' AND id = "
                                        + waitlisted.get(i).signupId()))
                        .as("waitlisted #" + (i + 1))
                        .isEqualTo(1);
            }
            assertThat(Db.count(dataSource, "SELECT confirmed_count FROM shift WHERE id = " + shiftId))
                    .isEqualTo(CAPACITY);
            Listed fourth = fx.getList(waitlisted.get(3).volunteer().token(), "/api/volunteer/shifts");
            assertThat(fourth.items().get(0)).containsEntry("waitlistPosition", 1);
            for (Outcome promoted : waitlisted.subList(0, 3)) {
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(
                                        messages.to(promoted.volunteer().email(), "signup-promoted"))
                                .hasSize(1));
            }
            assertThat(messages.to(waitlisted.get(3).volunteer().email(), "signup-promoted"))
                    .isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }
}

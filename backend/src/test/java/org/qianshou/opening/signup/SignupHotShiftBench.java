package org.qianshou.opening.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.opening.signup.SignupFixtures.shift;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Not a test of the normal build (no {@code IT} suffix): {@code bench/signup.sh} runs it. CLIENTS volunteers (default
 * 200) sign up at the same moment, each on its own thread over HTTP, for one shift of CAPACITY places (default 50),
 * ROUNDS times on fresh shifts; prints the latency of the sign-up requests and checks that the shift holds exactly
 * CAPACITY confirmed volunteers afterwards (no over-commit) and the rest waitlisted in arrival order.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignupHotShiftBench implements TestPropertyProvider {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 200);
    private static final int CAPACITY = Integer.getInteger("bench.capacity", 50);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** How long a request may wait for a database connection (the application's default is 5 s). */
    private static final String CONNECTION_TIMEOUT = System.getProperty("bench.connection-timeout", "5000");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("signupbench");
        properties.put("spec.name", "signups");
        properties.put("micronaut.http.client.pool.max-connections", String.valueOf(CLIENTS * 2));
        properties.put("micronaut.http.client.read-timeout", "120s");
        properties.put("datasources.default.connection-timeout", CONNECTION_TIMEOUT);
        return properties;
    }

    @Test
    void hotShift() throws Exception {
        SignupFixtures fx = new SignupFixtures(client.toBlocking(), dataSource, context);
        Agency agency = fx.agency();
        List<Person> volunteers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            volunteers.add(fx.volunteer(20 + i % 45));
        }
        StringBuilder report = new StringBuilder(String.format(
                "clients: %d, capacity: %d, rounds: %d, database connection wait: %s ms%n"
                        + "%-6s %8s %8s %8s %8s %6s %6s %10s %10s %10s%n",
                CLIENTS,
                CAPACITY,
                ROUNDS,
                CONNECTION_TIMEOUT,
                "round",
                "p50 ms",
                "p95 ms",
                "max ms",
                "wall ms",
                "200",
                "503",
                "confirmed",
                "waitlisted",
                "stored"));
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                Opening opening = fx.opening(agency, List.of(shift(3 + round, "09:00", "17:00", CAPACITY)));
                long shiftId = opening.shiftIds().get(0);
                CountDownLatch ready = new CountDownLatch(CLIENTS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<long[]>> futures = new ArrayList<>();
                for (Person v : volunteers) {
                    futures.add(threads.submit(() -> {
                        ready.countDown();
                        go.await();
                        long start = System.nanoTime();
                        Listed answer = fx.postList(v.token(), "/api/signups", Map.of("shiftIds", List.of(shiftId)));
                        long took = System.nanoTime() - start;
                        // 503: the request waited longer than the connection wait for a database connection.
                        assertThat(answer.status())
                                .as(String.valueOf(answer.problem()))
                                .isIn(200, 503);
                        boolean confirmed = answer.status() == 200
                                && "confirmed".equals(answer.items().get(0).get("status"));
                        return new long[] {took, confirmed ? 1 : 0, answer.status()};
                    }));
                }
                ready.await();
                long wallStart = System.nanoTime();
                go.countDown();
                long[] times = new long[CLIENTS];
                int confirmed = 0;
                int ok = 0;
                for (int i = 0; i < CLIENTS; i++) {
                    long[] r = futures.get(i).get();
                    times[i] = r[0];
                    confirmed += (int) r[1];
                    ok += r[2] == 200 ? 1 : 0;
                }
                long wall = System.nanoTime() - wallStart;
                Arrays.sort(times);
                long stored = Db.count(dataSource, "SELECT confirmed_count FROM shift WHERE id = " + shiftId);
                long rows = Db.count(
                        dataSource, "SELECT count(*) FROM signup WHERE status = 'confirmed' AND shift_id = " + shiftId);
                long waitlisted = Db.count(
                        dataSource,
                        "SELECT count(*) FROM signup WHERE status = 'waitlisted' AND shift_id = " + shiftId);
                // Never more confirmed than places; every answered sign-up is stored, the rest waitlisted.
                assertThat(confirmed).isEqualTo(Math.min(CAPACITY, ok));
                assertThat(stored).isEqualTo(rows).isEqualTo(confirmed);
                assertThat(rows + waitlisted).isEqualTo(ok);
                report.append(String.format(
                        "%-6d %8.1f %8.1f %8.1f %8.1f %6d %6d %10d %10d %10d%n",
                        round,
                        ms(times[CLIENTS / 2]),
                        ms(times[(int) Math.ceil(CLIENTS * 0.95) - 1]),
                        ms(times[CLIENTS - 1]),
                        ms(wall),
                        ok,
                        CLIENTS - ok,
                        rows,
                        waitlisted,
                        stored));
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.print(report);
        write(report.toString());
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void write(String text) throws IOException {
        Path out = Path.of("target", "bench-signup.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}

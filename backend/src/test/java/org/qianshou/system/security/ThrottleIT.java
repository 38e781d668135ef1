package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/** The PostgreSQL throttle against the real database: a sliding window, honest Retry-After, hashed keys. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThrottleIT implements TestPropertyProvider {

    @Inject
    Throttle throttle;

    @Inject
    PostgresThrottle postgresThrottle;

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("throttle"));
        properties.put("spec.name", "ThrottleIT");
        return properties;
    }

    @Test
    void theWindowSlidesEventsLeaveItOneByOne() {
        // Time moves by dating the stored events back, not by sleeping: every margin is ten seconds or more.
        String key = unique();
        Duration window = Duration.ofSeconds(60);
        throttle.hit("t-slide", key, 2, window);
        age("t-slide", Duration.ofSeconds(40)); // the first event: 40 s ago
        throttle.hit("t-slide", key, 2, window);
        assertThat(catchThrowableOfType(() -> throttle.hit("t-slide", key, 2, window), TooManyRequestsException.class))
                .isNotNull();

        age("t-slide", Duration.ofSeconds(30)); // the first event: 70 s ago, out of the window; the second: 30 s ago
        assertThatCode(() -> throttle.hit("t-slide", key, 2, window)).doesNotThrowAnyException();
        TooManyRequestsException refused =
                catchThrowableOfType(() -> throttle.hit("t-slide", key, 2, window), TooManyRequestsException.class);
        assertThat(refused)
                .as("a fixed window would have reset here; a sliding one still holds two events")
                .isNotNull();
        assertThat(refused.retryAfterSeconds())
                .as("until the second event leaves")
                .isBetween(25L, 31L);
        assertThat(rows("t-slide")).isEqualTo(3);
    }

    /** Moves every stored event of the bucket {@code by} into the past. */
    private void age(String bucket, Duration by) {
        Db.execute(
                dataSource,
                "UPDATE throttle_event SET at = at - interval '" + by.toMillis() + " milliseconds' WHERE bucket = '"
                        + bucket + "'");
    }

    @Test
    void theEleventhFailureWithinAMinuteIsRefusedAndCheckCountsNothing() {
        String key = Throttle.identifierKey("+86 139 1234 5678");
        for (int i = 0; i < 10; i++) {
            throttle.check("t-login", key, 10, Duration.ofSeconds(60));
            throttle.record("t-login", key);
        }
        TooManyRequestsException refused = catchThrowableOfType(
                () -> throttle.check("t-login", Throttle.identifierKey("13912345678"), 10, Duration.ofSeconds(60)),
                TooManyRequestsException.class);
        assertThat(refused).isNotNull();
        assertThat(refused.retryAfterSeconds()).isBetween(58L, 60L);
        assertThat(rows("t-login")).as("check never records").isEqualTo(10);
        assertThatCode(() -> throttle.check("t-login", unique(), 10, Duration.ofSeconds(60)))
                .as("other keys are not affected")
                .doesNotThrowAnyException();
        assertThatCode(() -> throttle.check("t-other", key, 10, Duration.ofSeconds(60)))
                .as("other buckets are not affected")
                .doesNotThrowAnyException();
    }

    @Test
    void retryAfterIsWhenTheEventThatFillsTheWindowLeavesIt() throws Exception {
        String key = unique();
        Duration window = Duration.ofSeconds(10);
        throttle.record("t-retry", key);
        Thread.sleep(3000);
        throttle.record("t-retry", key);
        throttle.record("t-retry", key);

        // Full at 3: the oldest event (3 s old) leaves in about 7 s.
        assertThat(catchThrowableOfType(() -> throttle.check("t-retry", key, 3, window), TooManyRequestsException.class)
                        .retryAfterSeconds())
                .isBetween(6L, 7L);
        // Full at 2: the two newer events fill it, and leave in about 10 s.
        assertThat(catchThrowableOfType(() -> throttle.check("t-retry", key, 2, window), TooManyRequestsException.class)
                        .retryAfterSeconds())
                .isBetween(9L, 10L);
        assertThatCode(() -> throttle.check("t-retry", key, 4, window)).doesNotThrowAnyException();
    }

    @Test
    void concurrentHitsNeverExceedTheLimit() throws Exception {
        String key = unique();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> {
                    try {
                        throttle.hit("t-race", key, 5, Duration.ofSeconds(60));
                        return true;
                    } catch (TooManyRequestsException e) {
                        return false;
                    }
                });
            }
            int allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                allowed += f.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
            assertThat(rows("t-race")).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTableHoldsOnlyKeyedHashesNeverThePhoneAddressOrIp() throws Exception {
        List<String> raw = List.of("13800001111", "li.xiaoming@example.org", "203.0.113.77");
        for (String key : raw) {
            throttle.hit("t-hash", key, 5, Duration.ofSeconds(60));
        }
        List<byte[]> hashes = new ArrayList<>();
        StringBuilder everything = new StringBuilder();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT t::text, key_hash FROM throttle_event t WHERE bucket = 't-hash'")) {
            while (rs.next()) {
                everything.append(rs.getString(1)).append('\n');
                hashes.add(rs.getBytes(2));
            }
        }
        assertThat(hashes).hasSize(3).allSatisfy(h -> assertThat(h).hasSize(32));
        for (String key : raw) {
            assertThat(everything.toString()).doesNotContain(key);
            assertThat(hashes)
                    .noneSatisfy(h -> assertThat(new String(h, StandardCharsets.ISO_8859_1))
                            .contains(key));
            assertThat(hashes).noneSatisfy(h -> assertThat(h).isEqualTo(sha256(key)));
        }
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
    }

    @Test
    void eventsOlderThanAnHourArePurged() throws SQLException {
        Db.execute(
                dataSource,
                "INSERT INTO throttle_event (bucket, key_hash, at) VALUES"
                        + " ('t-purge', '\\x01', now() - interval '61 minutes'),"
                        + " ('t-purge', '\\x02', now() - interval '59 minutes')");
        postgresThrottle.purge();
        assertThat(rows("t-purge")).isEqualTo(1);
    }

    @Test
    void withoutAConfiguredHeaderTheClientAddressIsTheSocketsAndCannotBeSpoofed() {
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/it/throttle/address")))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/it/throttle/address")
                                .header("X-Forwarded-For", "203.0.113.9")
                                .header("Forwarded", "for=203.0.113.9")))
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        // Why ClientAddress exists: with QIANSHOU_CLIENT_ADDRESS_HEADER unset, the framework's resolver
        // reads the empty header name and finds nothing, which would put every caller in one bucket.
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/it/throttle/resolver")))
                .isEqualTo("null");
    }

    private long rows(String bucket) {
        return Db.count(dataSource, "SELECT count(*) FROM throttle_event WHERE bucket = '" + bucket + "'");
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    private static byte[] sha256(String key) throws Exception {
        return java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    }

    @Controller("/it/throttle")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "spec.name", value = "ThrottleIT")
    static class AddressController {
        private final ClientAddress addresses;
        private final HttpClientAddressResolver resolver;

        AddressController(ClientAddress addresses, HttpClientAddressResolver resolver) {
            this.addresses = addresses;
            this.resolver = resolver;
        }

        @Get(value = "/resolver", produces = "text/plain")
        String resolver(HttpRequest<?> request) {
            return String.valueOf(resolver.resolve(request));
        }

        @Get(value = "/address", produces = "text/plain")
        String address(HttpRequest<?> request) {
            return addresses.of(request);
        }
    }
}

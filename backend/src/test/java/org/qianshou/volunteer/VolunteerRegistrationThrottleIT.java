package org.qianshou.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.IdNumbersForTests;
import org.qianshou.testing.RealServices;

/**
 * Registration answers 409 for an ID number someone else holds, so it is throttled: per account every attempt, per
 * address the refused ones (400, 409), within an hour; 429 with {@code Retry-After} in the caller's language, nothing
 * written. Each test speaks from its own addresses ({@code X-Forwarded-For}).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolunteerRegistrationThrottleIT implements TestPropertyProvider {

    private static final String PATH = "/api/volunteer/profile";
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("volunteerthrottle"));
        properties.put("micronaut.server.client-address-header", "X-Forwarded-For");
        return properties;
    }

    @BeforeAll
    void start() {
        api = new Api(client.toBlocking());
    }

    record Person(long id, String token) {}

    Person person() {
        long id = Accounts.create(dataSource, "vt-" + UUID.randomUUID() + "@qianshou.test", "志愿者");
        return new Person(id, Accounts.bearerToken(context, id));
    }

    /** A fresh adult resident ID number no one holds yet. */
    static String freshNumber() {
        return IdNumbersForTests.residentId(LocalDate.of(1975, 1, 1).plusDays(DAYS.getAndIncrement()));
    }

    static Map<String, Object> registration(String idNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "张志愿");
        body.put("idType", "resident-id");
        body.put("idNumber", idNumber);
        body.put("mobile", "13912345678");
        body.put("skills", List.of("tutoring"));
        body.put("regionCodes", List.of("530627"));
        body.put("availability", List.of("weekend"));
        return body;
    }

    MutableHttpRequest<Map<String, Object>> request(Person p, String address, String idNumber) {
        return HttpRequest.POST(PATH, registration(idNumber))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(p.token())
                .header("X-Forwarded-For", address);
    }

    Answer register(Person p, String address, String idNumber) {
        return api.send(request(p, address, idNumber));
    }

    /** A number another account holds already. */
    String takenNumber(String address) {
        String number = freshNumber();
        assertThat(register(person(), address, number).status()).isEqualTo(201);
        return number;
    }

    long volunteers(long accountId) {
        return Db.count(dataSource, "SELECT count(*) FROM volunteer WHERE account_id = " + accountId);
    }

    long roles(long accountId) {
        return Db.count(dataSource, "SELECT count(*) FROM account_role WHERE account_id = " + accountId);
    }

    @Test
    void theEleventhRefusedAttemptOfAnAccountGets429WithRetryAfterAndWritesNothing() {
        String taken = takenNumber("198.51.100.1");
        Person prober = person();
        String address = "198.51.100.2";
        for (int i = 0; i < VolunteerController.REGISTRATIONS_PER_ACCOUNT_PER_HOUR; i++) {
            boolean probe = i % 2 == 0;
            Answer refused =
                    register(prober, address, probe ? taken : IdNumbersForTests.withWrongCheckCharacter(freshNumber()));
            assertThat(refused.status()).as("attempt %d", i + 1).isEqualTo(probe ? 409 : 400);
        }

        // Even a number no one holds is not tried now.
        String fresh = freshNumber();
        try {
            client.toBlocking().exchange(request(prober, address, fresh), Map.class);
            throw new AssertionError("expected 429");
        } catch (HttpClientResponseException e) {
            assertThat(e.code()).isEqualTo(429);
            assertThat(e.getResponse().getContentType().map(MediaType::toString).orElse(""))
                    .startsWith("application/problem+json");
            long retryAfter = Long.parseLong(e.getResponse().header("Retry-After"));
            assertThat(retryAfter).isBetween(3000L, 3600L);
        }
        Answer chinese = register(prober, address, taken);
        assertThat(chinese.status()).isEqualTo(429);
        assertThat((String) chinese.body().get("detail")).contains("尝试次数过多");
        Answer english = api.send(request(prober, address, taken).header("Accept-Language", "en"));
        assertThat(english.status()).isEqualTo(429);
        assertThat((String) english.body().get("detail")).contains("Too many attempts");
        assertThat(english.body().toString()).doesNotContain(taken);

        assertThat(volunteers(prober.id())).isZero();
        assertThat(roles(prober.id())).isZero();

        // The account is throttled from any address; another account at the same address is not.
        assertThat(register(prober, "198.51.100.3", fresh).status()).isEqualTo(429);
        assertThat(volunteers(prober.id())).isZero();
        Person neighbour = person();
        assertThat(register(neighbour, address, fresh).status()).isEqualTo(201);
        assertThat(volunteers(neighbour.id())).isEqualTo(1);
    }

    @Test
    void refusedAttemptsOfManyAccountsFromOneAddressAreThrottledTogether() {
        String taken = takenNumber("198.51.100.20");
        String address = "198.51.100.21";
        int perAccount = VolunteerController.REGISTRATIONS_PER_ACCOUNT_PER_HOUR;
        int limit = VolunteerController.REFUSED_REGISTRATIONS_PER_ADDRESS_PER_HOUR;
        Person prober = person();
        for (int i = 0; i < limit; i++) {
            if (i % perAccount == 0) {
                prober = person();
            }
            assertThat(register(prober, address, taken).status())
                    .as("attempt %d", i + 1)
                    .isEqualTo(409);
        }

        Person next = person();
        String fresh = freshNumber();
        Answer throttled = register(next, address, fresh);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(volunteers(next.id())).isZero();
        assertThat(roles(next.id())).isZero();

        // The same account from another address is not affected: the failed attempt did not count for it either.
        assertThat(register(next, "198.51.100.22", fresh).status()).isEqualTo(201);
        assertThat(volunteers(next.id())).isEqualTo(1);
    }

    @Test
    void successfulRegistrationsFromOneAddressAreNeverThrottled() {
        String address = "198.51.100.40";
        int many = VolunteerController.REFUSED_REGISTRATIONS_PER_ADDRESS_PER_HOUR + 2;
        for (int i = 0; i < many; i++) {
            Person p = person();
            Answer created = register(p, address, freshNumber());
            assertThat(created.status()).as("registration %d", i + 1).isEqualTo(201);
            assertThat(volunteers(p.id())).isEqualTo(1);
        }
        // And a refused attempt after them is still answered, not throttled.
        assertThat(register(person(), address, IdNumbersForTests.withWrongCheckCharacter(freshNumber()))
                        .status())
                .isEqualTo(400);
    }
}

package org.qianshou.opening.signup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.IdNumbersForTests;

/**
 * What the sign-up tests need, made through the other features' own routes: a verified agency with a member, its
 * openings and shifts (published), and volunteers with a real-name profile (valid ID numbers from
 * {@link IdNumbersForTests}).
 */
final class SignupFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A caller: account id, e-mail address (where messages go) and bearer token. */
    record Person(long id, String email, String token) {}

    /** A published opening and its shifts' ids, in the order given. */
    record Opening(long id, List<Long> shiftIds) {}

    private final BlockingHttpClient http;
    private final Api api;
    private final DataSource dataSource;
    private final ApplicationContext context;

    SignupFixtures(BlockingHttpClient http, DataSource dataSource, ApplicationContext context) {
        this.http = http;
        this.api = new Api(http);
        this.dataSource = dataSource;
        this.context = context;
    }

    Api api() {
        return api;
    }

    /** An answer that is a JSON array when it succeeds, a problem otherwise. */
    record Listed(int status, List<Map<String, Object>> items, Answer problem) {}

    Listed postList(String token, String path, Object body) {
        return list(json(HttpRequest.POST(path, body)).bearerAuth(token));
    }

    Listed getList(String token, String path) {
        return list(HttpRequest.GET(path).bearerAuth(token));
    }

    private Listed list(MutableHttpRequest<?> request) {
        try {
            HttpResponse<List<Map<String, Object>>> response =
                    http.exchange(request, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            return new Listed(response.code(), response.body(), null);
        } catch (HttpClientResponseException e) {
            Answer problem = new Answer(
                    e.code(),
                    e.getResponse().getContentType().map(MediaType::toString).orElse(""),
                    e.getResponse()
                            .getBody(Argument.mapOf(String.class, Object.class))
                            .orElse(Map.of()));
            return new Listed(e.code(), List.of(), problem);
        }
    }

    static MutableHttpRequest<?> json(MutableHttpRequest<?> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    Answer post(String token, String path, Object body) {
        return api.send(json(HttpRequest.POST(path, body)).bearerAuth(token));
    }

    Answer get(String token, String path) {
        return api.send(HttpRequest.GET(path).bearerAuth(token));
    }

    Person account(String name) {
        String email = "sgn-" + UUID.randomUUID() + "@qianshou.test";
        long id = Accounts.create(dataSource, email, name);
        return new Person(id, email, Accounts.bearerToken(context, id));
    }

    /** A verified agency in 鲁甸县 and one member (its owner). */
    record Agency(long id, long projectId, Person staff) {}

    Agency agency() {
        long org = api.createOrganisation("报名测试社工站" + SERIAL.incrementAndGet(), "530621");
        Db.execute(dataSource, "UPDATE organisation SET status = 'verified' WHERE id = " + org);
        Person staff = account("社工" + SERIAL.get());
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + org + ", " + staff.id()
                        + ", 'owner')");
        long project = api.createProject(Api.project(
                org,
                "留守儿童关爱项目" + SERIAL.get(),
                List.of("530621"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        return new Agency(org, project, staff);
    }

    /** A shift {@code days} days from today (Asia/Shanghai) from {@code start} to {@code end}. */
    static Map<String, Object> shift(int days, String start, String end, int capacity) {
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("date", LocalDate.now(SHANGHAI).plusDays(days).toString());
        shift.put("start", start);
        shift.put("end", end);
        shift.put("capacity", capacity);
        return shift;
    }

    /** A published opening of the agency with these shifts. */
    Opening opening(Agency agency, String screening, boolean adultsOnly, List<Map<String, Object>> shifts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", agency.projectId());
        body.put("title", "留守儿童课业辅导" + SERIAL.incrementAndGet());
        body.put("description", "周末为留守儿童辅导功课、陪伴阅读。");
        body.put("regionCode", "530621");
        body.put("meetingPlace", "龙头山镇中心小学");
        body.put("targetGroups", List.of("left-behind-children"));
        body.put("category", "left-behind-children");
        body.put("skills", List.of("tutoring"));
        body.put("adultsOnly", adultsOnly);
        body.put("screening", screening);
        body.put(
                "signupDeadline",
                OffsetDateTime.now(SHANGHAI).plusDays(1).withNano(0).toString());
        body.put("contactName", "李老师");
        body.put("contactPhone", "13800138000");
        body.put("shifts", shifts);
        Answer created = post(agency.staff().token(), "/api/organisations/" + agency.id() + "/openings", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((Number) created.body().get("id")).longValue();
        Answer published = post(
                agency.staff().token(), "/api/organisations/" + agency.id() + "/openings/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        List<Long> shiftIds = new ArrayList<>();
        created.list("shifts").forEach(s -> shiftIds.add(((Number) s.get("id")).longValue()));
        assertThat(shiftIds).hasSize(shifts.size());
        // The order of the request: by start (the answer lists shifts by start).
        return new Opening(id, shiftIds);
    }

    Opening opening(Agency agency, List<Map<String, Object>> shifts) {
        return opening(agency, "automatic", false, shifts);
    }

    /** A volunteer of the given age (turned it {@code 30} days ago) with a complete real-name profile. */
    Person volunteer(int age) {
        Person person = account("志愿者" + SERIAL.incrementAndGet());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "志愿者" + SERIAL.get());
        body.put("idType", "resident-id");
        body.put("idNumber", IdNumbersForTests.residentIdAged(age, 30 + SERIAL.get() % 300));
        body.put("mobile", "139" + String.format("%08d", 10_000_000 + SERIAL.get()));
        body.put("skills", List.of());
        body.put("regionCodes", List.of());
        body.put("availability", List.of());
        Answer created = post(person.token(), "/api/volunteer/profile", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return person;
    }

    void guardianConsent(Person minor) {
        Answer consent = post(
                minor.token(),
                "/api/volunteer/profile/guardian-consent",
                Map.of("guardianName", "王母亲", "relation", "mother", "guardianPhone", "13912345678", "confirmed", true));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
    }

    /** Moves a shift (in the database) to start {@code from} now and last {@code length}. */
    void moveShift(long shiftId, Duration fromNow, Duration length) {
        Db.execute(
                dataSource,
                "UPDATE shift SET starts_at = now() + interval '" + fromNow.toSeconds() + " seconds', ends_at = now()"
                        + " + interval '" + fromNow.plus(length).toSeconds() + " seconds' WHERE id = " + shiftId);
    }

    static long id(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    static String time(LocalTime t) {
        return t.toString();
    }
}

package org.qianshou.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.IdNumbersForTests;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;

/**
 * Real-name volunteer profiles against real PostgreSQL: registration, masking everywhere, ciphertext at rest, one ID
 * number one volunteer, minors and guardian consent, and no ID number in the log or the audit table.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VolunteerProfileIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    Volunteers volunteers;

    Api api;
    final LogCapture log = new LogCapture();
    /** Every ID number, mobile number and name this test sent: none may reach the log or the audit table. */
    final List<String> secrets = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("volunteerprofile");
    }

    @BeforeAll
    void start() {
        api = new Api(client.toBlocking());
        log.start();
    }

    @AfterAll
    void stop() {
        log.stop();
    }

    record Person(long id, String token) {}

    Person person() {
        long id = Accounts.create(dataSource, "v-" + UUID.randomUUID() + "@qianshou.test", "志愿者");
        return new Person(id, Accounts.bearerToken(context, id));
    }

    Map<String, Object> registration(String name, String idNumber, String mobile) {
        secrets.add(IdNumbers.normalise(idNumber));
        secrets.add(mobile);
        secrets.add(name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("idType", "resident-id");
        body.put("idNumber", idNumber);
        body.put("mobile", mobile);
        body.put("skills", List.of("tutoring", "language-yi"));
        body.put("regionCodes", List.of("5306", "530627"));
        body.put("availability", List.of("weekend", "school-holidays"));
        return body;
    }

    Answer post(Person p, String path, Object body) {
        return api.send(json(HttpRequest.POST(path, body)).bearerAuth(p.token()));
    }

    Answer put(Person p, String path, Object body) {
        return api.send(json(HttpRequest.PUT(path, body)).bearerAuth(p.token()));
    }

    Answer get(Person p, String path) {
        return api.send(HttpRequest.GET(path).bearerAuth(p.token()));
    }

    Answer getEnglish(Person p, String path, Object body) {
        return api.send(json(HttpRequest.POST(path, body)).bearerAuth(p.token()).header("Accept-Language", "en"));
    }

    /** A generated adult number whose check character is X, to try a lower-case x. */
    static String numberEndingInX(LocalDate birth) {
        for (int i = 0; i < 500; i++) {
            String n = IdNumbersForTests.residentId(birth);
            if (n.endsWith("X")) {
                return n;
            }
        }
        throw new AssertionError("no generated number ended in X");
    }

    @Test
    @Order(1)
    void anAdultRegistersAndSeesTheNumberOnlyMasked() throws Exception {
        Person p = person();
        String number = IdNumbersForTests.residentId(LocalDate.of(1988, 6, 15), false);
        Answer created = post(p, "/api/volunteer/profile", registration("李晓梅", number, "13987654321"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String masked = number.substring(0, 6) + "********" + number.substring(14);
        assertThat(created.body())
                .containsEntry("name", "李晓梅")
                .containsEntry("idType", "resident-id")
                .containsEntry("idNumberMasked", masked)
                .containsEntry("birthDate", "1988-06-15")
                .containsEntry("gender", "female")
                .containsEntry("mobile", "13987654321")
                .containsEntry("minor", false)
                .containsEntry("consentRequired", false)
                .containsEntry("complete", true)
                .containsEntry("canSignUp", true)
                .containsEntry("skills", List.of("tutoring", "language-yi"))
                .containsEntry("regionCodes", List.of("5306", "530627"))
                .containsEntry("availability", List.of("weekend", "school-holidays"));
        assertThat(created.body().get("guardianConsent")).isNull();
        assertThat(((Number) created.body().get("age")).intValue())
                .isEqualTo(java.time.Period.between(LocalDate.of(1988, 6, 15), IdNumbersForTests.today())
                        .getYears());
        assertThat(created.body().toString()).doesNotContain(number);

        Answer read = get(p, "/api/volunteer/profile");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());
        String raw = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/volunteer/profile").bearerAuth(p.token()), String.class);
        assertThat(raw).doesNotContain(number).doesNotContain(number.substring(6, 14) + number.substring(14, 17));

        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM account_role WHERE role = 'volunteer' AND account_id = " + p.id()))
                .as("the volunteer role is granted")
                .isEqualTo(1);

        // At rest: ciphertext under the derived key, the masked form, a keyed hash; the digits nowhere.
        Map<String, Object> row = row(p.id());
        byte[] encrypted = (byte[]) row.get("id_number_encrypted");
        assertThat(row.get("id_number_key_id")).isEqualTo("master-v1");
        assertThat(row.get("id_number_masked")).isEqualTo(masked);
        assertThat(encrypted).hasSize(12 + 18 + 16);
        for (String form : List.of(
                new String(encrypted, StandardCharsets.ISO_8859_1),
                new String(encrypted, StandardCharsets.UTF_16BE),
                HexFormat.of().formatHex(encrypted),
                java.util.Base64.getEncoder().encodeToString(encrypted),
                HexFormat.of().formatHex((byte[]) row.get("id_number_hash")))) {
            assertThat(form).doesNotContain(number).doesNotContain(number.substring(6, 14));
        }
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM volunteer WHERE position(convert_to('" + number.substring(6, 14)
                                + "', 'UTF8') in id_number_encrypted) > 0 OR position(convert_to('" + number
                                + "', 'UTF8') in id_number_hash) > 0"))
                .isZero();

        // Volunteers (the service other features use) gives the masked number only.
        VolunteerFacts facts = volunteers.facts(p.id()).orElseThrow();
        assertThat(facts.idNumberMasked()).isEqualTo(masked);
        assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1988, 6, 15));
        assertThat(facts.complete()).isTrue();
        assertThat(facts.mayServeOn(IdNumbersForTests.today())).isTrue();
        assertThat(facts.minorOn(IdNumbersForTests.today())).isFalse();
        assertThat(facts.toString()).doesNotContain(number).doesNotContain("13987654321");
        assertThat(volunteers.facts(List.of(p.id(), 999_999L))).containsOnlyKeys(p.id());

        // A second registration of the same account is refused.
        Answer again = post(
                p,
                "/api/volunteer/profile",
                registration("李晓梅", IdNumbersForTests.residentId(LocalDate.of(1988, 6, 15)), "13987654321"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    @Order(2)
    void theSameNumberRegistersOnceEvenWithALowerCaseXAndSpaces() {
        String number = numberEndingInX(LocalDate.of(1979, 12, 1));
        Person first = person();
        assertThat(post(first, "/api/volunteer/profile", registration("王建国", number, "13700001111"))
                        .status())
                .isEqualTo(201);
        Person second = person();
        String typed = number.substring(0, 6) + " " + number.substring(6, 14) + " " + number.substring(14, 17) + "x";
        Answer taken = post(second, "/api/volunteer/profile", registration("王建民", typed, "13700002222"));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat((String) taken.body().get("type")).endsWith("/volunteer.id-number.taken");
        assertThat(taken.errorFields()).containsExactly("idNumber");
        assertThat(taken.body().toString())
                .doesNotContain(number)
                .doesNotContain(typed)
                .doesNotContain(number.substring(6, 14));
        assertThat(countVolunteer(second.id())).isZero();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM account_role WHERE account_id = " + second.id()))
                .isZero();
    }

    @Test
    @Order(3)
    void aWrongCheckCharacterIsRefusedNamingTheFieldAndWritesNothing() {
        Person p = person();
        String wrong =
                IdNumbersForTests.withWrongCheckCharacter(IdNumbersForTests.residentId(LocalDate.of(1992, 2, 2)));
        Answer refused = post(p, "/api/volunteer/profile", registration("赵一", wrong, "13811112222"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("idNumber");
        assertThat(refused.list("errors").get(0).get("message")).asString().contains("校验位");
        assertThat(refused.body().toString()).doesNotContain(wrong);
        assertThat(countVolunteer(p.id())).isZero();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM account_role WHERE account_id = " + p.id()))
                .isZero();

        // Other fields are named too, all at once.
        Map<String, Object> bad = registration("赵一", IdNumbersForTests.residentId(LocalDate.of(1992, 2, 2)), "12345");
        bad.put("skills", List.of("juggling"));
        bad.put("regionCodes", List.of("999999"));
        bad.put("availability", List.of("midnight"));
        Answer many = post(p, "/api/volunteer/profile", bad);
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.errorFields())
                .containsExactlyInAnyOrder("mobile", "skills[0]", "regionCodes[0]", "availability[0]");
        Map<String, Object> unknownType = registration("赵一", "E12345678", "13811112222");
        unknownType.put("idType", "driving-licence");
        assertThat(post(p, "/api/volunteer/profile", unknownType).errorFields()).containsExactly("idType");
        assertThat(countVolunteer(p.id())).isZero();
    }

    @Test
    @Order(4)
    void aThirteenYearOldIsRefusedWithTheReason() {
        Person p = person();
        String number = IdNumbersForTests.residentIdAged(13, 100);
        Map<String, Object> body = registration("小明", number, "13822223333");
        Answer refused = post(p, "/api/volunteer/profile", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("idNumber");
        assertThat(refused.list("errors").get(0).get("message")).isEqualTo("未满14周岁不能自行注册");
        Answer english = getEnglish(p, "/api/volunteer/profile", body);
        assertThat(english.list("errors").get(0).get("message")).isEqualTo("Under 14 cannot register");
        assertThat(countVolunteer(p.id())).isZero();

        // The day before the 14th birthday is still too young; on the birthday it is allowed.
        Answer dayBefore = post(
                p,
                "/api/volunteer/profile",
                registration(
                        "小明",
                        IdNumbersForTests.residentId(
                                IdNumbersForTests.today().minusYears(14).plusDays(1)),
                        "13822223333"));
        assertThat(dayBefore.errorFields()).containsExactly("idNumber");
        Answer birthday = post(
                p,
                "/api/volunteer/profile",
                registration(
                        "小明",
                        IdNumbersForTests.residentId(IdNumbersForTests.today().minusYears(14)),
                        "13822223333"));
        assertThat(birthday.status()).as(birthday.toString()).isEqualTo(201);
        assertThat(birthday.body()).containsEntry("age", 14).containsEntry("consentRequired", true);
    }

    @Test
    @Order(5)
    void aSixteenYearOldNeedsAGuardiansConsentBeforeSigningUp() {
        Person p = person();
        Answer created = post(
                p,
                "/api/volunteer/profile",
                registration("杨小燕", IdNumbersForTests.residentIdAged(16, 30), "13933334444"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body())
                .containsEntry("age", 16)
                .containsEntry("minor", true)
                .containsEntry("consentRequired", true)
                .containsEntry("complete", true)
                .containsEntry("canSignUp", false);
        assertThat(volunteers.facts(p.id()).orElseThrow().mayServeOn(IdNumbersForTests.today()))
                .isFalse();

        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("guardianName", "杨大山");
        consent.put("relation", "father");
        consent.put("guardianPhone", "13655556666");
        consent.put("confirmed", false);
        secrets.add("杨大山");
        secrets.add("13655556666");
        Answer unconfirmed = post(p, "/api/volunteer/profile/guardian-consent", consent);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.errorFields()).containsExactly("confirmed");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM guardian_consent WHERE account_id = " + p.id()))
                .isZero();

        consent.put("confirmed", true);
        Answer recorded = post(p, "/api/volunteer/profile/guardian-consent", consent);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.body())
                .containsEntry("consentRequired", false)
                .containsEntry("canSignUp", true)
                .containsEntry("minor", true);
        assertThat(recorded.map("guardianConsent"))
                .containsEntry("guardianName", "杨大山")
                .containsEntry("relation", "father")
                .containsEntry("guardianPhoneMasked", "136****6666");
        assertThat((String) recorded.map("guardianConsent").get("recordedAt")).endsWith("+08:00");
        assertThat(recorded.body().toString()).doesNotContain("13655556666");
        VolunteerFacts facts = volunteers.facts(p.id()).orElseThrow();
        assertThat(facts.guardianConsentAt()).isNotNull();
        assertThat(facts.mayServeOn(IdNumbersForTests.today())).isTrue();
        assertThat(facts.minorOn(IdNumbersForTests.today())).isTrue();

        // An adult needs none.
        Person adult = person();
        post(
                adult,
                "/api/volunteer/profile",
                registration("成年人", IdNumbersForTests.residentIdAged(30, 1), "13944445555"));
        Answer notMinor = post(adult, "/api/volunteer/profile/guardian-consent", consent);
        assertThat(notMinor.status()).isEqualTo(409);
        // Without a profile: 404.
        assertThat(post(person(), "/api/volunteer/profile/guardian-consent", consent)
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(6)
    void otherIdTypesAreStoredWithTheEnteredBirthDate() {
        Person permit = person();
        String hk = IdNumbersForTests.residencePermit("810000", LocalDate.of(1995, 7, 1), true);
        Map<String, Object> body = registration("陈家明", hk, "13566667777");
        body.put("idType", "hmt-residence-permit");
        Answer created = post(permit, "/api/volunteer/profile", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body())
                .containsEntry("idNumberMasked", "810000********" + hk.substring(14))
                .containsEntry("birthDate", "1995-07-01")
                .containsEntry("gender", "male");

        Person traveller = person();
        Map<String, Object> passport = registration("Anna Müller", "c1234 5678", "13577778888");
        passport.put("idType", "passport");
        secrets.add("C12345678");
        Answer noBirthDate = post(traveller, "/api/volunteer/profile", passport);
        assertThat(noBirthDate.status()).isEqualTo(400);
        assertThat(noBirthDate.errorFields()).containsExactly("birthDate");
        passport.put("birthDate", "1990-04-20");
        Answer withBirthDate = post(traveller, "/api/volunteer/profile", passport);
        assertThat(withBirthDate.status()).as(withBirthDate.toString()).isEqualTo(201);
        assertThat(withBirthDate.body())
                .containsEntry("idType", "passport")
                .containsEntry("idNumberMasked", "C1******8")
                .containsEntry("birthDate", "1990-04-20");
    }

    @Test
    @Order(7)
    void aVolunteerChangesContactAndListsButNotNameOrId() {
        Person p = person();
        Answer created = post(
                p,
                "/api/volunteer/profile",
                registration("普文华", IdNumbersForTests.residentIdAged(25, 10), "13611112222"));
        long version = ((Number) created.body().get("version")).longValue();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("mobile", "+86 136-2222-3333");
        change.put("skills", List.of("driving", "language-hani"));
        change.put("regionCodes", List.of("5333"));
        change.put("availability", List.of("weekday-evening"));
        change.put("version", version);
        secrets.add("13622223333");
        Answer changed = put(p, "/api/volunteer/profile", change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body())
                .containsEntry("mobile", "13622223333")
                .containsEntry("skills", List.of("driving", "language-hani"))
                .containsEntry("regionCodes", List.of("5333"))
                .containsEntry("availability", List.of("weekday-evening"))
                .containsEntry("name", "普文华")
                .containsEntry("version", (int) version + 1);
        Answer stale = put(p, "/api/volunteer/profile", change);
        assertThat(stale.status()).isEqualTo(409);
        change.put("version", version + 1);
        change.put("skills", List.of("driving", "driving"));
        Answer duplicate = put(p, "/api/volunteer/profile", change);
        assertThat(duplicate.errorFields()).containsExactly("skills[1]");
        change.put("skills", List.of("driving"));
        assertThat(put(person(), "/api/volunteer/profile", change).status()).isEqualTo(404);
        assertThat(get(person(), "/api/volunteer/profile").status()).isEqualTo(404);
        assertThat(api.get("/api/volunteer/profile").status()).isEqualTo(401);
    }

    @Test
    @Order(8)
    void theTaxonomiesListTheSkillsWithTheirKinds() {
        Answer taxonomies = api.get("/api/taxonomies");
        assertThat(taxonomies.list("skills")).hasSizeGreaterThanOrEqualTo(16).anySatisfy(s -> {
            assertThat(s.get("code")).isEqualTo("language-yi");
            assertThat(s.get("kind")).isEqualTo("language");
            assertThat(s.get("nameZh")).isEqualTo("彝语");
            assertThat(s.get("nameEn")).isEqualTo("Yi language");
        });
        assertThat(taxonomies.list("skills").get(0))
                .containsEntry("code", "counselling")
                .containsEntry("kind", "service");
    }

    @Test
    @Order(100)
    void noIdNumberMobileOrNameReachedTheLogOrTheAuditTable() {
        assertThat(secrets).hasSizeGreaterThan(20);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE action = 'volunteer.registered'"))
                .isGreaterThanOrEqualTo(6);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE action = 'volunteer.guardian-consent'"))
                .isEqualTo(1);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE action = 'volunteer.updated'"))
                .isEqualTo(1);
        String audit = auditText();
        String logText = log.text();
        assertThat(logText)
                .as("the application logged something while the tests ran")
                .isNotEmpty();
        for (String secret : secrets) {
            assertThat(audit).as("audit table").doesNotContain(secret);
            assertThat(logText).as("application log").doesNotContain(secret);
        }
    }

    // ---- database reads

    private long countVolunteer(long accountId) {
        return Db.count(dataSource, "SELECT count(*) FROM volunteer WHERE account_id = " + accountId);
    }

    private Map<String, Object> row(long accountId) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.prepareStatement("SELECT * FROM volunteer WHERE account_id = ?")) {
            st.setLong(1, accountId);
            try (var rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    private String auditText() {
        StringBuilder text = new StringBuilder();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT * FROM audit_event ORDER BY id")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    text.append(rs.getString(i)).append('\t');
                }
                text.append('\n');
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return text.toString();
    }

    private static <T> MutableHttpRequest<T> json(MutableHttpRequest<T> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}

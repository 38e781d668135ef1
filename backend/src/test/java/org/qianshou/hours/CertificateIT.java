package org.qianshou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.HoursFixtures;
import org.qianshou.testing.HoursFixtures.Agency;
import org.qianshou.testing.HoursFixtures.Person;
import org.qianshou.testing.RealServices;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateIT implements TestPropertyProvider {

    /** A fictitious resident ID number with a valid check character; the volunteer feature stores it encrypted. */
    private static final String ID_NUMBER = HoursFixtures.idNumber();

    private static final String MASKED = HoursFixtures.masked(ID_NUMBER);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    Api api;
    HoursFixtures fixtures;
    Agency agency;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(RealServices.isolatedProperties("certificates"));
        properties.put("qianshou.public-url", "https://qianshou.example/");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        fixtures = new HoursFixtures(context, api);
        agency = fixtures.agency("彝良县证明测试社工站");
    }

    @Test
    void aCertificateIsAPdfWithTheFieldsOfTheMeasuresAndItsCodeVerifiesIt() throws Exception {
        Person volunteer = fixtures.volunteer("陈志愿", ID_NUMBER);
        long first = recorded(volunteer, "留守儿童课业辅导", "2026-12-05T09:00:00+08:00", "2026-12-05T12:30:00+08:00", 210);
        long second = recorded(volunteer, "敬老院探访", "2026-12-12T14:00:00+08:00", "2026-12-12T16:00:00+08:00", 120);

        Answer issued =
                send(HttpRequest.POST("/api/volunteer/certificates", Map.of("organisationId", agency.id())), volunteer);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.body())
                .containsEntry("status", "valid")
                .containsEntry("totalMinutes", 330)
                .containsEntry("organisationName", "彝良县证明测试社工站");
        String code = (String) issued.body().get("code");
        assertThat(code).matches("[A-Za-z0-9_-]{24}");

        HttpResponse<byte[]> pdf = client.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/volunteer/certificates/" + code + ".pdf")
                                .bearerAuth(volunteer.token()),
                        byte[].class);
        assertThat(pdf.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/pdf"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("志愿服务证明")
                .contains("陈志愿")
                .contains(MASKED)
                .contains("5.5 小时")
                .contains("3.5 小时")
                .contains("留守儿童课业辅导")
                .contains("敬老院探访")
                .contains("彝良县证明测试社工站")
                .contains("2026年12月5日")
                .contains(code)
                .contains("https://qianshou.example/verify/" + code);
        assertThat(text.replace(" ", "")).doesNotContain(ID_NUMBER).doesNotContain(ID_NUMBER.substring(6, 14));

        Answer verified = api.get("/api/certificates/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body())
                .containsEntry("code", code)
                .containsEntry("status", "valid")
                .containsEntry("volunteerName", "陈志愿")
                .containsEntry("idNumberMasked", MASKED)
                .containsEntry("organisationName", "彝良县证明测试社工站")
                .containsEntry("totalMinutes", 330)
                .containsEntry("periodFrom", "2026-12-05")
                .containsEntry("periodTo", "2026-12-12")
                .containsEntry("revokedAt", null);
        assertThat(verified.list("records"))
                .extracting(r -> r.get("activity") + "/" + r.get("date") + "/" + r.get("minutes"))
                .containsExactly("留守儿童课业辅导/2026-12-05/210", "敬老院探访/2026-12-12/120");
        assertThat(verified.body().toString()).doesNotContain(ID_NUMBER);
        assertThat(
                        Db.count(
                                dataSource,
                                "SELECT count(*) FROM audit_event WHERE action = 'certificate.issued' AND detail LIKE '%330 minutes'"))
                .isEqualTo(1);
        assertThat(List.of(first, second)).hasSize(2);
    }

    @Test
    void aCertificateOverChosenRecordsCoversOnlyThose() {
        Person volunteer = fixtures.volunteer("林志愿", HoursFixtures.idNumber());
        long first = recorded(volunteer, "植树", "2026-11-01T09:00:00+08:00", "2026-11-01T11:00:00+08:00", 120);
        recorded(volunteer, "义诊", "2026-11-08T09:00:00+08:00", "2026-11-08T11:00:00+08:00", 90);

        Answer issued = send(
                HttpRequest.POST(
                        "/api/volunteer/certificates",
                        Map.of("organisationId", agency.id(), "recordIds", List.of(first))),
                volunteer);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.body()).containsEntry("totalMinutes", 120);
        assertThat(api.get("/api/certificates/" + issued.body().get("code")).list("records"))
                .extracting(r -> r.get("activity"))
                .containsExactly("植树");
    }

    @Test
    void unknownCodesAre404AndRecordsThatAreNotConfirmedOrNotOwnCannotBeCertified() {
        Answer unknown = api.get("/api/certificates/AAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/certificates/not-a-code").status()).isEqualTo(404);

        Person volunteer = fixtures.volunteer("黄志愿", HoursFixtures.idNumber());
        Person other = fixtures.volunteer("郑志愿", HoursFixtures.idNumber());
        long mine = recorded(volunteer, "助学", "2026-10-01T09:00:00+08:00", "2026-10-01T10:00:00+08:00", 60);

        Answer none =
                send(HttpRequest.POST("/api/volunteer/certificates", Map.of("organisationId", agency.id())), other);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("organisationId");
        Answer notTheirs = send(
                HttpRequest.POST(
                        "/api/volunteer/certificates",
                        Map.of("organisationId", agency.id(), "recordIds", List.of(mine))),
                other);
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.errorFields()).containsExactly("recordIds");
        Answer missing = send(HttpRequest.POST("/api/volunteer/certificates", Map.of()), volunteer);
        assertThat(missing.errorFields()).containsExactly("organisationId");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM certificate WHERE volunteer_account_id = " + other.id()))
                .isZero();

        Answer issued =
                send(HttpRequest.POST("/api/volunteer/certificates", Map.of("organisationId", agency.id())), volunteer);
        String code = (String) issued.body().get("code");
        Answer someoneElsesPdf = api.send(
                HttpRequest.GET("/api/volunteer/certificates/" + code + ".pdf").bearerAuth(other.token()));
        assertThat(someoneElsesPdf.status()).isEqualTo(404);
    }

    @Test
    void aCorrectedRecordRevokesTheCertificateAndTheVerifyAnswerSaysSo() {
        Person volunteer = fixtures.volunteer("冯志愿", HoursFixtures.idNumber());
        long record = recorded(volunteer, "社区宣传", "2026-09-01T09:00:00+08:00", "2026-09-01T12:00:00+08:00", 180);
        String code = (String) send(
                        HttpRequest.POST("/api/volunteer/certificates", Map.of("organisationId", agency.id())),
                        volunteer)
                .body()
                .get("code");

        Answer corrected = send(
                HttpRequest.POST(
                        "/api/organisations/" + agency.id() + "/records/" + record + "/correct",
                        ServiceRecordIT.correction(170, "扣除午休时间", 1)),
                agency.staff());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        Answer verified = api.get("/api/certificates/" + code);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).containsEntry("status", "revoked").containsEntry("totalMinutes", 180);
        assertThat(verified.body().get("revokedAt")).isNotNull();
        Answer fresh =
                send(HttpRequest.POST("/api/volunteer/certificates", Map.of("organisationId", agency.id())), volunteer);
        assertThat(fresh.body()).containsEntry("status", "valid").containsEntry("totalMinutes", 170);
    }

    @Test
    void issuingAndCorrectingAtOnceNeverLeaveAValidCertificateOfASupersededVersion() throws Exception {
        Person volunteer = fixtures.volunteer("竞态志愿者", HoursFixtures.idNumber());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long record = recorded(
                        volunteer,
                        "竞态测试" + round,
                        "2026-12-0" + (round + 1) + "T09:00:00+08:00",
                        "2026-12-0" + (round + 1) + "T10:00:00+08:00",
                        60);
                var start = new java.util.concurrent.CountDownLatch(1);
                var issue = pool.submit(() -> {
                    start.await();
                    return send(
                            HttpRequest.POST(
                                    "/api/volunteer/certificates",
                                    Map.of("organisationId", agency.id(), "recordIds", List.of(record))),
                            volunteer);
                });
                var correct = pool.submit(() -> {
                    start.await();
                    return send(
                            HttpRequest.POST(
                                    "/api/organisations/" + agency.id() + "/records/" + record + "/correct",
                                    ServiceRecordIT.correction(50, "并发更正", 1)),
                            agency.staff());
                });
                start.countDown();
                Answer issued = issue.get();
                assertThat(correct.get().status()).isEqualTo(200);
                assertThat(issued.status()).as(issued.toString()).isIn(201, 409);
                if (issued.status() == 201) {
                    Answer verified =
                            api.get("/api/certificates/" + issued.body().get("code"));
                    long covered = Db.count(
                            dataSource,
                            "SELECT cr.record_version FROM certificate_record cr JOIN certificate c"
                                    + " ON c.id = cr.certificate_id WHERE c.code = '"
                                    + issued.body().get("code") + "'");
                    if (covered == 1) {
                        assertThat(verified.body()).as("round " + round).containsEntry("status", "revoked");
                    } else {
                        assertThat(covered).isEqualTo(2);
                        assertThat(verified.body())
                                .containsEntry("status", "valid")
                                .containsEntry("totalMinutes", 50);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers

    /** A confirmed record of the given minutes for a new attended shift of the agency; its id. */
    private long recorded(Person volunteer, String activity, String start, String end, int minutes) {
        long shift = fixtures.shift(agency, activity, start, end);
        long signup = fixtures.signup(shift, volunteer, "attended");
        String base = "/api/organisations/" + agency.id() + "/shifts/" + shift + "/records";
        Answer put = send(
                HttpRequest.PUT(
                        base, Map.of("entries", List.of(ServiceRecordIT.entry(signup, minutes, activity + "服务")))),
                agency.staff());
        assertThat(put.status()).as(put.toString()).isIn(200);
        long id = ((Number) ((Map<?, ?>)
                                api.getList(base, agency.staff().token()).get(0).get("record"))
                        .get("id"))
                .longValue();
        Answer confirm = send(HttpRequest.POST(base + "/confirm", Map.of("recordIds", List.of(id))), agency.staff());
        assertThat(confirm.status()).isIn(200);
        return id;
    }

    private Answer send(MutableHttpRequest<?> request, Person caller) {
        request.contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(caller.token());
        try {
            HttpResponse<Object> response =
                    client.toBlocking().exchange(request, io.micronaut.core.type.Argument.of(Object.class));
            Object body = response.body();
            @SuppressWarnings("unchecked")
            Map<String, Object> map = body instanceof List<?> list ? Map.of("items", list) : (Map<String, Object>) body;
            return new Answer(response.code(), "", map);
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return api.send(request);
        }
    }
}

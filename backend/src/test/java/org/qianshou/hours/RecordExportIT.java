package org.qianshou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
class RecordExportIT implements TestPropertyProvider {

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
    String idA;
    String idB;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("recordexport");
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        fixtures = new HoursFixtures(context, api);
        agency = fixtures.agency("导出测试社工中心");
        idA = HoursFixtures.idNumber();
        idB = HoursFixtures.idNumber();
        Person a = fixtures.volunteer("韩志愿", idA);
        Person b = fixtures.volunteer("=HYPERLINK(\"http://x\")", idB);
        record(a, "课业辅导, 阅读", "2026-12-05T09:00:00+08:00", "2026-12-05T12:30:00+08:00", 210, "辅导作业\n\"读书会\"");
        record(b, "探访", "2026-12-31T14:00:00+08:00", "2026-12-31T15:00:00+08:00", 60, "+1 陪伴");
        record(a, "不在时段内", "2027-01-01T09:00:00+08:00", "2027-01-01T10:00:00+08:00", 60, "次年");
    }

    @Test
    void theExportIsUtf8WithBomHasTheFieldsQuotesAsRfc4180AndGuardsFormulas() {
        HttpResponse<byte[]> response = client.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/organisations/" + agency.id()
                                        + "/records.csv?from=2026-12-01&to=2026-12-31")
                                .bearerAuth(agency.staff().token()),
                        byte[].class);
        assertThat(response.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("text/csv"));
        assertThat(response.header("Content-Disposition")).startsWith("attachment");
        byte[] bytes = response.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = Arrays.asList(text.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));

        assertThat(lines.get(0))
                .isEqualTo("志愿者姓名,证件号码（脱敏）,活动名称,服务开始时间,服务结束时间,服务地点,服务时长（小时）,服务时长（分钟）," + "服务内容,评价,记录状态,记录组织,记录日期");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .startsWith("韩志愿," + HoursFixtures.masked(idA) + ",\"课业辅导, 阅读\",2026-12-05 09:00,2026-12-05 12:30,")
                .contains(",3.5,210,\"辅导作业\n\"\"读书会\"\"\",,已确认,导出测试社工中心,");
        assertThat(lines.get(2))
                .startsWith("\"'=HYPERLINK(\"\"http://x\"\")\"," + HoursFixtures.masked(idB) + ",探访,")
                .contains(",1,60,'+1 陪伴,");
        assertThat(text).doesNotContain("不在时段内");

        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE action = 'records.exported' AND object_id = '"
                                + agency.id() + "' AND detail = 'from 2026-12-01 to 2026-12-31, 2 rows'"))
                .isEqualTo(1);
    }

    @Test
    void theHeaderFollowsTheCallersLanguage() {
        byte[] bytes = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/organisations/" + agency.id()
                                        + "/records.csv?from=2026-12-01&to=2026-12-01")
                                .header("Accept-Language", "en")
                                .bearerAuth(agency.staff().token()),
                        byte[].class);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFVolunteer name,ID number (masked),");
    }

    @Test
    void aWrongPeriodIsRefusedNamingTheFieldAndNothingIsAudited() {
        long before = Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE action = 'records.exported'");
        String base = "/api/organisations/" + agency.id() + "/records.csv";
        for (var c : List.of(
                Map.entry("?to=2026-12-31", "from"),
                Map.entry("?from=2026-12-31&to=2026-12-01", "to"),
                Map.entry("?from=2026-13-01&to=2026-12-01", "from"),
                Map.entry("?from=2024-01-01&to=2026-12-01", "to"))) {
            Answer answer = api.send(
                    HttpRequest.GET(base + c.getKey()).bearerAuth(agency.staff().token()));
            assertThat(answer.status()).as(c.getKey()).isEqualTo(400);
            assertThat(answer.errorFields()).as(c.getKey()).contains(c.getValue());
        }
        Person stranger = fixtures.account("外人");
        assertThat(api.send(HttpRequest.GET(base + "?from=2026-12-01&to=2026-12-31")
                                .bearerAuth(stranger.token()))
                        .status())
                .isIn(403, 404);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE action = 'records.exported'"))
                .isEqualTo(before);
    }

    private void record(Person volunteer, String activity, String start, String end, int minutes, String content) {
        long shift = fixtures.shift(agency, activity, start, end);
        long signup = fixtures.signup(shift, volunteer, "attended");
        String base = "/api/organisations/" + agency.id() + "/shifts/" + shift + "/records";
        client.toBlocking()
                .exchange(HttpRequest.PUT(
                                base,
                                Map.of(
                                        "entries",
                                        List.of(Map.of("signupId", signup, "minutes", minutes, "content", content))))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(agency.staff().token()));
        Object id =
                ((Map<?, ?>) api.getList(base, agency.staff().token()).get(0).get("record")).get("id");
        client.toBlocking()
                .exchange(HttpRequest.POST(base + "/confirm", Map.of("recordIds", List.of(id)))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(agency.staff().token()));
    }
}

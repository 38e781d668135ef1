package org.qianshou.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.demo.DemoDataLoader;
import org.qianshou.taxonomy.ProtectedGroups;
import org.qianshou.testing.Api;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingRows;
import org.qianshou.testing.FundingRows.Award;
import org.qianshou.testing.FundingRows.Line;
import org.qianshou.testing.FundingRows.Member;
import org.qianshou.testing.FundingRows.Org;
import org.qianshou.testing.HoursFixtures;
import org.qianshou.testing.RealServices;

/**
 * Every headline number and every prefecture and county figure against a SQL count of the same rows written here,
 * independently of the statistics repository: on demo data, then again after rows that move each figure (and rows
 * that must not: a draft project, a proposed award, an unapproved payment, a draft service record, a draft story).
 * And the open data files: BOM, RFC 4180 quoting, the same rows as the SQL, no personal data.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIT implements TestPropertyProvider {

    private static final String ZHAOTONG = "5306";
    private static final String ZHENXIONG = "530627";
    private static final List<String> MEASURES = List.of("projects", "hours", "awarded", "stories");
    private static final String REPRESENTATIVE = "赵法人甲";
    private static final String ORGANISATION_PHONE = "13912345678";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    @Inject
    DemoDataLoader demo;

    Api api;
    final List<String> personal = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("statistics"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @BeforeAll
    void demoData() {
        api = new Api(client.toBlocking());
        assertThat(demo.load(80, 10)).isEqualTo(80);
    }

    @Test
    void everyFigureEqualsItsSqlCountOnDemoDataAndAfterRowsThatMoveIt() {
        Map<String, BigDecimal> headlineBefore = checkHeadline();
        Map<String, BigDecimal> zhaotongBefore = checkPrefectures().get(ZHAOTONG);
        Map<String, Map<String, BigDecimal>> countiesBefore = checkCounties(ZHAOTONG);
        checkCounties("5301");

        addRowsInZhenxiong();

        Map<String, BigDecimal> headline = checkHeadline();
        Map<String, BigDecimal> zhaotong = checkPrefectures().get(ZHAOTONG);
        Map<String, Map<String, BigDecimal>> counties = checkCounties(ZHAOTONG);
        checkCounties("5301");

        // What the added rows must have moved, and by how much (the SQL above says the same; this says they moved).
        assertThat(delta(headline, headlineBefore, "verifiedOrganisations")).isEqualByComparingTo("3");
        assertThat(delta(headline, headlineBefore, "publishedProjects")).isEqualByComparingTo("3");
        assertThat(delta(headline, headlineBefore, "volunteers")).isEqualByComparingTo("2");
        assertThat(delta(headline, headlineBefore, "confirmedMinutes")).isEqualByComparingTo("150");
        assertThat(delta(headline, headlineBefore, "awardedFen")).isEqualByComparingTo("1000000");
        assertThat(delta(headline, headlineBefore, "paidFen")).isEqualByComparingTo("300000");
        assertThat(delta(headline, headlineBefore, "publishedStories")).isEqualByComparingTo("1");
        assertThat(delta(zhaotong, zhaotongBefore, "projects")).isEqualByComparingTo("3");
        assertThat(delta(zhaotong, zhaotongBefore, "minutes")).isEqualByComparingTo("150");
        assertThat(delta(zhaotong, zhaotongBefore, "awarded")).isEqualByComparingTo("1000000");
        assertThat(delta(zhaotong, zhaotongBefore, "stories")).isEqualByComparingTo("1");
        Map<String, BigDecimal> before = countiesBefore.get(ZHENXIONG);
        Map<String, BigDecimal> after = counties.get(ZHENXIONG);
        assertThat(delta(after, before, "projects")).isEqualByComparingTo("3");
        assertThat(delta(after, before, "minutes")).isEqualByComparingTo("150");
        assertThat(delta(after, before, "awarded")).isEqualByComparingTo("1000000");
        assertThat(delta(after, before, "stories")).isEqualByComparingTo("1");

        // the links that produce each headline number
        Map<String, Object> links = api.get("/api/statistics/headline").body();
        assertThat(((Map<?, ?>) links.get("publishedProjects")).get("link")).isEqualTo("/projects");
        assertThat(((Map<?, ?>) links.get("verifiedOrganisations")).get("link")).isEqualTo("/organisations");
        assertThat(((Map<?, ?>) links.get("publishedStories")).get("link")).isEqualTo("/stories");
        assertThat(((Map<?, ?>) links.get("volunteers")).get("link"))
                .isEqualTo("/yunnan?measure=hours#prefecture-figures");
        assertThat(((Map<?, ?>) links.get("confirmedHours")).get("link"))
                .isEqualTo("/yunnan?measure=hours#prefecture-figures");
        assertThat(((Map<?, ?>) links.get("awardedFen")).get("link")).isEqualTo("/disclosure");
        assertThat(((Map<?, ?>) links.get("paidFen")).get("link")).isEqualTo("/disclosure");
    }

    @Test
    void openDataFilesAreTheSqlRowsWithABomQuotedAndWithoutPersonalData() {
        addRowsInZhenxiong();
        String projects = csv("/api/open-data/projects.csv");
        String organisations = csv("/api/open-data/organisations.csv");
        String stories = csv("/api/open-data/stories.csv");

        assertThat(records(projects))
                .hasSize(1
                        + (int) count("SELECT count(*) FROM project p JOIN organisation o"
                                + " ON o.id = p.organisation_id WHERE p.status <> 'draft' AND o.status = 'verified'"));
        assertThat(records(organisations))
                .hasSize(1 + (int) count("SELECT count(*) FROM organisation WHERE status = 'verified'"));
        assertThat(records(stories))
                .hasSize(1
                        + (int) count("SELECT count(*) FROM story st JOIN organisation o ON o.id ="
                                + " st.organisation_id WHERE st.status = 'published' AND o.status = 'verified'"));

        // RFC 4180: a title with a comma and quotes is one quoted cell with the quotes doubled
        assertThat(projects).contains("\"彩虹, \"\"陪伴\"\"计划\"");
        List<String> row = records(projects).stream()
                .filter(r -> r.get(1).equals("彩虹, \"陪伴\"计划"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(7)).isEqualTo(ZHENXIONG);
        assertThat(records(projects).get(0).get(0)).isEqualTo("id");
        assertThat(projects).doesNotContain("统计草稿项目");
        assertThat(stories).contains("统计测试：镇雄的故事").doesNotContain("统计草稿故事").doesNotContain("统计测试：停牌机构的故事");
        // a story about children or another protected group (its own groups or its project's) leaves its project's
        // title out: project titles often name the village (review s18 M3); any other keeps it
        int withheld = 0;
        String protectedCodes = ProtectedGroups.CODES.stream()
                .map(code -> "'" + code + "'")
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        for (List<String> r : records(stories).subList(1, records(stories).size())) {
            long id = Long.parseLong(r.get(0));
            boolean protectedGroup = count("SELECT count(*) FROM story s WHERE s.id = " + id
                            + " AND (EXISTS (SELECT 1 FROM story_target_group g WHERE g.story_id = s.id"
                            + " AND g.target_group_code IN " + protectedCodes + ") OR EXISTS (SELECT 1 FROM"
                            + " project_target_group g WHERE g.project_id = s.project_id AND g.target_group_code IN "
                            + protectedCodes + "))")
                    > 0;
            String title = Db.text(
                    dataSource, "SELECT p.title FROM story s JOIN project p ON p.id = s.project_id WHERE s.id = " + id);
            assertThat(r.get(6)).as("story %d", id).isEqualTo(protectedGroup ? "" : title);
            withheld += protectedGroup ? 1 : 0;
        }
        assertThat(withheld).isPositive();

        for (String file : List.of(projects, organisations, stories)) {
            assertThat(file).doesNotContain(REPRESENTATIVE).doesNotContain(ORGANISATION_PHONE);
            for (String value : personal) {
                assertThat(file).doesNotContain(value);
            }
            assertThat(file).doesNotContain("@");
        }
    }

    @Test
    void badMeasureIs400NamingItAndAnUnknownPrefectureIs404() {
        Api.Answer bad = api.get("/api/statistics/prefectures?measure=money");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("measure");
        assertThat(api.get("/api/statistics/prefectures").status()).isEqualTo(400);
        assertThat(api.get("/api/statistics/prefectures/5302").status()).isEqualTo(404);
        assertThat(api.get("/api/statistics/prefectures/530627").status()).isEqualTo(404);
    }

    // ---- the figures against SQL written here

    private Map<String, BigDecimal> checkHeadline() {
        Map<String, Object> body = api.get("/api/statistics/headline").body();
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put(
                "verifiedOrganisations", big(count("SELECT count(*) FROM organisation WHERE status = 'verified'")));
        expected.put(
                "publishedProjects",
                big(count("SELECT count(*) FROM project p WHERE p.status IN ('published', 'closed') AND"
                        + " p.organisation_id IN (SELECT id FROM organisation WHERE status = 'verified')")));
        expected.put("volunteers", big(count("SELECT count(*) FROM volunteer")));
        long minutes = count("SELECT coalesce(sum(v.minutes), 0) FROM service_record_version v WHERE"
                + " (v.record_id, v.version) IN (SELECT id, current_version FROM service_record"
                + " WHERE status = 'confirmed')");
        expected.put("confirmedHours", hours(minutes));
        expected.put(
                "awardedFen",
                big(count("SELECT coalesce(sum(amount_fen), 0) FROM funding_award WHERE status IN ('approved',"
                        + " 'accepted', 'completed') AND call_id IN (SELECT id FROM funding_call WHERE status IN"
                        + " ('published', 'closed'))")));
        expected.put(
                "paidFen",
                big(count("SELECT coalesce(sum(e.amount_fen), 0) FROM funding_ledger_entry e JOIN funding_award a ON"
                        + " a.id = e.award_id JOIN funding_call c ON c.id = e.call_id WHERE e.kind = 'payment' AND"
                        + " a.status IN ('approved', 'accepted', 'completed') AND c.status IN ('published',"
                        + " 'closed')")));
        expected.put(
                "publishedStories",
                big(count("SELECT count(*) FROM story st JOIN organisation o ON o.id = st.organisation_id"
                        + " WHERE st.status = 'published' AND o.status = 'verified'")));
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        expected.forEach((name, value) -> {
            Map<?, ?> figure = (Map<?, ?>) body.get(name);
            assertThat(figure).as(name).isNotNull();
            actual.put(name, number(figure.get("value")));
            assertThat(figure.get("link")).as(name + " link").asString().startsWith("/");
        });
        assertThat(actual).as("headline against SQL").usingRecursiveComparison().isEqualTo(expected);
        actual.put("confirmedMinutes", big(minutes));
        return actual;
    }

    /** Every prefecture's four measures against SQL; returns each prefecture's figures (minutes for hours). */
    private Map<String, Map<String, BigDecimal>> checkPrefectures() {
        Map<String, Map<String, BigDecimal>> result = new LinkedHashMap<>();
        for (String measure : MEASURES) {
            Api.Answer answer = api.get("/api/statistics/prefectures?measure=" + measure);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            List<Map<String, Object>> prefectures = answer.list("prefectures");
            assertThat(prefectures).hasSize(16);
            assertThat(prefectures.stream().map(p -> p.get("code")).toList())
                    .containsExactly(
                            "5301", "5303", "5304", "5305", "5306", "5307", "5308", "5309", "5323", "5325", "5326",
                            "5328", "5329", "5331", "5333", "5334");
            BigDecimal max = BigDecimal.ZERO;
            for (Map<String, Object> p : prefectures) {
                String code = (String) p.get("code");
                Map<String, BigDecimal> sql = sqlFigures(code);
                BigDecimal expected =
                        measure.equals("hours") ? hours(sql.get("minutes").longValue()) : sql.get(measure);
                assertThat(number(p.get("value"))).as(measure + " of " + code).isEqualByComparingTo(expected);
                max = max.max(expected);
                result.put(code, sql);
            }
            assertThat(number(answer.body().get("max"))).as("max " + measure).isEqualByComparingTo(max);
        }
        return result;
    }

    /** The prefecture's figures and each county's against SQL; returns the counties' figures. */
    private Map<String, Map<String, BigDecimal>> checkCounties(String prefecture) {
        Api.Answer answer = api.get("/api/statistics/prefectures/" + prefecture);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertRegion(answer.map("prefecture"), prefecture);
        List<Map<String, Object>> counties = answer.list("counties");
        assertThat(counties)
                .hasSize((int) count("SELECT count(*) FROM region WHERE parent_code = '" + prefecture + "'"));
        Map<String, Map<String, BigDecimal>> result = new LinkedHashMap<>();
        for (Map<String, Object> county : counties) {
            String code = (String) county.get("code");
            result.put(code, assertRegion(county, code));
        }
        return result;
    }

    private Map<String, BigDecimal> assertRegion(Map<String, Object> region, String code) {
        Map<String, BigDecimal> sql = sqlFigures(code);
        assertThat(region.get("code")).isEqualTo(code);
        assertThat(region.get("name")).isEqualTo(text("SELECT name FROM region WHERE code = '" + code + "'"));
        assertThat(number(region.get("projects"))).as("projects of " + code).isEqualByComparingTo(sql.get("projects"));
        assertThat(number(region.get("confirmedHours")))
                .as("hours of " + code)
                .isEqualByComparingTo(hours(sql.get("minutes").longValue()));
        assertThat(number(region.get("awardedFen"))).as("awarded of " + code).isEqualByComparingTo(sql.get("awarded"));
        assertThat(number(region.get("stories"))).as("stories of " + code).isEqualByComparingTo(sql.get("stories"));
        return sql;
    }

    /** A region's four figures, counted here row by row over the region's subtree. */
    private Map<String, BigDecimal> sqlFigures(String code) {
        String under = " LIKE '" + code + "%'";
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(
                "projects",
                big(count("SELECT count(*) FROM project p JOIN organisation o ON o.id = p.organisation_id"
                        + " WHERE p.status IN ('published', 'closed') AND o.status = 'verified' AND p.id IN"
                        + " (SELECT project_id FROM project_region WHERE region_code" + under + ")")));
        figures.put(
                "minutes",
                big(count("SELECT coalesce(sum(v.minutes), 0) FROM service_record r, service_record_version v,"
                        + " shift s, opening o WHERE v.record_id = r.id AND v.version = r.current_version"
                        + " AND s.id = r.shift_id AND o.id = s.opening_id AND r.status = 'confirmed'"
                        + " AND o.region_code" + under)));
        figures.put(
                "awarded",
                big(count("SELECT coalesce(sum(a.amount_fen), 0) FROM funding_award a JOIN funding_call c"
                        + " ON c.id = a.call_id WHERE a.status IN ('approved', 'accepted', 'completed')"
                        + " AND c.status IN ('published', 'closed') AND a.project_id IN"
                        + " (SELECT project_id FROM project_region WHERE region_code" + under + ")")));
        figures.put(
                "stories",
                big(count("SELECT count(*) FROM story st JOIN organisation o ON o.id = st.organisation_id"
                        + " WHERE st.status = 'published' AND o.status = 'verified' AND st.region_code" + under)));
        return figures;
    }

    // ---- rows that move each figure in 镇雄县 (昭通市), and rows that must not

    private void addRowsInZhenxiong() {
        FundingRows rows = new FundingRows(context, api);
        Org funder = rows.organisation("统计测试基金会", "funder", "钱出纳", "孙复核");
        Org agency = rows.organisation("统计测试社工站", "agency", "周社工", "吴社工");
        for (Org org : List.of(funder, agency)) {
            personal.addAll(List.of(
                    org.first().name(),
                    org.first().email(),
                    org.first().phone(),
                    org.second().email(),
                    org.second().phone()));
        }
        Db.execute(
                dataSource,
                "UPDATE organisation SET legal_representative = '" + REPRESENTATIVE + "', contact_phone = '"
                        + ORGANISATION_PHONE + "', contact_email = 'office@statistics.test' WHERE id = " + agency.id());
        long project = api.createProject(Api.project(
                agency.id(),
                "彩虹, \"陪伴\"计划",
                List.of(ZHENXIONG),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        api.createProject(Api.project(
                agency.id(),
                "统计草稿项目",
                List.of(ZHENXIONG),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "draft"));
        long call = rows.call(funder, "统计测试征集", 5_000_000, 6, new int[] {6000, 4000}, LocalDate.of(2026, 6, 30));
        long application = rows.application(
                agency,
                call,
                project,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                new Line("activities", 1_000_000));
        Award award = rows.award(funder, call, application, 1_000_000, "accepted");
        rows.payment(funder, award.tranches().get(0), 300_000, LocalDate.of(2026, 2, 1), true);
        rows.payment(funder, award.tranches().get(1), 100_000, LocalDate.of(2026, 7, 1), false);
        long secondProject = rows.project(agency, "统计测试第二项目");
        long otherCall = rows.call(funder, "统计测试征集二", 5_000_000, 6, new int[] {10000});
        long otherApplication = rows.application(
                agency,
                otherCall,
                secondProject,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                new Line("activities", 700_000));
        rows.award(funder, otherCall, otherApplication, 700_000, "proposed");

        HoursFixtures hours = new HoursFixtures(context, api);
        HoursFixtures.Agency station = hours.agency("统计测试服务中心");
        HoursFixtures.Person volunteer = hours.volunteer("测试志愿者", HoursFixtures.idNumber());
        long shift = hours.shift(station, "统计测试活动", "2026-03-01T09:00:00+08:00", "2026-03-01T12:00:00+08:00");
        record(station, volunteer, shift, 150, "confirmed");
        HoursFixtures.Person other = hours.volunteer("另一志愿者", HoursFixtures.idNumber());
        record(station, other, shift, 90, "draft");

        story(agency.id(), project, "统计测试：镇雄的故事", "published");
        Db.execute(
                dataSource,
                "INSERT INTO story_target_group (story_id, target_group_code) SELECT id, 'left-behind-children' FROM story"
                        + " WHERE title = '统计测试：镇雄的故事' ON CONFLICT DO NOTHING");
        story(agency.id(), project, "统计草稿故事", "draft");
        // a published story of an organisation suspended since: off the public site, so off the figures and files
        Org suspended = rows.organisation("统计测试停牌机构", "agency", "郑社工", "王社工");
        story(suspended.id(), project, "统计测试：停牌机构的故事", "published");
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + suspended.id());
        for (Member m : List.of(suspended.first(), suspended.second())) {
            personal.addAll(List.of(m.name(), m.email(), m.phone()));
        }
    }

    private void record(
            HoursFixtures.Agency station, HoursFixtures.Person volunteer, long shift, int minutes, String status) {
        long signup = new HoursFixtures(context, api).signup(shift, volunteer, "attended");
        Db.execute(
                dataSource,
                "INSERT INTO service_record (organisation_id, volunteer_account_id, shift_id, signup_id, volunteer_name,"
                        + " id_number_masked, status, confirmed_at) VALUES (" + station.id() + ", " + volunteer.id()
                        + ", " + shift + ", " + signup + ", '测试志愿者', '530627********0000', '" + status + "', "
                        + (status.equals("confirmed") ? "now()" : "NULL") + ")");
        long id = count("SELECT id FROM service_record WHERE signup_id = " + signup);
        Db.execute(
                dataSource,
                "INSERT INTO service_record_version (record_id, version, activity, place, starts_at, ends_at, minutes,"
                        + " content, organisation_name, recorded_by) VALUES (" + id + ", 1, '陪伴', '村委会',"
                        + " '2026-03-01T09:00:00+08:00', '2026-03-01T12:00:00+08:00', " + minutes + ", '陪伴儿童',"
                        + " '统计测试服务中心', " + station.staff().id() + ")");
    }

    private void story(long organisation, long project, String title, String status) {
        Db.execute(
                dataSource,
                "INSERT INTO story (organisation_id, project_id, title, summary, region_code, status, published_at)"
                        + " VALUES (" + organisation + ", " + project + ", '" + title + "', '摘要, 含逗号', '"
                        + ZHENXIONG + "', '" + status + "', " + (status.equals("published") ? "now()" : "NULL")
                        + ")");
    }

    // ---- helpers

    private String csv(String path) {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
        String body = response.body();
        assertThat(body).as(path + " starts with a BOM").startsWith("\uFEFF");
        assertThat(body).as(path + " ends its lines with CRLF").endsWith("\r\n");
        return body;
    }

    /** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = csv.substring(1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        int columns = records.get(0).size();
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(columns));
        return records;
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }

    private static BigDecimal big(long value) {
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal number(Object value) {
        assertThat(value).isInstanceOf(Number.class);
        return new BigDecimal(value.toString());
    }

    private static BigDecimal delta(Map<String, BigDecimal> after, Map<String, BigDecimal> before, String key) {
        return after.get(key).subtract(before.get(key));
    }

    private String text(String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = c.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}

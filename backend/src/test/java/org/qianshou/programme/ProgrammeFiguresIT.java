package org.qianshou.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Every programme figure on {@code GET /api/programmes} (total, towards the target, each year, each prefecture) equals
 * a count of the same rows written here independently of the application's SQL, on the demo data and after rows this
 * test adds; each added row moves exactly the figures it should. The open-data CSV carries the same numbers.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeFiguresIT implements TestPropertyProvider {

    /** A designation the public sees: not withdrawn, its project published or closed, its organisation verified. */
    private static final String SHOWN = " d.withdrawn_at IS NULL AND d.project_id IN (SELECT pj.id FROM project pj,"
            + " organisation o WHERE o.id = pj.organisation_id AND pj.status <> 'draft' AND o.status = 'verified')";

    /** An organisation of the platform the public sees (a suspended one leaves the public site and every figure). */
    private static final String VERIFIED = " IN (SELECT id FROM organisation WHERE status = 'verified')";
    /** A partnership counts while its university, when it is on the platform, is verified. */
    private static final String UNIVERSITY_SHOWN =
            " (university_organisation_id IS NULL OR university_organisation_id" + VERIFIED + ")";
    /** A pair counts while its Yunnan agency (and its partner, when on the platform) is verified. */
    private static final String PAIR_SHOWN = " agency_organisation_id" + VERIFIED
            + " AND (partner_organisation_id IS NULL OR partner_organisation_id" + VERIFIED + ")";
    /** A dispatch counts while its sending organisation, when there is one, is verified. */
    private static final String DISPATCH_SHOWN =
            " (sending_organisation_id IS NULL OR sending_organisation_id" + VERIFIED + ")";

    private static final List<String> CODES =
            List.of("university-partnership", "twinning", "talent-dispatch", "demonstration");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    DemoDataLoader demo;

    Api api;
    int thisYear;
    List<String> prefectures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("programmefigures"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @BeforeAll
    void demoData() {
        api = new Api(client.toBlocking());
        assertThat(demo.load(48, 7)).isEqualTo(48);
        thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        prefectures = strings("SELECT code FROM region WHERE parent_code = '53' ORDER BY code");
        assertThat(prefectures).hasSize(16);
    }

    @Test
    void everyFigureEqualsAnIndependentCountOfTheDemoRows() {
        Map<String, Map<String, Object>> programmes = programmes();
        assertThat(programmes.keySet()).containsExactlyElementsOf(CODES);
        for (String code : CODES) {
            assertThat(((Number) live(programmes, code).get("total")).longValue())
                    .as("%s: the demo data has rows", code)
                    .isPositive();
            assertThat(((Number) live(programmes, code).get("demo")).longValue())
                    .as("%s: the demo rows are counted and said to be demo", code)
                    .isPositive()
                    .isLessThanOrEqualTo(((Number) live(programmes, code).get("total")).longValue());
        }
        assertMatchesSql(programmes);
    }

    @Test
    void addingARowMovesExactlyItsFiguresAndTheyStillEqualTheCount() {
        String county = "530627"; // 镇雄县, 昭通市
        String prefecture = "5306";
        String township = strings("SELECT code FROM region WHERE level = 'township' AND parent_code = '" + county
                        + "' ORDER BY code LIMIT 1")
                .get(0);

        // a university that is not yet partnered, from 2019 on
        Map<String, Map<String, Object>> before = programmes();
        Answer partnership = api.adminPost(
                "/api/admin/programmes/partnerships",
                Map.of("universityName", "图表测试大学", "countyCode", county, "startDate", "2019-09-01"));
        assertThat(partnership.status()).as(partnership.toString()).isEqualTo(201);
        Map<String, Map<String, Object>> after = programmes();
        assertMoved(before, after, "university-partnership", 1, 2019, thisYear, prefecture, 1L);
        // the same university again (spaces around its name): no new university anywhere
        Answer again = api.adminPost(
                "/api/admin/programmes/partnerships",
                Map.of("universityName", " 图表测试大学 ", "countyCode", "530602", "startDate", "2018-01-01"));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        Map<String, Map<String, Object>> same = programmes();
        assertThat(live(same, "university-partnership").get("total"))
                .isEqualTo(live(after, "university-partnership").get("total"));
        assertThat(year(same, "university-partnership", 2018))
                .isEqualTo(year(after, "university-partnership", 2018) + 1);
        assertMatchesSql(same);

        // a Yunnan agency paired 2018–2019
        long agency = api.createOrganisation("图表测试社会工作服务中心", county);
        before = programmes();
        Answer pair = api.adminPost(
                "/api/admin/programmes/twinning-pairs",
                Map.of(
                        "partnerName", "深圳图表测试社工服务社",
                        "partnerProvince", "广东省",
                        "partnerCity", "深圳市",
                        "agencyOrganisationId", agency,
                        "startDate", "2018-05-01",
                        "endDate", "2019-12-31"));
        assertThat(pair.status()).as(pair.toString()).isEqualTo(201);
        after = programmes();
        assertMoved(before, after, "twinning", 1, 2018, 2019, prefecture, 1L);
        // the agency suspended (no longer verified): its pair leaves every figure and the public list, until reinstated
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + agency);
        Map<String, Map<String, Object>> pairSuspended = programmes();
        assertThat(live(pairSuspended, "twinning")).isEqualTo(live(before, "twinning"));
        assertMatchesSql(pairSuspended);
        assertThat(api.get("/api/programmes/twinning?size=100").toString()).doesNotContain("深圳图表测试社工服务社");
        Db.execute(dataSource, "UPDATE organisation SET status = 'verified' WHERE id = " + agency);
        assertThat(live(programmes(), "twinning")).isEqualTo(live(after, "twinning"));
        assertThat(api.get("/api/programmes/twinning?size=100").toString()).contains("深圳图表测试社工服务社");

        // seven social workers sent to a township in 2020
        before = programmes();
        Answer dispatch = api.adminPost(
                "/api/admin/programmes/dispatches",
                Map.of(
                        "regionCode", township,
                        "qualificationLevel", "intermediate",
                        "workers", 7,
                        "startDate", "2020-03-01",
                        "endDate", "2021-02-28"));
        assertThat(dispatch.status()).as(dispatch.toString()).isEqualTo(201);
        after = programmes();
        assertMoved(before, after, "talent-dispatch", 7, 2020, 2020, prefecture, null);

        // a published project designated for 2021, then withdrawn
        long project = api.createProject(Api.project(
                agency,
                "图表测试示范项目",
                List.of(county),
                List.of("elderly-in-difficulty"),
                List.of("special-groups"),
                "published"));
        before = programmes();
        Answer designation = api.adminPost(
                "/api/admin/programmes/designations", Map.of("projectId", project, "year", 2021, "category", "c"));
        assertThat(designation.status()).as(designation.toString()).isEqualTo(201);
        after = programmes();
        assertMoved(before, after, "demonstration", 1, 2021, 2021, prefecture, null);
        // the project's organisation suspended: its designation leaves the figures and the list
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + agency);
        Map<String, Map<String, Object>> suspended = programmes();
        assertThat(live(suspended, "demonstration")).isEqualTo(live(before, "demonstration"));
        assertMatchesSql(suspended);
        assertThat(api.get("/api/programmes/demonstration?size=100").toString()).doesNotContain("图表测试示范项目");
        Db.execute(dataSource, "UPDATE organisation SET status = 'verified' WHERE id = " + agency);
        assertThat(live(programmes(), "demonstration")).isEqualTo(live(after, "demonstration"));
        assertThat(api.get("/api/programmes/demonstration?size=100").toString()).contains("图表测试示范项目");
        Answer withdrawn = api.adminPost(
                "/api/admin/programmes/designations/" + designation.body().get("id") + "/withdraw",
                Map.of("version", designation.body().get("version")));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        Map<String, Map<String, Object>> back = programmes();
        assertThat(live(back, "demonstration")).isEqualTo(live(before, "demonstration"));
        assertMatchesSql(back);
    }

    @Test
    void aSuspendedUniversityOrSendingOrganisationTakesItsRecordsOutOfTheFiguresAndTheLists() {
        Answer university = api.adminPost(
                "/api/admin/organisations", Map.of("name", "图表测试停牌师范学院", "kind", "university", "regionCode", "530602"));
        assertThat(university.status()).as(university.toString()).isEqualTo(201);
        long universityId = ((Number) university.body().get("id")).longValue();
        String township = strings("SELECT code FROM region WHERE level = 'township' AND parent_code = '530602'"
                        + " ORDER BY code LIMIT 1")
                .get(0);
        Map<String, Map<String, Object>> before = programmes();
        Answer partnership = api.adminPost(
                "/api/admin/programmes/partnerships",
                Map.of("universityOrganisationId", universityId, "countyCode", "530602", "startDate", "2019-03-01"));
        assertThat(partnership.status()).as(partnership.toString()).isEqualTo(201);
        Answer dispatch = api.adminPost(
                "/api/admin/programmes/dispatches",
                Map.of(
                        "regionCode",
                        township,
                        "qualificationLevel",
                        "assistant",
                        "workers",
                        3,
                        "startDate",
                        "2021-04-01",
                        "sendingOrganisationId",
                        universityId));
        assertThat(dispatch.status()).as(dispatch.toString()).isEqualTo(201);
        Map<String, Map<String, Object>> after = programmes();
        assertThat(((Number) live(after, "university-partnership").get("total")).longValue())
                .isEqualTo(((Number) live(before, "university-partnership").get("total")).longValue() + 1);
        assertThat(((Number) live(after, "talent-dispatch").get("total")).longValue())
                .isEqualTo(((Number) live(before, "talent-dispatch").get("total")).longValue() + 3);
        assertMatchesSql(after);

        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + universityId);
        Map<String, Map<String, Object>> suspended = programmes();
        assertThat(live(suspended, "university-partnership")).isEqualTo(live(before, "university-partnership"));
        assertThat(live(suspended, "talent-dispatch")).isEqualTo(live(before, "talent-dispatch"));
        assertMatchesSql(suspended);
        assertThat(api.get("/api/programmes/university-partnership?size=100").toString())
                .doesNotContain("图表测试停牌师范学院");
        assertThat(api.get("/api/programmes/talent-dispatch?size=100").toString())
                .doesNotContain("图表测试停牌师范学院");

        Db.execute(dataSource, "UPDATE organisation SET status = 'verified' WHERE id = " + universityId);
        Map<String, Map<String, Object>> reinstated = programmes();
        assertThat(live(reinstated, "university-partnership")).isEqualTo(live(after, "university-partnership"));
        assertThat(live(reinstated, "talent-dispatch")).isEqualTo(live(after, "talent-dispatch"));
        assertThat(api.get("/api/programmes/talent-dispatch?size=100").toString())
                .contains("图表测试停牌师范学院");
    }

    @Test
    void theOpenDataFileCarriesTheSameNumbersAsTheApi() {
        HttpResponse<byte[]> response =
                client.toBlocking().exchange(HttpRequest.GET("/api/open-data/programmes.csv"), byte[].class);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
        byte[] bytes = response.body();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        String[] lines = text.split("\r\n");
        assertThat(lines[0])
                .isEqualTo("programme,programme_name,figure,year,prefecture_code,prefecture_name,count,target_kind,"
                        + "target_value,target_by_year,target_from_year");
        Map<String, Map<String, Object>> programmes = programmes();
        Map<String, Long> fromCsv = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            assertThat(cells).as(lines[i]).hasSize(11);
            String key = cells[0] + "|" + cells[2] + "|" + cells[3] + "|" + cells[4];
            fromCsv.put(key, Long.parseLong(cells[6]));
            Map<String, Object> target = map(programmes.get(cells[0]).get("target"));
            assertThat(cells[7]).isEqualTo(target.get("kind"));
            assertThat(cells[8])
                    .isEqualTo(
                            target.get("value") == null
                                    ? ""
                                    : target.get("value").toString());
        }
        Map<String, Long> fromApi = new LinkedHashMap<>();
        for (String code : CODES) {
            Map<String, Object> live = live(programmes, code);
            fromApi.put(code + "|total||", ((Number) live.get("total")).longValue());
            if (live.get("towardsTarget") != null) {
                fromApi.put(code + "|towards-target||", ((Number) live.get("towardsTarget")).longValue());
            }
            for (Map<String, Object> y : list(live.get("byYear"))) {
                fromApi.put(code + "|year|" + y.get("year") + "|", ((Number) y.get("count")).longValue());
            }
            for (Map<String, Object> p : list(live.get("byPrefecture"))) {
                fromApi.put(code + "|prefecture||" + p.get("code"), ((Number) p.get("count")).longValue());
            }
        }
        assertThat(fromCsv).isEqualTo(fromApi);
    }

    // ---- the independent counts

    /** Total, towards the target, each year and each prefecture of every programme, as counted here. */
    private void assertMatchesSql(Map<String, Map<String, Object>> programmes) {
        for (String code : CODES) {
            Map<String, Object> live = live(programmes, code);
            assertThat(((Number) live.get("total")).longValue())
                    .as(code + " total")
                    .isEqualTo(total(code));
            assertThat(((Number) live.get("demo")).longValue())
                    .as(code + " demo rows")
                    .isEqualTo(demoTotal(code));
            Long towards = towards(code);
            assertThat(live.get("towardsTarget") == null ? null : ((Number) live.get("towardsTarget")).longValue())
                    .as(code + " towards the target")
                    .isEqualTo(towards);
            List<Map<String, Object>> years = list(live.get("byYear"));
            assertThat(years).as(code + " years").hasSize(thisYear - 2017 + 1);
            for (int i = 0; i < years.size(); i++) {
                int y = 2017 + i;
                assertThat(((Number) years.get(i).get("year")).intValue()).isEqualTo(y);
                assertThat(((Number) years.get(i).get("count")).longValue())
                        .as(code + " in " + y)
                        .isEqualTo(inYear(code, y));
            }
            List<Map<String, Object>> byPrefecture = list(live.get("byPrefecture"));
            assertThat(byPrefecture.stream().map(p -> p.get("code")).toList()).isEqualTo(prefectures);
            for (Map<String, Object> p : byPrefecture) {
                String prefecture = (String) p.get("code");
                assertThat(((Number) p.get("count")).longValue())
                        .as(code + " in " + prefecture)
                        .isEqualTo(inPrefecture(code, prefecture));
            }
        }
    }

    private long total(String code) {
        return switch (code) {
            case "university-partnership" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT DISTINCT CASE WHEN"
                                + " university_organisation_id IS NOT NULL THEN 'org:' || university_organisation_id ELSE"
                                + " 'name:' || lower(trim(university_name)) END FROM university_partnership WHERE"
                                + UNIVERSITY_SHOWN + ") u");
            case "twinning" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT agency_organisation_id FROM twinning_pair WHERE" + PAIR_SHOWN
                                + " GROUP BY agency_organisation_id) a");
            case "talent-dispatch" ->
                Db.count(dataSource, "SELECT coalesce(sum(workers), 0) FROM talent_dispatch WHERE" + DISPATCH_SHOWN);
            default -> Db.count(dataSource, "SELECT count(*) FROM demonstration_designation d WHERE" + SHOWN);
        };
    }

    /** The total over demo rows only. */
    private long demoTotal(String code) {
        return switch (code) {
            case "university-partnership" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT DISTINCT CASE WHEN"
                                + " university_organisation_id IS NOT NULL THEN 'org:' || university_organisation_id ELSE"
                                + " 'name:' || lower(trim(university_name)) END FROM university_partnership WHERE demo AND"
                                + UNIVERSITY_SHOWN + ") u");
            case "twinning" ->
                Db.count(
                        dataSource,
                        "SELECT count(DISTINCT agency_organisation_id) FROM twinning_pair WHERE demo = true AND"
                                + PAIR_SHOWN);
            case "talent-dispatch" ->
                Db.count(
                        dataSource,
                        "SELECT coalesce(sum(workers), 0) FROM talent_dispatch WHERE demo = true AND" + DISPATCH_SHOWN);
            default ->
                Db.count(dataSource, "SELECT count(*) FROM demonstration_designation d WHERE d.demo AND" + SHOWN);
        };
    }

    private Long towards(String code) {
        return switch (code) {
            case "university-partnership" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT DISTINCT CASE WHEN"
                                + " university_organisation_id IS NOT NULL THEN 'org:' || university_organisation_id ELSE"
                                + " 'name:' || lower(trim(university_name)) END FROM university_partnership"
                                + " WHERE extract(year FROM start_date) <= 2020"
                                + " AND (end_date IS NULL OR extract(year FROM end_date) >= 2017) AND"
                                + UNIVERSITY_SHOWN
                                + ") u");
            case "twinning" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT agency_organisation_id FROM twinning_pair"
                                + " WHERE extract(year FROM start_date) <= 2020"
                                + " AND (end_date IS NULL OR extract(year FROM end_date) >= 2017) AND" + PAIR_SHOWN
                                + " GROUP BY agency_organisation_id) a");
            default -> null;
        };
    }

    private long inYear(String code, int y) {
        String active = " WHERE extract(year FROM start_date) <= " + y
                + " AND coalesce(extract(year FROM end_date), 9999) >= " + y;
        return switch (code) {
            case "university-partnership" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT DISTINCT CASE WHEN"
                                + " university_organisation_id IS NOT NULL THEN 'org:' || university_organisation_id ELSE"
                                + " 'name:' || lower(trim(university_name)) END FROM university_partnership" + active
                                + " AND" + UNIVERSITY_SHOWN + ") u");
            case "twinning" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT agency_organisation_id FROM twinning_pair" + active + " AND"
                                + PAIR_SHOWN + " GROUP BY agency_organisation_id) a");
            case "talent-dispatch" ->
                Db.count(
                        dataSource,
                        "SELECT coalesce(sum(workers), 0) FROM talent_dispatch WHERE start_date >= '" + y
                                + "-01-01' AND start_date < '" + (y + 1) + "-01-01' AND" + DISPATCH_SHOWN);
            default ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM demonstration_designation d WHERE" + SHOWN + " AND d.year = " + y);
        };
    }

    private long inPrefecture(String code, String prefecture) {
        String like = "'" + prefecture + "%'";
        return switch (code) {
            case "university-partnership" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM (SELECT DISTINCT CASE WHEN"
                                + " university_organisation_id IS NOT NULL THEN 'org:' || university_organisation_id ELSE"
                                + " 'name:' || lower(trim(university_name)) END FROM university_partnership WHERE county_code"
                                + " LIKE " + like + " AND" + UNIVERSITY_SHOWN + ") u");
            case "twinning" ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM organisation o WHERE o.registered_region_code LIKE " + like
                                + " AND EXISTS (SELECT 1 FROM twinning_pair WHERE agency_organisation_id = o.id AND"
                                + PAIR_SHOWN + ")");
            case "talent-dispatch" ->
                Db.count(
                        dataSource,
                        "SELECT coalesce(sum(workers), 0) FROM talent_dispatch WHERE region_code LIKE " + like + " AND"
                                + DISPATCH_SHOWN);
            default ->
                Db.count(
                        dataSource,
                        "SELECT count(*) FROM demonstration_designation d WHERE" + SHOWN
                                + " AND EXISTS (SELECT 1 FROM project_region r WHERE r.project_id = d.project_id"
                                + " AND r.region_code LIKE " + like + ")");
        };
    }

    // ---- what moved

    /**
     * The programme's total moved by {@code by}, each year from {@code fromYear} to {@code toYear} by {@code by} and no
     * other year, the prefecture by {@code by} and no other; towards the target by {@code towardsBy} (or not at all).
     */
    private void assertMoved(
            Map<String, Map<String, Object>> before,
            Map<String, Map<String, Object>> after,
            String code,
            long by,
            int fromYear,
            int toYear,
            String prefecture,
            Long towardsBy) {
        Map<String, Object> b = live(before, code);
        Map<String, Object> a = live(after, code);
        assertThat(((Number) a.get("total")).longValue()).isEqualTo(((Number) b.get("total")).longValue() + by);
        assertThat(a.get("demo")).as("the test's rows are not demo rows").isEqualTo(b.get("demo"));
        if (towardsBy != null) {
            assertThat(((Number) a.get("towardsTarget")).longValue())
                    .isEqualTo(((Number) b.get("towardsTarget")).longValue() + towardsBy);
        } else {
            assertThat(a.get("towardsTarget")).isEqualTo(b.get("towardsTarget"));
        }
        for (int y = 2017; y <= thisYear; y++) {
            long expected = year(before, code, y) + (y >= fromYear && y <= toYear ? by : 0);
            assertThat(year(after, code, y)).as(code + " in " + y).isEqualTo(expected);
        }
        for (String p : prefectures) {
            long expected = prefecture(before, code, p) + (p.equals(prefecture) ? by : 0);
            assertThat(prefecture(after, code, p)).as(code + " in " + p).isEqualTo(expected);
        }
        assertMatchesSql(after);
    }

    private long year(Map<String, Map<String, Object>> programmes, String code, int y) {
        return list(live(programmes, code).get("byYear")).stream()
                .filter(e -> ((Number) e.get("year")).intValue() == y)
                .mapToLong(e -> ((Number) e.get("count")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private long prefecture(Map<String, Map<String, Object>> programmes, String code, String p) {
        return list(live(programmes, code).get("byPrefecture")).stream()
                .filter(e -> p.equals(e.get("code")))
                .mapToLong(e -> ((Number) e.get("count")).longValue())
                .findFirst()
                .orElseThrow();
    }

    // ---- plumbing

    private Map<String, Map<String, Object>> programmes() {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> p : api.getList("/api/programmes")) {
            byCode.put((String) p.get("code"), p);
        }
        return byCode;
    }

    private static Map<String, Object> live(Map<String, Map<String, Object>> programmes, String code) {
        return map(programmes.get(code).get("live"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private List<String> strings(String sql) {
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            List<String> result = new ArrayList<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}

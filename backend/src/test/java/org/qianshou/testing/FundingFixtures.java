package org.qianshou.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What the funding tests build on (issue 9 contract): a verified funder with two members, a verified agency in 镇雄县
 * (registered there, serving 留守儿童, with certified social workers and a published project), and a published call
 * for 留守儿童 in 昭通市 that is open now (pool ¥500,000, at most ¥150,000 per award, tranches 30/40/30, a rubric of
 * three criteria). Organisations are created by the administrator's API and completed in their tables; calls go
 * through the call API. Each stream adds what it needs — keep additions small.
 */
public final class FundingFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String LBC = "left-behind-children";
    /** 昭通市 and its county 镇雄县; 大理白族自治州, outside it. */
    public static final String ZHAOTONG = "5306";

    public static final String ZHENXIONG = "530627";
    public static final String DALI = "5329";
    public static final long POOL_FEN = 50_000_000L;
    public static final long MAX_AWARD_FEN = 15_000_000L;

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final Api api;

    public FundingFixtures(ApplicationContext context, Api api) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
        this.api = api;
    }

    /** An account and its bearer token. */
    public record Person(long id, String token) {}

    /** A verified funder and two of its members (the owner and a staff member: four eyes need two). */
    public record Funder(long id, Person first, Person second) {}

    /** A verified agency, one of its staff and one of its published projects. */
    public record Agency(long id, Person staff, long projectId) {}

    /** A funder, an agency in 镇雄县 and a published call of the funder open now. */
    public record World(Funder funder, Agency agency, long callId) {}

    /** Everything at once; {@code name} keeps the organisations of one test apart from another's. */
    public World world(String name) {
        Funder funder = funder(name + "基金会");
        Agency agency = agency(name + "镇雄县社工中心", ZHENXIONG);
        return new World(funder, agency, publishedCall(funder, name + "留守儿童关爱项目征集"));
    }

    public Person account(String name, String... roles) {
        long id = Accounts.create(dataSource, "fund-" + UUID.randomUUID() + "@qianshou.test", name, roles);
        return new Person(id, Accounts.bearerToken(context, id, roles));
    }

    /** A verified funder (subtype foundation) registered in 昆明市 with an owner and a staff member. */
    public Funder funder(String name) {
        long id = organisation(name, "funder", "5301");
        Db.execute(dataSource, "UPDATE organisation SET subtype = 'foundation' WHERE id = " + id);
        return new Funder(id, member(id, name + "负责人", "owner"), member(id, name + "项目官员", "staff"));
    }

    /**
     * A verified agency (subtype social-work-agency) registered in {@code regionCode}, serving it and 留守儿童, with 3
     * certified social workers (2 assistant, 1 intermediate), one staff member and a published project there.
     */
    public Agency agency(String name, String regionCode) {
        long id = organisation(name, "agency", regionCode);
        Db.execute(
                dataSource,
                "UPDATE organisation SET social_workers_assistant = 2, social_workers_intermediate = 1 WHERE id = "
                        + id);
        Db.execute(
                dataSource,
                "INSERT INTO organisation_service_region (organisation_id, region_code) VALUES (" + id + ", '"
                        + regionCode + "')");
        Db.execute(
                dataSource,
                "INSERT INTO organisation_target_group (organisation_id, target_group_code) VALUES (" + id + ", '" + LBC
                        + "')");
        Person staff = member(id, name + "社工", "staff");
        long project = api.createProject(
                Api.project(id, name + "留守儿童陪伴项目", List.of(regionCode), List.of(LBC), List.of(LBC), "published"));
        return new Agency(id, staff, project);
    }

    /** Adds an account as a member of the organisation. */
    public Person member(long organisationId, String name, String role) {
        Person person = account(name);
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + person.id() + ", '" + role + "')");
        return person;
    }

    private long organisation(String name, String kind, String regionCode) {
        Api.Answer answer =
                api.adminPost("/api/admin/organisations", Map.of("name", name, "kind", kind, "regionCode", regionCode));
        if (answer.status() != 201) {
            throw new AssertionError("organisation not created: " + answer);
        }
        return ((Number) answer.body().get("id")).longValue();
    }

    /** A moment {@code days} from now in Asia/Shanghai, to the second, as the API takes it. */
    public static String inDays(int days) {
        return OffsetDateTime.now(SHANGHAI)
                .plusDays(days)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    /**
     * A valid call body: 留守儿童 in 昭通市, government purchase, pool ¥500,000, ¥150,000 at most per award, opened a day
     * ago and closing in 30 days, tranches 30/40/30 with reports due 60 and 150 days from now, three criteria
     * (40/30/30), scores 0–10. Tests change what they need.
     */
    public static Map<String, Object> callRequest(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "：支持在昭通市为留守儿童提供关爱保护服务的社会工作项目。");
        body.put("fundingType", "government-purchase");
        body.put("programme", "demonstration");
        body.put("poolFen", POOL_FEN);
        body.put("maxAwardFen", MAX_AWARD_FEN);
        body.put("managementFeeCapBp", 1000);
        body.put("regionCode", ZHAOTONG);
        body.put("regionBasis", "either");
        body.put("subtypes", new ArrayList<>(List.of()));
        body.put("targetGroups", new ArrayList<>(List.of(LBC)));
        body.put("minSocialWorkers", 1);
        body.put("opensAt", inDays(-1));
        body.put("closesAt", inDays(30));
        body.put("twoStage", false);
        body.put("conceptClosesAt", null);
        body.put("blindReview", false);
        body.put("scoreMin", 0);
        body.put("scoreMax", 10);
        body.put("reportIntervalMonths", 3);
        LocalDate today = LocalDate.now(SHANGHAI);
        body.put(
                "tranches",
                new ArrayList<>(List.of(
                        tranche(1, 3000, null),
                        tranche(2, 4000, today.plusDays(60).toString()),
                        tranche(3, 3000, today.plusDays(150).toString()))));
        body.put(
                "criteria",
                new ArrayList<>(List.of(criterion("需求分析", 40), criterion("服务方案", 30), criterion("机构能力", 30))));
        return body;
    }

    public static Map<String, Object> tranche(int seq, int shareBp, String reportDueOn) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("seq", seq);
        t.put("shareBp", shareBp);
        t.put("reportDueOn", reportDueOn);
        return t;
    }

    public static Map<String, Object> criterion(String name, int weight) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("description", name + "的评分说明");
        c.put("weight", weight);
        return c;
    }

    public Api.Answer send(Person person, MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(person.token()).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    /** A draft call of the funder with the body, created by its first member; returns its id. */
    public long draftCall(Funder funder, Map<String, Object> body) {
        Api.Answer created =
                send(funder.first(), HttpRequest.POST("/api/organisations/" + funder.id() + "/calls", body));
        if (created.status() != 201) {
            throw new AssertionError("call not created: " + created);
        }
        return ((Number) created.body().get("id")).longValue();
    }

    /** A published call of the funder with the body. */
    public long publishedCall(Funder funder, Map<String, Object> body) {
        long id = draftCall(funder, body);
        Api.Answer published = send(
                funder.first(),
                HttpRequest.POST("/api/organisations/" + funder.id() + "/calls/" + id + "/publish", Map.of()));
        if (published.status() != 200) {
            throw new AssertionError("call not published: " + published);
        }
        return id;
    }

    /** A published call of the funder, open now, with {@link #callRequest}'s terms. */
    public long publishedCall(Funder funder, String title) {
        return publishedCall(funder, callRequest(title));
    }

    /**
     * Moves a call's open and close times (for tests of what happens at and after them): straight in the table, as the
     * clock would move past them; the search document is not re-announced.
     */
    public void setTimes(long callId, OffsetDateTime opensAt, OffsetDateTime closesAt) {
        Db.execute(
                dataSource,
                "UPDATE funding_call SET opens_at = '" + opensAt + "', closes_at = '" + closesAt + "' WHERE id = "
                        + callId);
    }
}

package org.qianshou.organisation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.account.PasswordHasher;
import org.qianshou.organisation.CreditCodes;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.organisation.OrganisationDocument;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;
import org.qianshou.testing.TcpProxy;

/**
 * The public search of verified organisations end to end: organisations registered, submitted and decided through
 * the real API, carried to a real Elasticsearch by the outbox worker, searched over HTTP and compared with
 * PostgreSQL. The application reaches Elasticsearch through a relay the outage test cuts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSearchIT implements TestPropertyProvider {

    private static final String PASSWORD = "organisation-search-it-1";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    @Inject
    OrganisationSearchKind kind;

    SearchIndex<OrganisationDocument> index;

    TcpProxy proxy;
    Api api;
    Caller owner;
    final AtomicInteger serial = new AtomicInteger(7000);

    /** A signed-in test account. */
    record Caller(long id, String email, String token) {}

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("organisationsearch"));
        try {
            proxy = new TcpProxy(URI.create(properties.get("qianshou.search.url")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("qianshou.search.url", proxy.url());
        // One account registers every organisation of this test: lift the per-account quotas.
        properties.put("qianshou.organisations.max-owned-per-account", "1000");
        properties.put("qianshou.organisations.uploads-per-window", "10000");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        index = kind.index();
        owner = account("检索测试负责人");
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    // ---- found once verified, by keyword, region, kind, category and target group

    @Test
    void aVerifiedOrganisationIsFoundByNameRegionKindCategoryAndTargetGroupAndAnUnverifiedOneNever() {
        Map<String, Object> body = request(
                "鲁甸县霁月社会工作服务中心",
                List.of("530621001"),
                List.of("left-behind-children"),
                List.of("left-behind-children"));
        body.put("description", "在文屏街道为留守儿童开展青鸾课堂与家庭探访。");
        long verified = createVerified(body);
        long draft = create(request(
                "鲁甸县霁月儿童之家（草稿）",
                List.of("530621001"),
                List.of("left-behind-children"),
                List.of("left-behind-children")));
        long submitted = create(request(
                "鲁甸县霁月关爱站（待审）",
                List.of("530621001"),
                List.of("left-behind-children"),
                List.of("left-behind-children")));
        uploadPdf(submitted);
        assertThat(send(post("/api/organisations/" + submitted + "/submit", Map.of()))
                        .status())
                .isEqualTo(200);

        Answer byName = searchUntil("q=" + encode("霁月"), a -> ids(a).contains(verified));
        assertThat(ids(byName))
                .as("only the verified one of the three 霁月 organisations")
                .containsExactly(verified);
        assertThat(number(byName, "total")).isEqualTo(1);
        assertThat(number(byName, "page")).isZero();
        assertThat(number(byName, "size")).isEqualTo(20);
        Map<String, Object> item = byName.list("items").get(0);
        assertThat(item)
                .containsEntry("name", "鲁甸县霁月社会工作服务中心")
                .containsEntry("kind", "agency")
                .containsEntry("subtype", "social-work-agency")
                .containsEntry("targetGroups", List.of("left-behind-children"))
                .containsEntry("serviceCategories", List.of("left-behind-children"))
                .containsEntry("registeredRegion", Map.of("code", "5306", "name", "昭通市"))
                .containsEntry("serviceRegions", List.of(Map.of("code", "530621001", "name", "文屏街道")));
        assertThat(item)
                .as("public facts only")
                .doesNotContainKeys("creditCode", "legalRepresentative", "contactPhone", "contactEmail", "address");
        @SuppressWarnings("unchecked")
        Map<String, Object> highlight = (Map<String, Object>) item.get("highlight");
        assertThat(highlight.get("name")).isEqualTo("鲁甸县\uE000霁月\uE001社会工作服务中心");
        assertThat(highlight.get("description")).isEqualTo(List.of());

        assertThat(ids(search("q=" + encode("青鸾课堂")))).as("by description").containsExactly(verified);
        assertThat(ids(search("region=530621")))
                .as("the county above its service township")
                .contains(verified);
        assertThat(ids(search("region=530621001"))).as("its service township").contains(verified);
        assertThat(ids(search("region=5306&q=" + encode("霁月")))).containsExactly(verified);
        assertThat(ids(search("region=530627&q=" + encode("霁月"))))
                .as("a county it neither serves nor is registered in")
                .isEmpty();
        assertThat(ids(search("region=5329&q=" + encode("霁月")))).isEmpty();
        assertThat(ids(search("kind=agency&q=" + encode("霁月")))).containsExactly(verified);
        assertThat(ids(search("kind=funder&kind=university&q=" + encode("霁月")))).isEmpty();
        assertThat(ids(search("kind=funder&kind=agency&q=" + encode("霁月")))).containsExactly(verified);
        assertThat(ids(search("category=left-behind-children&q=" + encode("霁月"))))
                .containsExactly(verified);
        assertThat(ids(search("category=industry-development&q=" + encode("霁月"))))
                .isEmpty();
        assertThat(ids(search("targetGroup=left-behind-children&q=" + encode("霁月"))))
                .containsExactly(verified);
        assertThat(ids(search("targetGroup=elderly-in-difficulty&q=" + encode("霁月"))))
                .isEmpty();

        assertThat(ids(search("q=" + encode("霁月")))).doesNotContain(draft, submitted);
        assertThat(index.count()).isEqualTo(verifiedInDatabase());
    }

    // ---- decisions

    @Test
    void suspendingRejectingOrResubmittingRemovesAnOrganisationAndVerifyingAgainBringsItBack() {
        long org = createVerified(
                request("巧家县澄溪社会工作服务中心", List.of("530622"), List.of("dibao"), List.of("social-assistance")));
        searchUntil("q=" + encode("澄溪"), a -> ids(a).contains(org));

        assertThat(decide(org, "suspend", "年检未通过").status()).isEqualTo(200);
        searchUntil("q=" + encode("澄溪"), a -> !ids(a).contains(org));
        assertThat(ids(search("region=530622"))).doesNotContain(org);

        assertThat(decide(org, "reinstate", null).status()).isEqualTo(200);
        searchUntil("q=" + encode("澄溪"), a -> ids(a).contains(org));

        // a change of name while verified sends it back to review: out of the index until verified again
        Map<String, Object> renamed =
                request("巧家县澄溪明德社会工作服务中心", List.of("530622"), List.of("dibao"), List.of("social-assistance"));
        renamed.put("creditCode", creditCodeOf(org));
        Answer updated = send(
                HttpRequest.PUT("/api/organisations/" + org, renamed).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.body()).containsEntry("status", "submitted");
        searchUntil("q=" + encode("澄溪"), a -> !ids(a).contains(org));

        assertThat(decide(org, "reject", "名称与登记证书不符").status()).isEqualTo(200);
        // a rejected organisation must not come back: once an organisation verified after the rejection is found, the
        // worker has carried every earlier change of the index (rows go in order, a refresh shows all before it)
        long marker = createVerified(
                request("巧家县澄溪后续标记社会工作服务中心", List.of("530622"), List.of("dibao"), List.of("social-assistance")));
        searchUntil("q=" + encode("后续标记"), a -> ids(a).contains(marker));
        assertThat(ids(search("q=" + encode("澄溪")))).contains(marker).doesNotContain(org);

        assertThat(send(post("/api/organisations/" + org + "/submit", Map.of())).status())
                .isEqualTo(200);
        assertThat(decide(org, "verify", null).status()).isEqualTo(200);
        Answer back = searchUntil("q=" + encode("明德"), a -> ids(a).contains(org));
        assertThat(back.list("items").get(0)).containsEntry("name", "巧家县澄溪明德社会工作服务中心");
        assertThat(pendingOutboxRows()).isZero();
    }

    @Test
    void theProjectsOfASuspendedOrganisationLeaveSearchAndComeBackWithIt() {
        long org = createVerified(request(
                "彝良县洛泽河社会工作服务中心", List.of("530628"), List.of("left-behind-children"), List.of("left-behind-children")));
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("title", "洛泽河留守儿童假期课堂");
        project.put("description", "假期为留守儿童开设课堂。");
        project.put("regionCodes", List.of("530628"));
        project.put("targetGroups", List.of("left-behind-children"));
        project.put("serviceCategories", List.of("left-behind-children"));
        project.put("programme", "demonstration");
        project.put("startDate", "2027-07-01");
        project.put("endDate", "2027-08-31");
        project.put("budgetFen", 500_000);
        Answer draft = send(post("/api/organisations/" + org + "/projects", project));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long id = number(draft, "id");
        assertThat(send(post("/api/projects/" + id + "/publish", Map.of())).status())
                .isEqualTo(200);
        String query = "/api/projects/search?q=" + encode("洛泽河") + "&region=530628";
        projectsUntil(query, ids -> ids.contains(id));

        assertThat(decide(org, "suspend", "年检未通过").status()).isEqualTo(200);
        projectsUntil(query, ids -> !ids.contains(id));
        assertThat(api.get("/api/projects/" + id).status()).as("public page").isEqualTo(404);
        assertThat(send(HttpRequest.GET("/api/projects/" + id)).status())
                .as("its members still see it")
                .isEqualTo(200);

        assertThat(decide(org, "reinstate", null).status()).isEqualTo(200);
        projectsUntil(query, ids -> ids.contains(id));
        assertThat(api.get("/api/projects/" + id).status()).isEqualTo(200);
    }

    private void projectsUntil(String path, Predicate<List<Long>> done) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(WAIT) < 0) {
            last = api.get(path);
            if (last.status() == 200 && done.test(ids(last))) {
                return;
            }
            Api.sleep(100);
        }
        throw new AssertionError(path + " did not satisfy the condition within " + WAIT + "; last: " + last);
    }

    // ---- facets against PostgreSQL

    @Test
    void facetCountsEqualCountsOverPostgres() {
        createVerified(request(
                "昭阳区知行社会工作服务中心",
                List.of("530602"),
                List.of("elderly-in-difficulty", "disabled"),
                List.of("special-groups")));
        createVerified(request(
                "镇雄县知行助学社",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children", "capacity-building")));
        Map<String, Object> funder =
                request("大理知行公益基金会", List.of("5306", "532901"), List.of("disabled"), List.of("special-groups"));
        funder.put("kind", "funder");
        funder.put("subtype", "foundation");
        funder.put("registeredRegionCode", "5329");
        createVerified(funder);
        create(request("昭阳区知行草稿机构", List.of("530602"), List.of("disabled"), List.of("special-groups")));

        long verified = verifiedInDatabase();
        searchUntil("size=1", a -> number(a, "total") == verified);
        waitUntilOutboxIsEmpty();
        index.refresh();
        Answer all = search("size=1");
        assertThat(number(all, "total")).isEqualTo(verified);
        assertFacets(all.map("facets"), "53", null, null);

        Answer filtered = search("region=5306&category=special-groups&size=1");
        assertThat(number(filtered, "total"))
                .isEqualTo(count("SELECT count(*) FROM organisation o WHERE " + inRegion("5306") + " AND "
                        + hasCategory("special-groups")));
        assertFacets(filtered.map("facets"), "5306", "5306", "special-groups");
    }

    @SuppressWarnings("unchecked")
    private void assertFacets(Map<String, Object> facets, String parent, String region, String category) {
        String regionFilter = region == null ? "" : " AND " + inRegion(region);
        String categoryFilter = category == null ? "" : " AND " + hasCategory(category);
        List<Map<String, Object>> regions = (List<Map<String, Object>>) facets.get("regions");
        assertThat(regions).hasSize((int) count("SELECT count(*) FROM region WHERE parent_code = '" + parent + "'"));
        for (Map<String, Object> r : regions) {
            String code = (String) r.get("code");
            assertThat(((Number) r.get("count")).longValue())
                    .as("region " + code)
                    .isEqualTo(count("SELECT count(*) FROM organisation o WHERE " + inRegion(code) + categoryFilter));
        }
        assertThat(regions.stream()
                        .mapToLong(r -> ((Number) r.get("count")).longValue())
                        .sum())
                .as("some region facet counts something")
                .isPositive();
        for (Map<String, Object> k : (List<Map<String, Object>>) facets.get("kinds")) {
            assertThat(((Number) k.get("count")).longValue())
                    .as("kind " + k.get("code"))
                    .isEqualTo(count("SELECT count(*) FROM organisation o WHERE o.status = 'verified' AND o.kind = '"
                            + k.get("code") + "'" + regionFilter + categoryFilter));
        }
        assertThat((List<Map<String, Object>>) facets.get("kinds"))
                .extracting(k -> k.get("code"))
                .containsExactly("agency", "funder", "university");
        for (Map<String, Object> g : (List<Map<String, Object>>) facets.get("targetGroups")) {
            assertThat(((Number) g.get("count")).longValue())
                    .as("target group " + g.get("code"))
                    .isEqualTo(count("SELECT count(*) FROM organisation o WHERE o.status = 'verified' AND EXISTS"
                            + " (SELECT 1 FROM organisation_target_group t WHERE t.organisation_id = o.id"
                            + " AND t.target_group_code = '" + g.get("code") + "')" + regionFilter + categoryFilter));
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) facets.get("categories")) {
            assertThat(((Number) c.get("count")).longValue())
                    .as("category " + c.get("code"))
                    .isEqualTo(count("SELECT count(*) FROM organisation o WHERE o.status = 'verified' AND "
                            + hasCategory((String) c.get("code")) + regionFilter));
        }
        assertThat((List<Map<String, Object>>) facets.get("categories"))
                .hasSize((int) count("SELECT count(*) FROM service_category"));
    }

    /** Verified and registered in or serving the region or a region below it. */
    private static String inRegion(String code) {
        return "o.status = 'verified' AND (o.registered_region_code LIKE '" + code + "%' OR EXISTS (SELECT 1 FROM"
                + " organisation_service_region s WHERE s.organisation_id = o.id AND s.region_code LIKE '" + code
                + "%'))";
    }

    private static String hasCategory(String code) {
        return "EXISTS (SELECT 1 FROM organisation_service_category c WHERE c.organisation_id = o.id"
                + " AND c.category_code = '" + code + "')";
    }

    // ---- bad input

    @Test
    void badParametersAre400ProblemsNamingTheField() {
        assertBad("region=99", "region");
        assertBad("size=0", "size");
        assertBad("size=101", "size");
        assertBad("page=-1", "page");
        assertBad("page=500&size=20", "page");
        assertBad("kind=ngo", "kind");
        assertBad("category=no-such-category", "category");
        assertBad("targetGroup=no-such-group", "targetGroup");
        assertBad("q=" + encode("长".repeat(101)), "q");

        Answer zh = search("kind=ngo&region=99");
        assertThat(zh.errorFields()).containsExactlyInAnyOrder("kind", "region");
        assertThat(message(zh, "region")).contains("未知的地区代码").contains("99");
        Answer en = api.get("/api/organisations?kind=ngo", "en");
        assertThat(message(en, "kind")).contains("Unknown organisation kind").contains("ngo");
    }

    private void assertBad(String query, String field) {
        Answer answer = search(query);
        assertThat(answer.status()).as(query).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errorFields()).as(query).containsExactly(field);
    }

    // ---- rebuild

    @Test
    void aDeletedIndexIsRestoredFromPostgresByTheRebuildEndpointAndByTheWorkerItself() {
        long first = createVerified(
                request("永善县砺行社会工作服务中心", List.of("530625"), List.of("relocated"), List.of("relocation-integration")));
        searchUntil("q=" + encode("砺行"), a -> ids(a).contains(first));
        waitUntilOutboxIsEmpty();

        index.deleteAll();
        assertThat(search("q=" + encode("砺行")).status())
                .as("no index, no search")
                .isEqualTo(503);
        Answer rebuilt = api.adminPost("/api/admin/search/rebuild", Map.of());
        assertThat(rebuilt.status()).isEqualTo(200);
        long verified = verifiedInDatabase();
        assertThat(verified).isPositive();
        Map<String, Object> organisations = rebuilt.map("organisations");
        assertThat(((Number) organisations.get("documents")).longValue()).isEqualTo(verified);
        assertThat(((Number) organisations.get("databaseCount")).longValue()).isEqualTo(verified);
        assertThat((String) organisations.get("index")).startsWith(index.alias() + "-v");
        assertThat(rebuilt.body())
                .as("the project fields as before")
                .containsKeys("index", "documents", "databaseCount");
        assertThat(index.count()).isEqualTo(verified);
        assertThat(ids(search("q=" + encode("砺行")))).containsExactly(first);

        index.deleteAll();
        long second = createVerified(
                request("永善县砺行二部", List.of("530625"), List.of("relocated"), List.of("relocation-integration")));
        searchUntil("q=" + encode("砺行"), a -> ids(a).containsAll(List.of(first, second)));
        assertThat(index.count()).isEqualTo(verifiedInDatabase());
    }

    // ---- outage

    @Test
    void searchAnswers503WhileElasticsearchIsDownAndADecisionMadeMeanwhileArrivesAfterwards() throws IOException {
        long org = createVerified(
                request("绥江县守望社会工作服务中心", List.of("530626"), List.of("tekun"), List.of("social-assistance")));
        searchUntil("q=" + encode("守望"), a -> ids(a).contains(org));
        LogCapture log = new LogCapture();
        log.start();
        proxy.cut();
        try {
            Answer down = search("q=" + encode("守望"));
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat((String) down.body().get("detail")).contains("搜索服务暂时不可用");
            assertThat(decide(org, "suspend", "停业整顿").status()).isEqualTo(200);
            // the worker runs into the outage (a failed write or a failed check of the index) and keeps the row
            await().atMost(WAIT).ignoreExceptions().until(() -> {
                String text = log.text();
                return text.contains("outbox rows for organisations will be retried")
                        || text.contains("Search index for organisations not ready");
            });
            assertThat(count("SELECT count(*) FROM search_outbox WHERE aggregate_type = 'organisation'"
                            + " AND aggregate_id = " + org))
                    .isPositive();
            assertThat(search("q=" + encode("守望")).status()).isEqualTo(503);
        } finally {
            proxy.restore();
            log.stop();
        }
        searchUntil("q=" + encode("守望"), a -> !ids(a).contains(org));
    }

    // ---- helpers

    private Answer search(String query) {
        return api.get("/api/organisations?" + query);
    }

    private Answer searchUntil(String query, Predicate<Answer> done) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(WAIT) < 0) {
            last = search(query);
            if (last.status() == 200 && done.test(last)) {
                return last;
            }
            Api.sleep(100);
        }
        throw new AssertionError("search '" + query + "' did not satisfy the condition within " + WAIT + "; last: "
                + last + "; outbox: " + pendingOutboxRows() + " rows pending");
    }

    private void waitUntilOutboxIsEmpty() {
        Instant start = Instant.now();
        while (pendingOutboxRows() > 0) {
            if (Duration.between(start, Instant.now()).compareTo(WAIT) > 0) {
                throw new AssertionError("organisation outbox rows still pending after " + WAIT);
            }
            Api.sleep(100);
        }
    }

    private static long number(Answer answer, String key) {
        return ((Number) answer.body().get(key)).longValue();
    }

    private static List<Long> ids(Answer search) {
        return Api.ids(search);
    }

    private long verifiedInDatabase() {
        return count("SELECT count(*) FROM organisation WHERE status = 'verified'");
    }

    private long pendingOutboxRows() {
        return count("SELECT count(*) FROM search_outbox WHERE aggregate_type = 'organisation'");
    }

    /** An account with an e-mail address, created directly in the table the accounts feature owns. */
    private Caller account(String name) {
        String email = "orgsearch-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        Db.execute(
                dataSource,
                "INSERT INTO account (display_name, email, password_hash) VALUES ('" + name + "', '" + email + "', '"
                        + hasher.hash(PASSWORD) + "')");
        long id = count("SELECT id FROM account WHERE email = '" + email + "'");
        return new Caller(id, email, api.token(email, PASSWORD));
    }

    private String nextCreditCode() {
        String first17 = "52530000MJ" + String.format("%07d", serial.incrementAndGet());
        return first17 + CreditCodes.checkCharacter(first17);
    }

    private Map<String, Object> request(
            String name, List<String> serviceRegions, List<String> targetGroups, List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "agency");
        body.put("subtype", "social-work-agency");
        body.put("creditCode", nextCreditCode());
        body.put("legalRepresentative", "张法人");
        body.put("registeredRegionCode", "5306");
        body.put("address", "昭通市昭阳区测试路 1 号");
        body.put("serviceRegionCodes", serviceRegions);
        body.put("targetGroups", targetGroups);
        body.put("serviceCategories", categories);
        body.put("description", "提供专业社会工作服务。");
        body.put("contactPhone", "13912345678");
        body.put("contactEmail", "contact@example.org");
        body.put("socialWorkers", Map.of("assistant", 1, "intermediate", 0, "senior", 0));
        return body;
    }

    private long create(Map<String, Object> body) {
        Answer created = send(post("/api/organisations", body));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((Number) created.body().get("id")).longValue();
    }

    /** Registered by {@link #owner}, a document uploaded, submitted, and verified by the administrator. */
    private long createVerified(Map<String, Object> body) {
        long org = create(body);
        uploadPdf(org);
        assertThat(send(post("/api/organisations/" + org + "/submit", Map.of())).status())
                .isEqualTo(200);
        Answer verified = decide(org, "verify", null);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return org;
    }

    private Answer decide(long org, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return api.send(
                post("/api/admin/organisations/" + org + "/decision", body).bearerAuth(api.adminToken()));
    }

    /** The owner uploads a registration certificate (a real PDF, through the API), so that it may submit. */
    private void uploadPdf(long org) {
        Answer uploaded = api.send(HttpRequest.POST(
                        "/api/organisations/" + org + "/documents",
                        io.micronaut.http.client.multipart.MultipartBody.builder()
                                .addPart("file", "登记证书.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                                .addPart("kind", "registration-certificate")
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(owner.token()));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }

    private String creditCodeOf(long org) {
        return (String)
                send(HttpRequest.GET("/api/organisations/" + org)).body().get("creditCode");
    }

    private static MutableHttpRequest<Object> post(String path, Object body) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private Answer send(MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(owner.token()));
    }

    private static String message(Answer problem, String field) {
        return problem.list("errors").stream()
                .filter(e -> field.equals(e.get("field")))
                .map(e -> (String) e.get("message"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }
}

package org.qianshou.funding.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.testing.FundingFixtures.callRequest;
import static org.qianshou.testing.FundingFixtures.criterion;
import static org.qianshou.testing.FundingFixtures.inDays;
import static org.qianshou.testing.FundingFixtures.tranche;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingFixtures.Agency;
import org.qianshou.testing.FundingFixtures.Funder;
import org.qianshou.testing.FundingFixtures.Person;
import org.qianshou.testing.RealServices;

/** Funding calls through the API, against the real PostgreSQL: the workflow, every check, who may write. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    Api api;
    FundingFixtures fixtures;
    Funder funder;
    Agency agency;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(RealServices.isolatedProperties("callapi"));
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        fixtures = new FundingFixtures(context, api);
        funder = fixtures.funder("征集测试基金会");
        agency = fixtures.agency("征集测试镇雄县社工中心", FundingFixtures.ZHENXIONG);
    }

    String calls(long organisationId) {
        return "/api/organisations/" + organisationId + "/calls";
    }

    Answer create(Person person, long organisationId, Map<String, Object> body) {
        return fixtures.send(person, HttpRequest.POST(calls(organisationId), body));
    }

    Answer put(Person person, long id, Map<String, Object> body) {
        return fixtures.send(person, HttpRequest.PUT(calls(funder.id()) + "/" + id, body));
    }

    Answer action(Person person, long id, String action, Object body) {
        return fixtures.send(person, HttpRequest.POST(calls(funder.id()) + "/" + id + "/" + action, body));
    }

    long count(String sql) {
        return Db.count(dataSource, sql);
    }

    long audits(long id, String action) {
        return count("SELECT count(*) FROM audit_event WHERE object_type = 'funding-call' AND object_id = '" + id
                + "' AND action = '" + action + "'");
    }

    static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    static long version(Answer answer) {
        return ((Number) answer.body().get("version")).longValue();
    }

    static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errorFields()).as("fields of %s", answer).contains(field);
    }

    @Test
    void aDraftIsCreatedEditedPublishedExtendedAndClosedWithEveryStepAudited() {
        Answer created = create(funder.first(), funder.id(), callRequest("昭通市留守儿童关爱服务采购"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created);
        assertThat(created.body())
                .containsEntry("status", "draft")
                .containsEntry("state", "draft")
                .containsEntry("organisationName", "征集测试基金会")
                .containsEntry("fundingType", "government-purchase")
                .containsEntry("poolFen", 50_000_000)
                .containsEntry("committedFen", 0)
                .containsEntry("remainingFen", 50_000_000)
                .containsEntry("maxAwardFen", 15_000_000);
        assertThat(created.map("eligibility"))
                .containsEntry("regionCode", "5306")
                .containsEntry("regionPath", "云南省 › 昭通市")
                .containsEntry("targetGroups", List.of("left-behind-children"))
                .containsEntry("minSocialWorkers", 1);
        assertThat((String) created.body().get("closesAt")).endsWith("+08:00");
        assertThat(created.list("tranches")).extracting(t -> t.get("shareBp")).containsExactly(3000, 4000, 3000);
        assertThat(created.list("tranches").get(0).get("reportDueOn")).isNull();
        assertThat(created.list("criteria")).extracting(c -> c.get("weight")).containsExactly(40, 30, 30);
        assertThat(created.list("sections"))
                .extracting(s -> s.get("code"))
                .containsExactly("need", "objectives", "activities", "beneficiaries", "budget", "indicators");
        // A draft is not public.
        assertThat(api.get("/api/calls/" + id).status()).isEqualTo(404);

        // A draft changes as a whole, guarded by its version.
        Map<String, Object> edit = callRequest("昭通市留守儿童关爱服务采购（修订）");
        edit.put("version", version(created));
        edit.put("targetGroups", List.of("left-behind-children", "children-in-difficulty"));
        edit.put("criteria", List.of(criterion("需求", 50), criterion("方案", 50)));
        Answer edited = put(funder.second(), id, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body()).containsEntry("title", "昭通市留守儿童关爱服务采购（修订）");
        assertThat(version(edited)).isEqualTo(version(created) + 1);
        assertThat(edited.list("criteria")).extracting(c -> c.get("name")).containsExactly("需求", "方案");
        Answer stale = put(funder.first(), id, edit);
        assertProblem(stale, 409, "version");

        Answer published = action(funder.first(), id, "publish", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.body()).containsEntry("status", "published").containsEntry("state", "open");
        Answer page = api.get("/api/calls/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsEntry("state", "open").containsEntry("remainingFen", 50_000_000);

        // Published: the description, a later close and a larger pool may change; nothing else.
        Map<String, Object> extend = new HashMap<>(edit);
        extend.put("version", version(published));
        extend.put("description", "延长截止时间并增加资金。");
        extend.put("closesAt", inDays(40));
        extend.put("poolFen", 60_000_000L);
        Answer extended = put(funder.first(), id, extend);
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.body()).containsEntry("description", "延长截止时间并增加资金。").containsEntry("poolFen", 60_000_000);

        for (var change : List.<Object[]>of(
                new Object[] {"title", "另一个标题"},
                new Object[] {"maxAwardFen", 10_000_000L},
                new Object[] {"regionCode", "5329"},
                new Object[] {"targetGroups", List.of("left-behind-children")},
                new Object[] {"closesAt", inDays(20)},
                new Object[] {"poolFen", 55_000_000L},
                new Object[] {"criteria", List.of(criterion("需求", 60), criterion("方案", 40))})) {
            Map<String, Object> locked = new HashMap<>(extend);
            locked.put("version", version(extended));
            locked.put((String) change[0], change[1]);
            assertProblem(put(funder.first(), id, locked), 409, (String) change[0]);
        }
        assertThat(api.get("/api/calls/" + id).body()).containsEntry("poolFen", 60_000_000);

        Answer closed = action(funder.second(), id, "close", Map.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body()).containsEntry("status", "closed").containsEntry("state", "closed");
        assertThat(api.get("/api/calls/" + id).body()).containsEntry("state", "closed");
        Map<String, Object> late = new HashMap<>(extend);
        late.put("version", version(closed));
        assertThat(put(funder.first(), id, late).status()).isEqualTo(409);

        assertThat(audits(id, "funding.call.created")).isEqualTo(1);
        assertThat(audits(id, "funding.call.updated")).isEqualTo(2);
        assertThat(audits(id, "funding.call.published")).isEqualTo(1);
        assertThat(audits(id, "funding.call.closed")).isEqualTo(1);

        Answer list = fixtures.send(funder.second(), HttpRequest.GET(calls(funder.id()) + "?status=closed"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(Api.ids(list)).contains(id);
        assertThat(list.list("items").stream().filter(i -> ((Number) i.get("id")).longValue() == id))
                .singleElement()
                .satisfies(
                        i -> assertThat(i).containsEntry("applicationCount", 0).containsEntry("status", "closed"));
    }

    @Test
    void aCancelledCallNeedsAReasonAndLeavesPublicView() {
        long id = fixtures.publishedCall(funder, "将被取消的征集");
        assertProblem(action(funder.first(), id, "cancel", Map.of("reason", " ")), 400, "reason");
        Answer cancelled = action(funder.first(), id, "cancel", Map.of("reason", "预算调整"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("status", "cancelled").containsEntry("statusReason", "预算调整");
        assertThat(api.get("/api/calls/" + id).status()).isEqualTo(404);
        assertThat(audits(id, "funding.call.cancelled")).isEqualTo(1);
        assertThat(action(funder.first(), id, "publish", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void publishingNeedsTranchesCriteriaAndACloseAhead() {
        Map<String, Object> bare = callRequest("没有拨款计划的征集");
        bare.remove("tranches");
        bare.remove("criteria");
        long id = fixtures.draftCall(funder, bare);
        Answer refused = action(funder.first(), id, "publish", Map.of());
        assertProblem(refused, 400, "tranches");
        assertThat(refused.errorFields()).contains("criteria");
        assertThat(count("SELECT count(*) FROM funding_call WHERE status = 'draft' AND id = " + id))
                .isEqualTo(1);
    }

    static Stream<Arguments> badInputs() {
        LocalDate today = LocalDate.now(FundingFixtures.SHANGHAI);
        return Stream.of(
                bad("poolFen", b -> b.put("poolFen", 0)),
                bad("poolFen", b -> b.put("poolFen", -100)),
                bad("poolFen", b -> b.put("poolFen", 1.5)),
                bad("maxAwardFen", b -> b.put("maxAwardFen", 0)),
                bad("maxAwardFen", b -> b.put("maxAwardFen", 99.99)),
                bad("maxAwardFen", b -> b.put("maxAwardFen", FundingFixtures.POOL_FEN + 1)),
                bad(
                        "tranches",
                        b -> b.put(
                                "tranches",
                                List.of(
                                        tranche(1, 3000, null),
                                        tranche(2, 4000, today.plusDays(60).toString()),
                                        tranche(3, 2000, today.plusDays(150).toString())))),
                bad(
                        "criteria",
                        b -> b.put("criteria", List.of(criterion("需求", 40), criterion("方案", 30), criterion("能力", 20)))),
                bad(
                        "tranches[2].reportDueOn",
                        b -> b.put(
                                "tranches",
                                List.of(
                                        tranche(1, 3000, null),
                                        tranche(2, 4000, today.plusDays(150).toString()),
                                        tranche(3, 3000, today.plusDays(60).toString())))),
                bad(
                        "tranches[1].reportDueOn",
                        b -> b.put(
                                "tranches",
                                List.of(
                                        tranche(1, 5000, null),
                                        tranche(2, 5000, today.plusDays(10).toString())))),
                bad(
                        "tranches[0].reportDueOn",
                        b -> b.put(
                                "tranches",
                                List.of(
                                        tranche(1, 5000, today.plusDays(40).toString()),
                                        tranche(2, 5000, today.plusDays(90).toString())))),
                bad("closesAt", b -> b.put("closesAt", inDays(-2))),
                bad("conceptClosesAt", b -> {
                    b.put("twoStage", true);
                    b.put("conceptClosesAt", inDays(31));
                }),
                bad("conceptClosesAt", b -> {
                    b.put("twoStage", true);
                    b.put("conceptClosesAt", inDays(-3));
                }),
                bad("conceptClosesAt", b -> b.put("twoStage", true)),
                bad("regionCode", b -> b.put("regionCode", "9999")),
                bad("targetGroups[0]", b -> b.put("targetGroups", List.of("martians"))),
                bad("fundingType", b -> b.put("fundingType", "lottery")),
                bad("programme", b -> b.put("programme", "moonshot")),
                bad("subtypes[0]", b -> b.put("subtypes", List.of("casino"))),
                bad("scoreMax", b -> {
                    b.put("scoreMin", 5);
                    b.put("scoreMax", 5);
                }),
                bad("scoreMax", b -> {
                    b.put("scoreMin", 10);
                    b.put("scoreMax", 1);
                }),
                bad("regionBasis", b -> b.put("regionBasis", "anywhere")),
                bad("managementFeeCapBp", b -> b.put("managementFeeCapBp", 20_000)),
                bad("sections[0].code", b -> b.put("sections", List.of(Map.of("code", "poetry")))),
                bad("title", b -> b.put("title", "")));
    }

    static Arguments bad(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedNamingTheFieldAndWritesNothing(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = callRequest("错误输入的征集 " + field);
        change.accept(body);
        long calls = count("SELECT count(*) FROM funding_call");
        long criteria = count("SELECT count(*) FROM funding_call_criterion");
        long audits = count("SELECT count(*) FROM audit_event WHERE object_type = 'funding-call'");
        assertProblem(create(funder.first(), funder.id(), body), 400, field);
        assertThat(count("SELECT count(*) FROM funding_call")).isEqualTo(calls);
        assertThat(count("SELECT count(*) FROM funding_call_criterion")).isEqualTo(criteria);
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'funding-call'"))
                .isEqualTo(audits);

        // The same body as an edit of a draft: refused, and the draft stays as it was.
        Answer draft = create(funder.first(), funder.id(), callRequest("待修改的征集 " + field));
        Map<String, Object> edit = new HashMap<>(body);
        edit.put("version", version(draft));
        assertProblem(put(funder.first(), id(draft), edit), 400, field);
        Answer after = fixtures.send(funder.first(), HttpRequest.GET(calls(funder.id()) + "/" + id(draft)));
        assertThat(version(after)).isEqualTo(version(draft));
        assertThat(after.body()).containsEntry("title", "待修改的征集 " + field);
    }

    @Test
    void errorsAreInTheCallersLanguage() {
        Map<String, Object> body = callRequest("语言测试");
        body.put("maxAwardFen", FundingFixtures.POOL_FEN + 1);
        Answer zh = create(funder.first(), funder.id(), body);
        Answer en = fixtures.send(
                funder.first(), HttpRequest.POST(calls(funder.id()), body).header("Accept-Language", "en"));
        assertThat(zh.list("errors").get(0).get("message")).isEqualTo("单个项目资助上限不能超过资金池总额");
        assertThat(en.list("errors").get(0).get("message")).isEqualTo("The maximum per award cannot exceed the pool");
    }

    @Test
    void onlyMembersOfAVerifiedFunderWriteCalls() {
        long calls = count("SELECT count(*) FROM funding_call");
        // An agency cannot create calls, even a verified one.
        Answer byAgency = create(agency.staff(), agency.id(), callRequest("机构发布的征集"));
        assertThat(byAgency.status()).isEqualTo(403);
        assertThat((String) byAgency.body().get("type")).endsWith("/not-a-funder");

        // A funder that is not verified (yet, or any more) cannot either.
        Funder unverified = fixtures.funder("未认证的基金会");
        Db.execute(dataSource, "UPDATE organisation SET status = 'submitted' WHERE id = " + unverified.id());
        Answer byUnverified = create(unverified.first(), unverified.id(), callRequest("未认证资助方的征集"));
        assertThat(byUnverified.status()).isEqualTo(403);
        assertThat((String) byUnverified.body().get("type")).endsWith("/organisation-not-verified");

        // Someone else's funder: not a member.
        Answer byOutsider = create(agency.staff(), funder.id(), callRequest("外人发布的征集"));
        assertThat(byOutsider.status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM funding_call")).isEqualTo(calls);

        long id = fixtures.draftCall(funder, callRequest("外人不可见的草稿"));
        assertThat(fixtures.send(agency.staff(), HttpRequest.GET(calls(funder.id()) + "/" + id))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.send(agency.staff(), HttpRequest.POST(calls(funder.id()) + "/" + id + "/publish", Map.of()))
                        .status())
                .isEqualTo(403);
        // A call of another funder is not found through this funder's route.
        Funder other = fixtures.funder("另一家基金会");
        assertThat(fixtures.send(other.first(), HttpRequest.POST(calls(other.id()) + "/" + id + "/publish", Map.of()))
                        .status())
                .isEqualTo(404);
        assertThat(count("SELECT count(*) FROM funding_call WHERE status = 'draft' AND id = " + id))
                .isEqualTo(1);
    }

    @Test
    void aTwoStageCallKeepsItsConceptClose() {
        Map<String, Object> body = callRequest("公益创投两阶段征集");
        body.put("fundingType", "venture-philanthropy");
        body.put("twoStage", true);
        body.put("conceptClosesAt", inDays(10));
        body.put("blindReview", true);
        Answer created = create(funder.first(), funder.id(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).containsEntry("twoStage", true).containsEntry("blindReview", true);
        assertThat((String) created.body().get("conceptClosesAt")).endsWith("+08:00");
    }

    @Test
    void taxonomiesListTheBudgetCategories() {
        List<Map<String, Object>> categories =
                new ArrayList<>(api.get("/api/taxonomies").list("budgetCategories"));
        assertThat(categories).extracting(c -> c.get("code")).contains("personnel", "activities", "management-fee");
        assertThat(categories)
                .filteredOn(c -> Boolean.TRUE.equals(c.get("managementFee")))
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("nameZh", "管理费").containsEntry("nameEn", "Management fee"));
    }
}

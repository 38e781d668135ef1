package org.qianshou.funding.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.testing.FundingFixtures.callRequest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingFixtures.Agency;
import org.qianshou.testing.FundingFixtures.Funder;
import org.qianshou.testing.RealServices;

/**
 * Each eligibility rule of a call against real organisations: the verdict, and a message in Chinese and English that
 * states the rule and the organisation's own fact.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    Eligibility eligibility;

    Api api;
    FundingFixtures fixtures;
    Funder funder;
    Agency zhenxiong;
    long call;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(RealServices.isolatedProperties("eligibility"));
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        fixtures = new FundingFixtures(context, api);
        funder = fixtures.funder("资格测试基金会");
        zhenxiong = fixtures.agency("资格测试镇雄县社工中心", FundingFixtures.ZHENXIONG);
        call = fixtures.publishedCall(funder, "资格测试：昭通市留守儿童关爱");
    }

    long call(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = callRequest("资格测试征集");
        change.accept(body);
        return fixtures.publishedCall(funder, body);
    }

    void sql(String statement) {
        Db.execute(dataSource, statement);
    }

    static EligibilityCheck rule(EligibilityVerdict verdict, String rule) {
        return verdict.checks().stream()
                .filter(c -> c.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAgencyInZhenxiongServingLeftBehindChildrenIsEligibleForZhaotong() {
        EligibilityVerdict verdict = eligibility.check(call, zhenxiong.id());
        assertThat(verdict.eligible()).as(verdict.toString()).isTrue();
        assertThat(verdict.checks())
                .extracting(EligibilityCheck::rule)
                .containsExactly("verified", "kind", "subtype", "region", "targetGroup", "socialWorkers");
        assertThat(rule(verdict, "region").messageZh()).isEqualTo("须在 昭通市 注册或提供服务；贵机构注册于 镇雄县，服务地区：镇雄县。");
        assertThat(rule(verdict, "region").messageEn())
                .isEqualTo("Applicants must be registered or serve in 昭通市; your organisation is registered in 镇雄县"
                        + " and serves: 镇雄县.");
        assertThat(rule(verdict, "socialWorkers").messageZh())
                .isEqualTo("须有至少 1 名持证社会工作者（助理、中级、高级合计）；贵机构共有 3 名（助理 2、中级 1、高级 0）。");
    }

    @Test
    void anAgencyRegisteredAndServingInDaliIsToldItsRegion() {
        Agency dali = fixtures.agency("资格测试大理州社工中心", FundingFixtures.DALI);
        EligibilityVerdict verdict = eligibility.check(call, dali.id());
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.failed()).extracting(EligibilityCheck::rule).containsExactly("region");
        assertThat(rule(verdict, "region").messageZh()).isEqualTo("须在 昭通市 注册或提供服务；贵机构注册于 大理白族自治州，服务地区：大理白族自治州。");
        assertThat(rule(verdict, "region").messageEn()).contains("registered in 大理白族自治州");
    }

    @Test
    void theRegionBasisDecidesWhetherRegistrationOrServiceCounts() {
        // Registered in 大理, serving 镇雄县 as well.
        Agency both = fixtures.agency("资格测试跨州服务机构", FundingFixtures.DALI);
        sql("INSERT INTO organisation_service_region (organisation_id, region_code) VALUES (" + both.id()
                + ", '530627')");
        long registered = call(b -> b.put("regionBasis", "registered"));
        long service = call(b -> b.put("regionBasis", "service"));
        assertThat(rule(eligibility.check(call, both.id()), "region").ok()).isTrue();
        assertThat(rule(eligibility.check(service, both.id()), "region").ok()).isTrue();
        EligibilityCheck byRegistration = rule(eligibility.check(registered, both.id()), "region");
        assertThat(byRegistration.ok()).isFalse();
        assertThat(byRegistration.messageZh()).isEqualTo("须在 昭通市 注册；贵机构注册于 大理白族自治州。");

        // Registered in 昭通市 without any service region: fine by registration, not by service.
        Agency registeredOnly = fixtures.agency("资格测试仅注册机构", FundingFixtures.ZHAOTONG);
        sql("DELETE FROM organisation_service_region WHERE organisation_id = " + registeredOnly.id());
        assertThat(rule(eligibility.check(registered, registeredOnly.id()), "region")
                        .ok())
                .isTrue();
        EligibilityCheck byService = rule(eligibility.check(service, registeredOnly.id()), "region");
        assertThat(byService.ok()).isFalse();
        assertThat(byService.messageZh()).isEqualTo("须在 昭通市 提供服务；贵机构服务地区：无。");
        assertThat(byService.messageEn()).isEqualTo("Applicants must serve in 昭通市; your organisation serves: none.");

        // A call for one county does not take an agency of a neighbouring county of the same prefecture.
        long county = call(b -> b.put("regionCode", "530602"));
        assertThat(rule(eligibility.check(county, zhenxiong.id()), "region").ok())
                .isFalse();
    }

    @Test
    void targetGroupsServedMustIncludeOneOfTheCalls() {
        Agency elderly = fixtures.agency("资格测试养老服务机构", FundingFixtures.ZHENXIONG);
        sql("DELETE FROM organisation_target_group WHERE organisation_id = " + elderly.id());
        sql("INSERT INTO organisation_target_group (organisation_id, target_group_code) VALUES (" + elderly.id()
                + ", 'elderly-in-difficulty')");
        EligibilityCheck check = rule(eligibility.check(call, elderly.id()), "targetGroup");
        assertThat(check.ok()).isFalse();
        assertThat(check.messageZh()).isEqualTo("须服务以下对象之一：留守儿童；贵机构服务对象：特殊困难老年人。");
        assertThat(check.messageEn())
                .isEqualTo("Applicants must serve one of: Left-behind children; your organisation serves: Elderly"
                        + " people in special difficulty.");
        long twoGroups = call(b -> b.put("targetGroups", List.of("left-behind-children", "elderly-in-difficulty")));
        assertThat(rule(eligibility.check(twoGroups, elderly.id()), "targetGroup")
                        .ok())
                .isTrue();
        long anyGroup = call(b -> b.put("targetGroups", List.of()));
        assertThat(rule(eligibility.check(anyGroup, elderly.id()), "targetGroup")
                        .ok())
                .isTrue();
    }

    @Test
    void certifiedSocialWorkersAreCountedAcrossTheThreeLevels() {
        long five = call(b -> b.put("minSocialWorkers", 5));
        EligibilityCheck short3 = rule(eligibility.check(five, zhenxiong.id()), "socialWorkers");
        assertThat(short3.ok()).isFalse();
        assertThat(short3.messageZh()).isEqualTo("须有至少 5 名持证社会工作者（助理、中级、高级合计）；贵机构共有 3 名（助理 2、中级 1、高级 0）。");
        Agency bigger = fixtures.agency("资格测试大机构", FundingFixtures.ZHENXIONG);
        sql("UPDATE organisation SET social_workers_assistant = 1, social_workers_intermediate = 2,"
                + " social_workers_senior = 2 WHERE id = " + bigger.id());
        assertThat(rule(eligibility.check(five, bigger.id()), "socialWorkers").ok())
                .isTrue();
    }

    @Test
    void subtypesKindsAndVerificationAreChecked() {
        long childWelfare = call(b -> b.put("subtypes", List.of("child-welfare")));
        EligibilityCheck subtype = rule(eligibility.check(childWelfare, zhenxiong.id()), "subtype");
        assertThat(subtype.ok()).isFalse();
        assertThat(subtype.messageZh()).isEqualTo("须为以下类别之一：儿童福利机构；贵机构为社会工作服务机构。");
        assertThat(subtype.messageEn())
                .isEqualTo("Applicants must be one of: child welfare institution; yours is a social work agency.");

        // A university applies only where the call names universities.
        Agency university = fixtures.agency("资格测试高校社工系", FundingFixtures.ZHENXIONG);
        sql("UPDATE organisation SET kind = 'university', subtype = 'university' WHERE id = " + university.id());
        EligibilityVerdict notNamed = eligibility.check(call, university.id());
        assertThat(rule(notNamed, "kind").ok()).isFalse();
        assertThat(rule(notNamed, "kind").messageZh()).isEqualTo("申请机构须为服务机构；贵机构类型：高校。");
        long universities = call(b -> b.put("subtypes", List.of("university", "social-work-agency")));
        EligibilityVerdict named = eligibility.check(universities, university.id());
        assertThat(named.eligible()).as(named.toString()).isTrue();

        // A funder is no applicant.
        EligibilityCheck kind = rule(eligibility.check(call, funder.id()), "kind");
        assertThat(kind.ok()).isFalse();
        assertThat(kind.messageEn()).isEqualTo("Applicants must be service agencies; your organisation is a funder.");

        // Only a verified organisation.
        Agency pending = fixtures.agency("资格测试待审核机构", FundingFixtures.ZHENXIONG);
        sql("UPDATE organisation SET status = 'submitted' WHERE id = " + pending.id());
        EligibilityVerdict unverified = eligibility.check(call, pending.id());
        assertThat(unverified.failed()).extracting(EligibilityCheck::rule).containsExactly("verified");
        assertThat(rule(unverified, "verified").messageZh()).isEqualTo("须为已通过认证的机构；贵机构当前状态：待审核。");
    }

    @Test
    void theEndpointAnswersMembersInTheirLanguage() {
        String path = "/api/calls/" + call + "/eligibility?organisationId=" + zhenxiong.id();
        Answer zh = fixtures.send(zhenxiong.staff(), HttpRequest.GET(path));
        assertThat(zh.status()).as(zh.toString()).isEqualTo(200);
        assertThat(zh.body()).containsEntry("eligible", true);
        assertThat(zh.list("checks")).hasSize(6);
        assertThat(zh.list("checks").get(3))
                .containsEntry("rule", "region")
                .containsEntry("ok", true)
                .containsEntry("message", "须在 昭通市 注册或提供服务；贵机构注册于 镇雄县，服务地区：镇雄县。");
        Answer en = fixtures.send(zhenxiong.staff(), HttpRequest.GET(path).header("Accept-Language", "en"));
        assertThat((String) en.list("checks").get(3).get("message")).startsWith("Applicants must be registered");

        Agency dali = fixtures.agency("资格测试接口大理机构", FundingFixtures.DALI);
        Answer notEligible = fixtures.send(
                dali.staff(), HttpRequest.GET("/api/calls/" + call + "/eligibility?organisationId=" + dali.id()));
        assertThat(notEligible.body()).containsEntry("eligible", false);

        // Only members of the organisation asked about; the organisation must be named; a draft call is not found.
        assertThat(fixtures.send(dali.staff(), HttpRequest.GET(path)).status()).isEqualTo(403);
        assertThat(api.get(path).status()).isEqualTo(401);
        Answer missing = fixtures.send(zhenxiong.staff(), HttpRequest.GET("/api/calls/" + call + "/eligibility"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("organisationId");
        long draft = fixtures.draftCall(funder, callRequest("资格测试草稿"));
        assertThat(fixtures.send(
                                zhenxiong.staff(),
                                HttpRequest.GET(
                                        "/api/calls/" + draft + "/eligibility?organisationId=" + zhenxiong.id()))
                        .status())
                .isEqualTo(404);
    }
}

package org.qianshou.funding.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingRows;
import org.qianshou.testing.FundingRows.Award;
import org.qianshou.testing.FundingRows.Line;
import org.qianshou.testing.FundingRows.Member;
import org.qianshou.testing.FundingRows.Org;
import org.qianshou.testing.RealServices;

/**
 * Public disclosure (资金公示), signed out: approved awards and approved payments shown, proposed and declined awards
 * and unapproved payments absent, no personal data anywhere in the JSON or the CSV, the CSV's sums equal to the
 * ledger's, and a project with two funders showing both sources.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    Api api;
    FundingRows rows;
    Org funder;
    Org secondFunder;
    Org agency;
    Org otherAgency;
    long project;
    long call;
    long secondCall;
    long draftCall;
    Award award;
    Award secondAward;
    Award proposed;
    Award declined;
    long paidOne;
    long paidTwo;
    long unapproved;
    long secondPaid;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("disclosure");
    }

    @BeforeAll
    void fixtures() {
        api = new Api(client.toBlocking());
        rows = new FundingRows(context, api);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        funder = rows.organisation("云南公益基金会", "funder", "赵项目官", "钱财务");
        secondFunder = rows.organisation("昆明市慈善总会", "funder", "孙秘书长", "周会计");
        agency = rows.organisation("镇雄县阳光社会工作服务中心", "agency", "吴社工", "郑督导");
        otherAgency = rows.organisation("彝良县社会工作服务站", "agency", "冯站长", "陈社工");
        project = rows.project(agency, "留守儿童陪伴计划");
        long otherProject = rows.project(otherAgency, "困境儿童关爱行动");

        call = rows.call(
                funder,
                "2026 年留守儿童关爱公益创投",
                50_000_000,
                3,
                new int[] {3000, 4000, 3000},
                today.plusDays(90),
                today.plusDays(270));
        long application = rows.application(
                agency,
                call,
                project,
                today.minusDays(30),
                today.plusDays(330),
                new Line("personnel", 7_000_000),
                new Line("activities", 5_000_000));
        award = rows.award(funder, call, application, 12_000_000, "accepted");
        paidOne = rows.payment(funder, award.tranches().get(0), 3_600_000, today.minusDays(10), true);
        Db.execute(
                dataSource,
                "UPDATE funding_tranche SET status = 'payable' WHERE id = "
                        + award.tranches().get(1));
        paidTwo = rows.payment(funder, award.tranches().get(1), 4_800_000, today.minusDays(2), true);
        Db.execute(
                dataSource,
                "UPDATE funding_tranche SET status = 'payable' WHERE id = "
                        + award.tranches().get(2));
        unapproved = rows.payment(funder, award.tranches().get(2), 3_600_000, today, false);

        long otherApplication = rows.application(
                otherAgency, call, otherProject, today, today.plusDays(200), new Line("activities", 3_000_000));
        proposed = rows.award(funder, call, otherApplication, 3_000_000, "proposed");
        Db.execute(dataSource, "UPDATE funding_application SET status = 'submitted' WHERE id = " + otherApplication);
        long thirdApplication = rows.application(
                otherAgency,
                secondCallOf(today),
                otherProject,
                today,
                today.plusDays(200),
                new Line("activities", 2_000_000));
        declined = rows.award(secondFunder, secondCall, thirdApplication, 2_000_000, "declined");

        long secondApplication = rows.application(
                agency,
                secondCall,
                project,
                today.minusDays(30),
                today.plusDays(330),
                new Line("activities", 5_000_000));
        secondAward = rows.award(secondFunder, secondCall, secondApplication, 5_000_000, "accepted");
        secondPaid = rows.payment(secondFunder, secondAward.tranches().get(0), 5_000_000, today.minusDays(1), true);

        // An approved report of the first award (budget against actual), and a submitted one that is not shown.
        Db.execute(
                dataSource,
                "INSERT INTO funding_report (award_id, tranche_id, kind, seq, period_from, period_to, due_on, status,"
                        + " narrative, decided_at) VALUES (" + award.id() + ", "
                        + award.tranches().get(1)
                        + ", 'progress', 1, '" + today.minusDays(30) + "', '" + today.minusDays(3) + "', '"
                        + today.minusDays(3) + "', 'approved', '本期服务留守儿童 60 人', now()), (" + award.id()
                        + ", NULL, 'progress', 2, '" + today.minusDays(2) + "', '" + today.plusDays(60) + "', '"
                        + today.plusDays(60) + "', 'submitted', '待审', NULL)");
        long approvedReport =
                Db.count(dataSource, "SELECT id FROM funding_report WHERE award_id = " + award.id() + " AND seq = 1");
        Db.execute(
                dataSource,
                "INSERT INTO funding_report_budget_line (report_id, category_code, budget_fen, actual_fen, explanation)"
                        + " VALUES (" + approvedReport + ", 'activities', 500000, 620000, '增加一次集体活动'), ("
                        + approvedReport + ", 'personnel', 700000, 690000, '')");
        draftCall = rows.call(funder, "尚未发布的资助计划", 10_000_000, 3, new int[] {10000});
        Db.execute(dataSource, "UPDATE funding_call SET status = 'draft', published_at = NULL WHERE id = " + draftCall);
    }

    private long secondCallOf(LocalDate today) {
        if (secondCall == 0) {
            secondCall = rows.call(secondFunder, "2026 年困境儿童慈善资助", 20_000_000, 6, new int[] {10000});
        }
        return secondCall;
    }

    /** The raw answer of a signed-out GET: status, headers and the body as text. */
    private record Raw(int status, Map<String, String> headers, String body) {}

    private Raw raw(String path) {
        try {
            HttpResponse<String> r = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
            Map<String, String> headers = new HashMap<>();
            r.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            return new Raw(r.code(), headers, r.body() == null ? "" : r.body());
        } catch (HttpClientResponseException e) {
            return new Raw(
                    e.code(), Map.of(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    private static List<Long> ids(List<Map<String, Object>> items, String key) {
        return items.stream().map(i -> ((Number) i.get(key)).longValue()).toList();
    }

    @Test
    void aCallsPageShowsItsApprovedAwardsAndApprovedPaymentsToAnyoneSignedOut() {
        Answer page = api.get("/api/disclosure/calls/" + call);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Map<String, Object> c = page.map("call");
        assertThat(c.get("title")).isEqualTo("2026 年留守儿童关爱公益创投");
        assertThat(c.get("organisationName")).isEqualTo("云南公益基金会");
        assertThat(((Number) c.get("poolFen")).longValue()).isEqualTo(50_000_000);
        assertThat(((Number) c.get("committedFen")).longValue()).isEqualTo(12_000_000);
        assertThat(((Number) c.get("paidFen")).longValue()).isEqualTo(8_400_000);
        assertThat(((Number) c.get("remainingFen")).longValue()).isEqualTo(38_000_000);

        assertThat(ids(items(page, "awards"), "awardId")).containsExactly(award.id());
        Map<String, Object> a = items(page, "awards").get(0);
        assertThat(a.get("organisationName")).isEqualTo("镇雄县阳光社会工作服务中心");
        assertThat(a.get("projectTitle")).isEqualTo("留守儿童陪伴计划");
        assertThat(((Number) a.get("amountFen")).longValue()).isEqualTo(12_000_000);
        assertThat(((Number) a.get("paidFen")).longValue()).isEqualTo(8_400_000);
        assertThat(a.get("approvedOn")).isNotNull();

        assertThat(ids(items(page, "payments"), "paymentId")).containsExactly(paidOne, paidTwo);
        assertThat(items(page, "payments")).extracting(p -> p.get("trancheSeq")).containsExactly(1, 2);

        Raw headers = raw("/api/disclosure/calls/" + call);
        assertThat(headers.headers().get("cache-control")).isEqualTo("public, max-age=300");
    }

    @Test
    void aCallsAwardsAndPaymentsComeAPageAtATimeWithTheirTotals() {
        Answer first = api.get("/api/disclosure/calls/" + call + "?page=0&size=1");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.map("awards"))
                .containsEntry("total", 1)
                .containsEntry("page", 0)
                .containsEntry("size", 1);
        assertThat(ids(items(first, "awards"), "awardId")).containsExactly(award.id());
        assertThat(first.map("payments")).containsEntry("total", 2);
        assertThat(ids(items(first, "payments"), "paymentId")).containsExactly(paidOne);
        Answer second = api.get("/api/disclosure/calls/" + call + "?page=1&size=1");
        assertThat(items(second, "awards")).isEmpty();
        assertThat(second.map("awards")).containsEntry("total", 1);
        assertThat(ids(items(second, "payments"), "paymentId")).containsExactly(paidTwo);
        assertThat(api.get("/api/disclosure/calls/" + call).map("awards")).containsEntry("size", 20);
        for (String bad : List.of("size=0", "size=101", "page=-1")) {
            Answer refused = api.get("/api/disclosure/calls/" + call + "?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.errorFields()).as(bad).containsExactly(bad.substring(0, bad.indexOf('=')));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer answer, String list) {
        return (List<Map<String, Object>>) answer.map(list).get("items");
    }

    @Test
    void proposedAndDeclinedAwardsUnapprovedPaymentsAndUnpublishedCallsAreAbsent() {
        String page = raw("/api/disclosure/calls/" + call).body();
        String csv = raw("/api/disclosure/calls/" + call + ".csv").body();
        String payments = raw("/api/disclosure/payments.csv").body();
        for (String text : List.of(page, csv, payments)) {
            assertThat(text).doesNotContain("困境儿童关爱行动").doesNotContain("彝良县社会工作服务站");
        }
        assertThat(page).doesNotContain("\"paymentId\":" + unapproved + ",");
        assertThat(lines(payments)).noneMatch(l -> l.startsWith(unapproved + ","));
        assertThat(raw("/api/disclosure/calls/" + secondCall).body())
                .doesNotContain("\"awardId\":" + declined.id() + ",");
        Raw draft = raw("/api/disclosure/calls/" + draftCall);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.headers().get("cache-control")).isNotEqualTo("public, max-age=300");
        assertThat(raw("/api/disclosure/calls/" + draftCall + ".csv").status()).isEqualTo(404);
        assertThat(raw("/api/disclosure/calls/999999999").status()).isEqualTo(404);
    }

    @Test
    void noPersonalDataInTheJsonOrTheCsv() {
        List<Member> people = new ArrayList<>();
        for (Org o : List.of(funder, secondFunder, agency, otherAgency)) {
            people.add(o.first());
            people.add(o.second());
        }
        List<String> texts = List.of(
                raw("/api/disclosure/calls/" + call).body(),
                raw("/api/disclosure/calls/" + call + ".csv").body(),
                raw("/api/disclosure/calls/" + secondCall).body(),
                raw("/api/disclosure/projects/" + project).body(),
                raw("/api/disclosure/projects/" + project + ".csv").body(),
                raw("/api/disclosure/payments.csv").body());
        assertThat(texts).allSatisfy(t -> assertThat(t).isNotBlank());
        for (String text : texts) {
            for (Member m : people) {
                assertThat(text)
                        .doesNotContain(m.name())
                        .doesNotContain(m.email())
                        .doesNotContain(m.phone());
            }
            assertThat(text).doesNotContain("@qianshou.test").doesNotContain("BANK-");
        }
    }

    private static List<String> lines(String csv) {
        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = new ArrayList<>(Arrays.asList(csv.substring(1).split("\r\n")));
        return lines.subList(1, lines.size());
    }

    @Test
    void theCallsCsvIsTheLedgerOneRowPerEntryAndItsSumsAreTheLedgers() {
        Raw file = raw("/api/disclosure/calls/" + call + ".csv");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-type")).startsWith("text/csv");
        assertThat(file.headers().get("cache-control")).isEqualTo("public, max-age=300");
        assertThat(file.headers().get("content-disposition")).contains("call-" + call + "-ledger.csv");
        assertThat(file.body().substring(1).split("\r\n")[0])
                .isEqualTo(
                        "entry_id,recorded_at,kind,amount_yuan,amount_fen,funder,organisation,project,award_id,tranche");
        List<String> entries = lines(file.body());
        assertThat((long) entries.size())
                .isEqualTo(Db.count(dataSource, "SELECT count(*) FROM funding_ledger_entry WHERE call_id = " + call));
        Map<String, Long> sums = new HashMap<>();
        long yuanCents = 0;
        for (String line : entries) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(10);
            sums.merge(cells[2], Long.parseLong(cells[4]), Long::sum);
            yuanCents += new java.math.BigDecimal(cells[3]).movePointRight(2).longValueExact();
            assertThat(cells[5]).isEqualTo("云南公益基金会");
            assertThat(cells[6]).isEqualTo("镇雄县阳光社会工作服务中心");
            assertThat(cells[7]).isEqualTo("留守儿童陪伴计划");
        }
        for (String kind : List.of("commit", "payment")) {
            assertThat(sums.get(kind))
                    .as(kind)
                    .isEqualTo(Db.count(
                            dataSource,
                            "SELECT sum(amount_fen) FROM funding_ledger_entry WHERE call_id = " + call + " AND kind = '"
                                    + kind + "'"));
        }
        assertThat(sums.get("commit")).isEqualTo(12_000_000);
        assertThat(sums.get("payment")).isEqualTo(8_400_000);
        assertThat(yuanCents).isEqualTo(12_000_000 + 8_400_000);
    }

    @Test
    void aProjectWithTwoFundersShowsBothSourcesItsTranchesAndPayments() {
        Answer page = api.get("/api/disclosure/projects/" + project);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.map("project").get("title")).isEqualTo("留守儿童陪伴计划");
        assertThat(page.map("project").get("organisationName")).isEqualTo("镇雄县阳光社会工作服务中心");
        assertThat(page.list("sources"))
                .extracting(s -> s.get("funderName") + " " + s.get("callTitle") + " " + s.get("awardedFen") + " "
                        + s.get("paidFen"))
                .containsExactly("云南公益基金会 2026 年留守儿童关爱公益创投 12000000 8400000", "昆明市慈善总会 2026 年困境儿童慈善资助 5000000 5000000");
        assertThat(page.list("tranches"))
                .extracting(
                        t -> t.get("funderName") + " " + t.get("seq") + " " + t.get("paidFen") + " " + t.get("status"))
                .containsExactly(
                        "云南公益基金会 1 3600000 paid",
                        "云南公益基金会 2 4800000 paid",
                        "云南公益基金会 3 0 payable",
                        "昆明市慈善总会 1 5000000 paid");
        // From the latest approved report, in the categories' order; the submitted report is not shown.
        assertThat(page.list("budgetActual"))
                .extracting(b -> b.get("category") + " " + b.get("budgetFen") + " " + b.get("actualFen"))
                .containsExactly("personnel 700000 690000", "activities 500000 620000");
        assertThat(page.list("reports"))
                .extracting(r -> r.get("kind") + " " + r.get("seq"))
                .containsExactly("progress 1");
        assertThat(page.toString()).doesNotContain("增加一次集体活动").doesNotContain("本期服务留守儿童");

        List<String> ledger =
                lines(raw("/api/disclosure/projects/" + project + ".csv").body());
        assertThat(ledger).hasSize(5); // two commitments, three payments
        assertThat(ledger).anyMatch(l -> l.contains("昆明市慈善总会") && l.endsWith("," + secondCall + ",2026 年困境儿童慈善资助"));
    }

    @Test
    void theListOfPaymentsHasEveryApprovedPaymentAndFiltersByCallAndDays() {
        List<String> all = lines(raw("/api/disclosure/payments.csv").body());
        assertThat(all).extracting(l -> Long.parseLong(l.split(",")[0])).containsExactly(paidOne, paidTwo, secondPaid);
        List<String> ofCall =
                lines(raw("/api/disclosure/payments.csv?callId=" + call).body());
        assertThat(ofCall).extracting(l -> Long.parseLong(l.split(",")[0])).containsExactly(paidOne, paidTwo);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        List<String> recent = lines(raw("/api/disclosure/payments.csv?from=" + today.minusDays(3) + "&to=" + today)
                .body());
        assertThat(recent).extracting(l -> Long.parseLong(l.split(",")[0])).containsExactly(paidTwo, secondPaid);
        assertThat(all.get(0).split(",")).containsSubsequence("36000.00", "3600000", "云南公益基金会");

        Answer bad = api.get("/api/disclosure/payments.csv?from=2026-13-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("from");
        Answer backwards = api.get("/api/disclosure/payments.csv?from=2026-05-01&to=2026-04-01");
        assertThat(backwards.errorFields()).containsExactly("to");
        assertThat(api.get("/api/disclosure/payments.csv?callId=" + draftCall).status())
                .isEqualTo(404);
    }
}

package org.qianshou.funding.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.funding.award.AwardAccepted;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingRows;
import org.qianshou.testing.FundingRows.Award;
import org.qianshou.testing.FundingRows.Line;
import org.qianshou.testing.FundingRows.Org;
import org.qianshou.testing.RealServices;

/**
 * Reports through the HTTP API: the schedule made on acceptance, drafts, the 10 % explanation rule (400 naming the
 * field, nothing written), a tranche already paid (409 naming {@code trancheId}), approval making the tranche payable,
 * return and resubmission, overdue reports for the funder, and the reminders 14 and 3 days before a due date sent once
 * each, on a day the test chooses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    ReportSchedule schedule;

    @Inject
    ApplicationEventPublisher<AwardAccepted> accepted;

    @Inject
    ReportReminders reminders;

    @Inject
    ReportMessagesCaptured messages;

    Api api;
    FundingRows rows;
    final LocalDate today = ReportService.today();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("reportapi");
        properties.put("spec.name", "reports");
        properties.put("qianshou.funding.report-reminder-interval", "1h"); // the test runs the reminders itself
        return properties;
    }

    @BeforeAll
    void fixtures() {
        api = new Api(client.toBlocking());
        rows = new FundingRows(context, api);
    }

    /** A funder, an agency, and the agency's accepted award of ¥120,000 in 30/40/30 tranches, with its reports. */
    record Funded(Org funder, Org agency, Award award) {}

    private Funded funded(LocalDate trancheTwoDue, LocalDate trancheThreeDue) {
        return funded(trancheTwoDue, trancheThreeDue, 12_000_000);
    }

    private Funded funded(LocalDate trancheTwoDue, LocalDate trancheThreeDue, long awardedFen) {
        Org funder = rows.organisation("云南公益基金会" + System.nanoTime(), "funder", "基金会项目官", "基金会财务");
        Org agency = rows.organisation("镇雄县社会工作服务中心" + System.nanoTime(), "agency", "王社工", "李社工");
        long project = rows.project(agency, "留守儿童陪伴计划");
        long call = rows.call(
                funder,
                "2026 年留守儿童关爱公益创投",
                50_000_000,
                3,
                new int[] {3000, 4000, 3000},
                trancheTwoDue,
                trancheThreeDue);
        long application = rows.application(
                agency,
                call,
                project,
                today.minusDays(30),
                today.plusDays(330),
                new Line("personnel", 6_000_000),
                new Line("activities", 5_000_000),
                new Line("management-fee", 1_000_000));
        Award award = rows.award(funder, call, application, awardedFen, "accepted");
        // As the award package announces an acceptance: inside the accepting transaction.
        transactions.executeWrite(status -> {
            accepted.publishEvent(new AwardAccepted(award.id()));
            return null;
        });
        assertThat(Db.count(dataSource, "SELECT count(*) FROM funding_report WHERE award_id = " + award.id()))
                .isPositive();
        return new Funded(funder, agency, award);
    }

    private long reportOfTranche(Award award, int seq) {
        return Db.count(
                dataSource,
                "SELECT id FROM funding_report WHERE tranche_id = "
                        + award.tranches().get(seq - 1));
    }

    private Answer get(String token, String path) {
        return api.send(HttpRequest.GET(path).bearerAuth(token));
    }

    private Answer put(String token, String path, Object body) {
        return api.send(HttpRequest.PUT(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(token));
    }

    private Answer post(String token, String path, Object body) {
        return api.send(HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(token));
    }

    private String agencyPath(Funded f, long report) {
        return "/api/organisations/" + f.agency().id() + "/reports/" + report;
    }

    private String funderPath(Funded f, long report) {
        return "/api/organisations/" + f.funder().id() + "/funded-reports/" + report;
    }

    /** The report's budget by category, from its detail. */
    private static Map<String, Long> budgetOf(Answer detail) {
        Map<String, Long> budget = new HashMap<>();
        detail.list("budget")
                .forEach(b -> budget.put((String) b.get("category"), ((Number) b.get("budgetFen")).longValue()));
        return budget;
    }

    /** A draft whose actuals equal the budget except activities at {@code activitiesFactor} × its budget. */
    private Map<String, Object> draft(Answer detail, int activitiesPercent, String activitiesExplanation) {
        Map<String, Long> budget = budgetOf(detail);
        List<Map<String, Object>> lines = new ArrayList<>();
        budget.forEach((category, fen) -> {
            Map<String, Object> line = new HashMap<>();
            line.put("category", category);
            line.put("actualFen", category.equals("activities") ? fen * activitiesPercent / 100 : fen);
            line.put("explanation", category.equals("activities") ? activitiesExplanation : "");
            lines.add(line);
        });
        List<Map<String, Object>> indicators = new ArrayList<>();
        detail.list("indicators")
                .forEach(i -> indicators.add(Map.of("indicatorId", i.get("indicatorId"), "value", 60)));
        Map<String, Object> body = new HashMap<>();
        body.put("narrative", "本期开展家访 150 次，陪伴留守儿童 60 人。");
        body.put("indicators", indicators);
        body.put("budget", lines);
        body.put("version", detail.body().get("version"));
        return body;
    }

    private Answer saved(Funded f, long report, int activitiesPercent, String explanation) {
        String token = f.agency().first().token();
        Answer detail = get(token, agencyPath(f, report));
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        Answer saved = put(token, agencyPath(f, report), draft(detail, activitiesPercent, explanation));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return saved;
    }

    private Answer submit(Funded f, long report, Answer saved) {
        return post(
                f.agency().second().token(),
                agencyPath(f, report) + "/submit",
                Map.of("version", saved.body().get("version")));
    }

    private long audits(String action, long report) {
        return Db.count(
                dataSource,
                "SELECT count(*) FROM audit_event WHERE action = '" + action + "' AND object_id = '" + report + "'");
    }

    @Test
    void acceptanceMakesTheScheduleOfTheContractsRule() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        List<Map<String, Object>> list = api.getList(
                "/api/organisations/" + f.agency().id() + "/reports",
                f.agency().first().token());
        assertThat(list)
                .extracting(r -> r.get("kind") + " " + r.get("dueOn") + " " + r.get("trancheSeq"))
                .containsExactlyElementsOf(expectedSchedule(today.plusDays(60), today.plusDays(300)));
        assertThat(list).extracting(r -> r.get("seq")).containsExactly(1, 2, 3, 4, 5);
        assertThat(list).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("due");
            assertThat(r.get("overdue")).isEqualTo(false);
            assertThat(r.get("callTitle")).isEqualTo("2026 年留守儿童关爱公益创投");
            assertThat(r.get("projectTitle")).isEqualTo("留守儿童陪伴计划");
            assertThat((String) r.get("funderName")).startsWith("云南公益基金会");
        });
        // A repeated event makes nothing twice.
        int again =
                transactions.executeWrite(status -> schedule.createFor(f.award().id()));
        assertThat(again).isZero();
        transactions.executeWrite(status -> {
            accepted.publishEvent(new AwardAccepted(f.award().id()));
            return null;
        });
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_report WHERE award_id = "
                                + f.award().id()))
                .isEqualTo(5);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE action = 'funding.report.scheduled' AND object_id = '"
                                + f.award().id() + "'"))
                .isEqualTo(1);
    }

    /** The schedule for the project of {@link #funded}: −30 to +330 days, every 3 months, two tranche reports. */
    private List<String> expectedSchedule(LocalDate two, LocalDate three) {
        LocalDate start = today.minusDays(30);
        LocalDate end = today.plusDays(330);
        List<String> expected = new ArrayList<>();
        List<Object[]> due = new ArrayList<>();
        due.add(new Object[] {two, 2});
        due.add(new Object[] {three, 3});
        for (int k = 1; ; k++) {
            LocalDate d = start.plusMonths(3L * k);
            if (!d.isBefore(end)) {
                break;
            }
            boolean near = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(two, d)) < 30
                    || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(three, d)) < 30;
            if (d.isAfter(today.minusDays(19)) && !near) {
                due.add(new Object[] {d, null});
            }
        }
        due.sort(java.util.Comparator.comparing(o -> (LocalDate) o[0]));
        for (Object[] d : due) {
            expected.add("progress " + d[0] + " " + d[1]);
        }
        expected.add("final " + end.plusMonths(3) + " null");
        return expected;
    }

    @Test
    void theBudgetIsTheAwardsTheApplicationsScaledToTheAmountAwarded() {
        // ¥70,000 awarded on a request of ¥120,000 (personnel 60,000, activities 50,000, management fee 10,000).
        Funded f = funded(today.plusDays(60), today.plusDays(300), 7_000_000);
        long finalReport = Db.count(
                dataSource,
                "SELECT id FROM funding_report WHERE kind = 'final' AND award_id = "
                        + f.award().id());
        Answer detail = get(f.agency().first().token(), agencyPath(f, finalReport));
        assertThat(detail.list("budget"))
                .extracting(b -> b.get("category") + " " + b.get("budgetFen"))
                .containsExactly("personnel 3500000", "activities 2916666", "management-fee 583334");
    }

    @Test
    void aDifferenceOfMoreThanTenPercentWithoutAnExplanationIsRefusedNamingTheFieldAndNothingIsWritten() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        Answer saved = saved(f, report, 150, "");
        assertThat(saved.body().get("status")).isEqualTo("draft");
        Map<String, Object> activities = saved.list("budget").stream()
                .filter(b -> b.get("category").equals("activities"))
                .findFirst()
                .orElseThrow();
        assertThat(activities.get("explanationRequired")).isEqualTo(true);

        Answer refused = submit(f, report, saved);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("budget[activities].explanation");
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_report WHERE id = " + report
                                + " AND status = 'draft' AND submitted_at IS NULL AND version = "
                                + saved.body().get("version")))
                .as("nothing written")
                .isEqualTo(1);
        assertThat(audits("funding.report.submitted", report)).isZero();

        // 10 % exactly needs no explanation; with an explanation, more is fine.
        Answer withinTen = saved(f, report, 110, "");
        assertThat(submit(f, report, saved(f, report, 150, "六一儿童节增加了一次集体活动")).status())
                .isEqualTo(200);
        assertThat(withinTen.list("budget"))
                .allSatisfy(b -> assertThat(b.get("explanationRequired")).isEqualTo(false));
        assertThat(audits("funding.report.submitted", report)).isEqualTo(1);
    }

    @Test
    void badDraftsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        String token = f.agency().first().token();
        Answer detail = get(token, agencyPath(f, report));
        Map<String, Object> body = draft(detail, 100, "");
        List<Map<String, Object>> budget = new ArrayList<>();
        budget.add(Map.of("category", "personnel", "actualFen", 1.5));
        body.put("budget", budget);
        Answer fractional = put(token, agencyPath(f, report), body);
        assertThat(fractional.status()).as(fractional.toString()).isEqualTo(400);
        assertThat(fractional.errorFields()).containsExactly("budget[personnel].actualFen");

        body.put("budget", List.of(Map.of("category", "travel", "actualFen", 100)));
        Answer unknown = put(token, agencyPath(f, report), body);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("budget[0].category");

        body.put("budget", List.of(Map.of("category", "personnel", "actualFen", -1)));
        Answer negative = put(token, agencyPath(f, report), body);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("budget[personnel].actualFen");

        body.put("budget", List.of());
        body.put("version", 99);
        Answer stale = put(token, agencyPath(f, report), body);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");

        assertThat(Db.count(dataSource, "SELECT count(*) FROM funding_report_budget_line WHERE report_id = " + report))
                .isZero();
        assertThat(Db.count(dataSource, "SELECT version FROM funding_report WHERE id = " + report))
                .isEqualTo(1);
    }

    @Test
    void aReportForATrancheAlreadyPaidIsRefusedWith409NamingTheTranche() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        Answer saved = saved(f, report, 100, "");
        Db.execute(
                dataSource,
                "UPDATE funding_tranche SET status = 'paid', paid_fen = amount_fen WHERE id = "
                        + f.award().tranches().get(1));
        Answer refused = submit(f, report, saved);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("trancheId");
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_report WHERE id = " + report + " AND status = 'draft'"))
                .isEqualTo(1);
    }

    @Test
    void approvingTheReportMakesItsTranchePayableInTheSameTransaction() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        long tranche = f.award().tranches().get(1);
        assertThat(submit(f, report, saved(f, report, 100, "")).status()).isEqualTo(200);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_tranche WHERE id = " + tranche + " AND status = 'pending'"))
                .isEqualTo(1);

        List<Map<String, Object>> inbox = api.getList(
                "/api/organisations/" + f.funder().id() + "/funded-reports?status=submitted",
                f.funder().first().token());
        assertThat(inbox).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(report);
        assertThat((String) inbox.get(0).get("organisationName")).startsWith("镇雄县社会工作服务中心");

        // The agency cannot approve its own report through the funder's route: the report is not the agency's as
        // funder.
        Answer byAgency = post(
                f.agency().first().token(),
                "/api/organisations/" + f.agency().id() + "/funded-reports/" + report + "/approve",
                Map.of());
        assertThat(byAgency.status()).isEqualTo(404);

        Answer approved = post(f.funder().second().token(), funderPath(f, report) + "/approve", Map.of());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().get("status")).isEqualTo("approved");
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_tranche WHERE id = " + tranche
                                + " AND status = 'payable' AND payable_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(audits("funding.report.approved", report)).isEqualTo(1);
        // Approved twice: 409, nothing changes.
        Answer again = post(f.funder().second().token(), funderPath(f, report) + "/approve", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("status");
        // An approved report can no longer be edited.
        Answer edit = put(f.agency().first().token(), agencyPath(f, report), Map.of("narrative", "改", "version", 99));
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void aMemberOfTheFundedAgencyCannotApproveItsReportForTheFunder() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        long tranche = f.award().tranches().get(1);
        // The agency's second member, who submits, is also a member of the funder.
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES ("
                        + f.funder().id() + ", " + f.agency().second().id() + ", 'staff')");
        assertThat(submit(f, report, saved(f, report, 100, "")).status()).isEqualTo(200);
        Answer own = post(f.agency().second().token(), funderPath(f, report) + "/approve", Map.of());
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(own.body().get("rule")).isEqualTo("four-eyes");
        // Another member of the agency who is also the funder's: a conflict of interest.
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES ("
                        + f.funder().id() + ", " + f.agency().first().id() + ", 'staff')");
        Answer conflicted = post(f.agency().first().token(), funderPath(f, report) + "/approve", Map.of());
        assertThat(conflicted.status()).as(conflicted.toString()).isEqualTo(403);
        assertThat(conflicted.body().get("rule")).isEqualTo("conflict-of-interest");
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_tranche WHERE id = " + tranche + " AND status = 'pending'"))
                .as("nothing written")
                .isEqualTo(1);
        assertThat(audits("funding.report.approved", report)).isZero();
        assertThat(post(f.funder().first().token(), funderPath(f, report) + "/approve", Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theFunderReturnsAReportWithACommentAndTheAgencyEditsAndResubmits() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        assertThat(submit(f, report, saved(f, report, 100, "")).status()).isEqualTo(200);

        Answer noComment = post(f.funder().first().token(), funderPath(f, report) + "/return", Map.of("comment", " "));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.errorFields()).containsExactly("comment");
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_report WHERE id = " + report + " AND status = 'submitted'"))
                .isEqualTo(1);

        Answer returned =
                post(f.funder().first().token(), funderPath(f, report) + "/return", Map.of("comment", "请补充家访记录的统计口径。"));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(audits("funding.report.returned", report)).isEqualTo(1);

        Answer seen = get(f.agency().first().token(), agencyPath(f, report));
        assertThat(seen.body().get("status")).isEqualTo("returned");
        assertThat(seen.body().get("returnComment")).isEqualTo("请补充家访记录的统计口径。");
        Answer edited = saved(f, report, 100, "");
        assertThat(edited.body().get("status")).isEqualTo("returned");
        Answer resubmitted = submit(f, report, edited);
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.body().get("status")).isEqualTo("submitted");
        assertThat(audits("funding.report.submitted", report)).isEqualTo(2);
        assertThat(post(f.funder().second().token(), funderPath(f, report) + "/approve", Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theFunderSeesOverdueReports() {
        Funded f = funded(today.minusDays(5), today.plusDays(300));
        long late = reportOfTranche(f.award(), 2);
        long notYet = reportOfTranche(f.award(), 3);
        List<Map<String, Object>> overdue = api.getList(
                "/api/organisations/" + f.funder().id() + "/funded-reports?status=overdue",
                f.funder().first().token());
        assertThat(overdue).extracting(r -> ((Number) r.get("id")).longValue()).containsExactly(late);
        assertThat(overdue.get(0).get("overdue")).isEqualTo(true);
        Answer notOverdue = get(f.agency().first().token(), agencyPath(f, notYet));
        assertThat(notOverdue.body().get("overdue")).isEqualTo(false);

        // Submitted, it waits for the funder and is no longer overdue.
        assertThat(submit(f, late, saved(f, late, 100, "")).status()).isEqualTo(200);
        assertThat(api.getList(
                        "/api/organisations/" + f.funder().id() + "/funded-reports?status=overdue",
                        f.funder().first().token()))
                .isEmpty();
        Answer bad = get(
                f.funder().first().token(), "/api/organisations/" + f.funder().id() + "/funded-reports?status=late");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("status");
    }

    // ---- attachments

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    private Answer upload(String token, String path, String filename, MediaType type, byte[] content) {
        return api.send(HttpRequest.POST(
                        path + "/attachments",
                        MultipartBody.builder()
                                .addPart("file", filename, type, content)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token));
    }

    private byte[] download(String token, String path) {
        return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), byte[].class);
    }

    private long attachmentRows(long report) {
        return Db.count(dataSource, "SELECT count(*) FROM funding_report_attachment WHERE report_id = " + report);
    }

    @Test
    void attachmentsAreCheckedByContentReadByBothSidesAndFixedOnceTheReportIsSubmitted() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        Funded other = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        String staff = f.agency().first().token();
        Answer pdf = upload(staff, agencyPath(f, report), "活动签到表.pdf", MediaType.APPLICATION_PDF_TYPE, PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        assertThat(pdf.body()).containsEntry("filename", "活动签到表.pdf").containsEntry("contentType", "application/pdf");
        long attachment = ((Number) pdf.body().get("id")).longValue();
        Answer fake = upload(
                staff, agencyPath(f, report), "伪装.pdf", MediaType.APPLICATION_PDF_TYPE, "<html>x</html>".getBytes());
        assertThat(fake.status()).isEqualTo(415);
        assertThat(attachmentRows(report)).isEqualTo(1);
        assertThat(get(staff, agencyPath(f, report)).list("attachments"))
                .extracting(a -> a.get("filename"))
                .containsExactly("活动签到表.pdf");
        assertThat(get(f.funder().first().token(), funderPath(f, report)).list("attachments"))
                .hasSize(1);
        assertThat(download(staff, agencyPath(f, report) + "/attachments/" + attachment))
                .isEqualTo(PDF);
        assertThat(download(f.funder().first().token(), funderPath(f, report) + "/attachments/" + attachment))
                .isEqualTo(PDF);
        // nobody else reads, adds or removes them
        String stranger = other.agency().first().token();
        assertThat(get(stranger, agencyPath(f, report) + "/attachments/" + attachment)
                        .status())
                .isIn(403, 404);
        assertThat(get(
                                stranger,
                                "/api/organisations/" + other.agency().id() + "/reports/" + report + "/attachments/"
                                        + attachment)
                        .status())
                .isEqualTo(404);
        assertThat(get(
                                other.funder().first().token(),
                                "/api/organisations/" + other.funder().id() + "/funded-reports/" + report
                                        + "/attachments/" + attachment)
                        .status())
                .isEqualTo(404);
        assertThat(upload(stranger, agencyPath(f, report), "x.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                        .status())
                .isIn(403, 404);
        assertThat(api.send(HttpRequest.DELETE(agencyPath(f, report) + "/attachments/" + attachment)
                                .bearerAuth(stranger))
                        .status())
                .isIn(403, 404);
        assertThat(attachmentRows(report)).isEqualTo(1);
        assertThat(audits("funding.report.attachment-added", report)).isEqualTo(1);
        // removed while open, then the report is submitted and its files are fixed
        Answer removed = api.send(HttpRequest.DELETE(agencyPath(f, report) + "/attachments/" + attachment)
                .bearerAuth(staff));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(attachmentRows(report)).isZero();
        assertThat(audits("funding.report.attachment-removed", report)).isEqualTo(1);
        Answer kept = upload(staff, agencyPath(f, report), "照片.pdf", MediaType.APPLICATION_PDF_TYPE, PDF);
        assertThat(kept.status()).isEqualTo(201);
        Answer submitted = submit(f, report, saved(f, report, 100, ""));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.list("attachments")).hasSize(1);
        Answer late = upload(staff, agencyPath(f, report), "晚到.pdf", MediaType.APPLICATION_PDF_TYPE, PDF);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.toString()).contains("status");
        Answer lateRemoval = api.send(HttpRequest.DELETE(agencyPath(f, report) + "/attachments/"
                        + ((Number) kept.body().get("id")).longValue())
                .bearerAuth(staff));
        assertThat(lateRemoval.status()).isEqualTo(409);
        assertThat(attachmentRows(report)).isEqualTo(1);
    }

    @Test
    void aReportTakesAtMostTenAttachments() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        String staff = f.agency().first().token();
        for (int i = 1; i <= 10; i++) {
            assertThat(upload(staff, agencyPath(f, report), "附件" + i + ".pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                            .status())
                    .isEqualTo(201);
        }
        Answer eleventh = upload(staff, agencyPath(f, report), "附件11.pdf", MediaType.APPLICATION_PDF_TYPE, PDF);
        assertThat(eleventh.status()).isEqualTo(409);
        assertThat(eleventh.toString()).contains("file");
        assertThat(attachmentRows(report)).isEqualTo(10);
    }

    @Test
    void anotherOrganisationsMembersSeeNothing() {
        Funded f = funded(today.plusDays(60), today.plusDays(300));
        Funded other = funded(today.plusDays(60), today.plusDays(300));
        long report = reportOfTranche(f.award(), 2);
        String stranger = other.agency().first().token();
        assertThat(get(stranger, agencyPath(f, report)).status()).isEqualTo(403);
        assertThat(get(stranger, "/api/organisations/" + other.agency().id() + "/reports/" + report)
                        .status())
                .isEqualTo(404);
        assertThat(get(
                                other.funder().first().token(),
                                "/api/organisations/" + other.funder().id() + "/funded-reports/" + report)
                        .status())
                .isEqualTo(404);
        assertThat(api.getList("/api/organisations/" + other.agency().id() + "/reports", stranger))
                .extracting(r -> ((Number) r.get("id")).longValue())
                .doesNotContain(report);
    }

    private List<OutgoingMessage> remindersOf(Funded f, long report, FundingRows.Member member) {
        return messages.to(member.email(), "funding-report-reminder").stream()
                .filter(m -> m.text().contains("/funding/reports/" + report))
                .toList();
    }

    @Test
    void remindersGoOutFourteenAndThreeDaysBeforeTheDueDateOnceEachToEveryMember() throws Exception {
        LocalDate due = today.plusDays(200);
        Funded f = funded(due, today.plusDays(320));
        long report = reportOfTranche(f.award(), 2);

        reminders.sendDue(due.minusDays(15));
        Thread.sleep(300);
        assertThat(remindersOf(f, report, f.agency().first())).isEmpty();

        // Two instances at the same time on the 14th day before: one reminder per member.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs =
                    List.of(() -> reminders.sendDue(due.minusDays(14)), () -> reminders.sendDue(due.minusDays(14)));
            for (Future<Integer> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(remindersOf(f, report, f.agency().second())).hasSize(1));
        reminders.sendDue(due.minusDays(14));
        reminders.sendDue(due.minusDays(10));
        Thread.sleep(300);
        for (FundingRows.Member m : List.of(f.agency().first(), f.agency().second())) {
            List<OutgoingMessage> sent = remindersOf(f, report, m);
            assertThat(sent).hasSize(1);
            assertThat(sent.get(0).subject()).contains("还有 14 天").contains("14 days left");
            assertThat(sent.get(0).text())
                    .contains(due.toString())
                    .contains("留守儿童陪伴计划")
                    .contains("Sign in");
        }
        assertThat(remindersOf(f, report, f.funder().first())).isEmpty();

        reminders.sendDue(due.minusDays(3));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(remindersOf(f, report, f.agency().first())).hasSize(2));
        reminders.sendDue(due.minusDays(3));
        reminders.sendDue(due.minusDays(1));
        Thread.sleep(300);
        for (FundingRows.Member m : List.of(f.agency().first(), f.agency().second())) {
            List<OutgoingMessage> sent = remindersOf(f, report, m);
            assertThat(sent).hasSize(2);
            assertThat(sent.get(1).subject()).contains("还有 3 天").contains("3 days left");
        }
        assertThat(Db.count(dataSource, "SELECT count(*) FROM funding_report_reminder WHERE report_id = " + report))
                .isEqualTo(2);
        assertThat(audits("funding.report.reminded", report)).isEqualTo(2);
    }

    @Test
    void aReportSubmittedBeforeItsReminderGetsNone() throws Exception {
        LocalDate due = today.plusDays(150);
        Funded f = funded(due, today.plusDays(320));
        long report = reportOfTranche(f.award(), 2);
        assertThat(submit(f, report, saved(f, report, 100, "")).status()).isEqualTo(200);
        reminders.sendDue(due.minusDays(14));
        reminders.sendDue(due.minusDays(3));
        Thread.sleep(300);
        assertThat(remindersOf(f, report, f.agency().first())).isEmpty();
    }
}

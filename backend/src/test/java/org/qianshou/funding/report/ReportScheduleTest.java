package org.qianshou.funding.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.funding.report.FundingSourceRepository.TrancheRow;
import org.qianshou.funding.report.ReportSchedule.Planned;

class ReportScheduleTest {

    private static TrancheRow tranche(long id, int seq, String due) {
        return new TrancheRow(id, 1, seq, 100, 0, due == null ? null : LocalDate.parse(due), "pending");
    }

    @Test
    void aYearWithThreeTranchesHasTheTrancheReportsQuarterlyReportsBetweenAndTheFinalThreeMonthsAfterTheEnd() {
        List<Planned> plan = ReportSchedule.plan(
                List.of(tranche(11, 1, null), tranche(12, 2, "2026-07-15"), tranche(13, 3, "2027-01-15")),
                LocalDate.parse("2026-03-01"),
                LocalDate.parse("2027-02-28"),
                3,
                LocalDate.parse("2026-02-20"));
        assertThat(plan)
                .extracting(p ->
                        p.kind() + " " + p.dueOn() + " " + p.trancheId() + " " + p.periodFrom() + ".." + p.periodTo())
                .containsExactly(
                        "progress 2026-06-01 null 2026-03-01..2026-06-01",
                        "progress 2026-07-15 12 2026-06-02..2026-07-15",
                        "progress 2026-09-01 null 2026-07-16..2026-09-01",
                        "progress 2026-12-01 null 2026-09-02..2026-12-01",
                        "progress 2027-01-15 13 2026-12-02..2027-01-15",
                        "final 2027-05-28 null 2026-03-01..2027-02-28");
    }

    @Test
    void intervalReportsNearATranchesReportOrBeforeAcceptanceAreLeftOut() {
        List<Planned> plan = ReportSchedule.plan(
                List.of(tranche(11, 1, null), tranche(12, 2, "2026-06-20")),
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"),
                3,
                LocalDate.parse("2026-04-10"));
        // 04-01 is before acceptance, 07-01 is within 30 days of 06-20, 10-01 stays
        assertThat(plan)
                .extracting(p -> p.kind() + " " + p.dueOn())
                .containsExactly("progress 2026-06-20", "progress 2026-10-01", "final 2027-03-31");
    }

    @Test
    void withoutAProjectPeriodTheProjectRunsFromAcceptanceToTheLastTranchesReport() {
        List<Planned> plan = ReportSchedule.plan(
                List.of(tranche(11, 1, null), tranche(12, 2, "2026-12-01")),
                null,
                null,
                6,
                LocalDate.parse("2026-03-01"));
        assertThat(plan)
                .extracting(p -> p.kind() + " " + p.dueOn() + " " + p.periodFrom() + ".." + p.periodTo())
                .containsExactly(
                        "progress 2026-09-01 2026-03-01..2026-09-01",
                        "progress 2026-12-01 2026-09-02..2026-12-01",
                        "final 2027-03-01 2026-03-01..2026-12-01");
    }

    @Test
    void aSingleTrancheAwardOwesOnlyTheFinalReportAndItsIntervalReports() {
        List<Planned> plan = ReportSchedule.plan(
                List.of(tranche(11, 1, null)),
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-06-30"),
                3,
                LocalDate.parse("2025-12-20"));
        assertThat(plan)
                .extracting(p -> p.kind() + " " + p.dueOn() + " " + p.trancheId())
                .containsExactly("progress 2026-04-01 null", "final 2026-09-30 null");
    }

    @Test
    void theExplanationIsRequiredAboveTenPercentEitherWay() {
        assertThat(ReportService.explanationRequired(100_000, 110_000)).isFalse();
        assertThat(ReportService.explanationRequired(100_000, 110_001)).isTrue();
        assertThat(ReportService.explanationRequired(100_000, 90_000)).isFalse();
        assertThat(ReportService.explanationRequired(100_000, 89_999)).isTrue();
        assertThat(ReportService.explanationRequired(0, 0)).isFalse();
        assertThat(ReportService.explanationRequired(0, 1)).isTrue();
    }
}

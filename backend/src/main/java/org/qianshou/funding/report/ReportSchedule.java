package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.report.FundingSourceRepository.AwardRow;
import org.qianshou.funding.report.FundingSourceRepository.TrancheRow;

/**
 * The reports an award owes, made once when the agency accepts the award (in the accepting transaction). The rule, as
 * the README states it:
 *
 * <ul>
 *   <li>The project runs from S = the application's {@code periodFrom} (or the day of acceptance) to E = its {@code
 *       periodTo} (or the last tranche's report due date, or S + 12 months − 1 day).
 *   <li>Every tranche after the first gets a progress report due on its {@code reportDueOn}, linked to it: its
 *       approval makes the tranche payable.
 *   <li>Progress reports without a tranche fall on S + k × the call's {@code reportIntervalMonths} (k = 1, 2, …) before
 *       E, except on or before the day of acceptance and within 30 days of a tranche's report.
 *   <li>The final report covers S to E and is due three months after E; it is linked to the last tranche when that
 *       has no report yet.
 *   <li>Reports are numbered 1, 2, … by due date (the final last among equal dates); a progress report covers the
 *       days from the previous progress report's end (or S) to its due date (at most E).
 * </ul>
 *
 * A matching award (配捐) gets its own reports by the same rule, made in the same transaction when it is accepted with
 * the matched award (its tranches have the matched award's due dates): they go to the matcher's funded-reports inbox.
 * Its tranche after the first becomes payable when the matcher approved its report and the matched award's tranche of
 * the same number is paid in full, whichever comes last.
 */
@Singleton
public class ReportSchedule {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A progress report on the interval closer than this to a tranche's report is left out. */
    static final int NEAR_DAYS = 30;

    private final FundingSources sources;
    private final ReportRepository reports;
    private final AuditLog audit;

    ReportSchedule(FundingSources sources, ReportRepository reports, AuditLog audit) {
        this.sources = sources;
        this.reports = reports;
        this.audit = audit;
    }

    /** A report to be made: linked to a tranche or not, its kind, period and due date. */
    record Planned(@Nullable Long trancheId, String kind, LocalDate periodFrom, LocalDate periodTo, LocalDate dueOn) {}

    /**
     * Creates the award's reports, unless it has some already (a repeated event makes nothing twice). Runs in the
     * caller's transaction: the one that accepts the award.
     *
     * @return how many reports were made
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int createFor(long awardId) {
        AwardRow award = sources.award(awardId).orElseThrow(() -> new IllegalStateException("no award " + awardId));
        if (reports.countByAwardId(awardId) > 0) {
            return 0;
        }
        LocalDate accepted = award.acceptedAt() == null
                ? LocalDate.now(SHANGHAI)
                : award.acceptedAt().atZone(SHANGHAI).toLocalDate();
        List<Planned> plan = plan(
                sources.tranches(awardId),
                award.periodFrom(),
                award.periodTo(),
                award.reportIntervalMonths(),
                accepted);
        int seq = 0;
        for (Planned p : plan) {
            reports.save(ReportEntity.planned(
                    awardId, p.trancheId(), p.kind(), ++seq, p.periodFrom(), p.periodTo(), p.dueOn()));
        }
        audit.record(
                null,
                "funding.report.scheduled",
                "award",
                awardId,
                plan.size() + " reports, due "
                        + plan.stream().map(p -> p.dueOn().toString()).toList());
        return plan.size();
    }

    /** The rule above, without the database. */
    static List<Planned> plan(
            List<TrancheRow> tranches,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo,
            int intervalMonths,
            LocalDate acceptedOn) {
        LocalDate start = periodFrom != null ? periodFrom : acceptedOn;
        List<TrancheRow> later = tranches.stream()
                .filter(t -> t.seq() > 1 && t.reportDueOn() != null)
                .sorted(Comparator.comparingInt(TrancheRow::seq))
                .toList();
        LocalDate end = periodTo != null
                ? periodTo
                : later.isEmpty()
                        ? start.plusMonths(12).minusDays(1)
                        : later.stream()
                                .map(TrancheRow::reportDueOn)
                                .max(Comparator.naturalOrder())
                                .orElseThrow();
        record Due(@Nullable Long trancheId, LocalDate dueOn) {}
        List<Due> progress = new ArrayList<>();
        for (TrancheRow t : later) {
            progress.add(new Due(t.id(), t.reportDueOn()));
        }
        int months = Math.max(1, intervalMonths);
        for (int k = 1; ; k++) {
            LocalDate due = start.plusMonths((long) k * months);
            if (!due.isBefore(end)) {
                break;
            }
            boolean nearTranche =
                    later.stream().anyMatch(t -> Math.abs(ChronoUnit.DAYS.between(t.reportDueOn(), due)) < NEAR_DAYS);
            if (!due.isAfter(acceptedOn) || nearTranche) {
                continue;
            }
            progress.add(new Due(null, due));
        }
        progress.sort(Comparator.comparing(Due::dueOn));
        List<Planned> plan = new ArrayList<>();
        LocalDate from = start;
        for (Due d : progress) {
            LocalDate to = d.dueOn().isAfter(end) ? end : d.dueOn();
            LocalDate periodStart = from.isAfter(to) ? to : from;
            plan.add(new Planned(d.trancheId(), ReportEntity.PROGRESS, periodStart, to, d.dueOn()));
            if (!to.isBefore(from)) {
                from = to.plusDays(1);
            }
        }
        Long finalTranche = tranches.stream()
                .filter(t -> t.seq() > 1)
                .max(Comparator.comparingInt(TrancheRow::seq))
                .map(TrancheRow::id)
                .filter(id -> progress.stream().noneMatch(d -> id.equals(d.trancheId())))
                .orElse(null);
        LocalDate finalEnd = end.isBefore(start) ? start : end;
        plan.add(new Planned(finalTranche, ReportEntity.FINAL, start, finalEnd, finalEnd.plusMonths(3)));
        plan.sort(Comparator.comparing(Planned::dueOn)); // stable: the final stays last among equal dates
        return plan;
    }
}

package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.report.FundingSourceRepository.AwardRow;
import org.qianshou.funding.report.FundingSourceRepository.CategoryAmount;
import org.qianshou.funding.report.ReportRepository.BudgetLine;
import org.qianshou.funding.report.ReportRepository.IndicatorValue;
import org.qianshou.funding.report.ReportRepository.ReportRow;
import org.qianshou.funding.report.ReportViews.AttachmentView;
import org.qianshou.funding.report.ReportViews.BudgetView;
import org.qianshou.funding.report.ReportViews.IndicatorView;
import org.qianshou.funding.report.ReportViews.ReportDetail;
import org.qianshou.funding.report.ReportViews.ReportSummary;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;

/**
 * Reports as the agency that owes them and the funder that reads them see them. Members of the organisation (and
 * administrators) read; a report of another organisation's award answers 404.
 */
@Singleton
public class ReportService {

    static final List<String> STATUSES = List.of("due", "draft", "submitted", "approved", "returned");
    static final List<String> FUNDER_FILTERS = List.of("submitted", "overdue", "all");

    private final ReportRepository reports;
    private final FundingSources sources;
    private final Names names;
    private final AccessPolicy access;
    private final ReportAttachmentRepository attachments;

    ReportService(
            ReportRepository reports,
            FundingSources sources,
            Names names,
            AccessPolicy access,
            ReportAttachmentRepository attachments) {
        this.reports = reports;
        this.sources = sources;
        this.names = names;
        this.access = access;
        this.attachments = attachments;
    }

    /** Refuses (403/404) anyone who may not write the organisation's reports, before a file is looked at. */
    @ReadOnly
    public void requireCanWrite(Actor actor, long organisationId) {
        access.requireCanPublish(actor, organisationId);
    }

    /** An attachment of one of the agency's reports, for its members (and administrators). */
    @ReadOnly
    AttachmentEntity attachmentForAgency(Actor actor, long organisationId, long reportId, long attachmentId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return attachment(agencyRow(organisationId, reportId), attachmentId);
    }

    /** An attachment of a report on one of the funder's awards, for its members (and administrators). */
    @ReadOnly
    AttachmentEntity attachmentForFunder(Actor actor, long organisationId, long reportId, long attachmentId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return attachment(funderRow(organisationId, reportId), attachmentId);
    }

    private AttachmentEntity attachment(ReportRow row, long attachmentId) {
        return attachments
                .linked(row.id(), attachmentId)
                .orElseThrow(() -> new NotFoundException("resource.attachment", attachmentId));
    }

    static LocalDate today() {
        return LocalDate.now(ReportSchedule.SHANGHAI);
    }

    /** The agency's reports, by due date; {@code status} one of {@link #STATUSES} or null for all. */
    @ReadOnly
    public List<ReportSummary> ofAgency(Actor actor, long organisationId, @Nullable String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw InvalidInputException.of("status", "field.report.status", status, String.join(", ", STATUSES));
        }
        access.requireMemberOrAdmin(actor, organisationId);
        return summaries(reports.ofAgency(organisationId, status));
    }

    /** The funder's reports: submitted (default), overdue, or all. */
    @ReadOnly
    public List<ReportSummary> ofFunder(Actor actor, long organisationId, @Nullable String filter) {
        String f = filter == null ? "submitted" : filter;
        if (!FUNDER_FILTERS.contains(f)) {
            throw InvalidInputException.of("status", "field.report.status", f, String.join(", ", FUNDER_FILTERS));
        }
        access.requireMemberOrAdmin(actor, organisationId);
        List<ReportRow> rows = switch (f) {
            case "overdue" -> reports.overdueOfFunder(organisationId, today());
            case "all" -> reports.ofFunder(organisationId, null);
            default -> reports.ofFunder(organisationId, "submitted");
        };
        return summaries(rows);
    }

    @ReadOnly
    public ReportDetail getForAgency(Actor actor, long organisationId, long reportId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return detail(agencyRow(organisationId, reportId));
    }

    @ReadOnly
    public ReportDetail getForFunder(Actor actor, long organisationId, long reportId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return detail(funderRow(organisationId, reportId));
    }

    ReportRow agencyRow(long organisationId, long reportId) {
        return reports.row(reportId)
                .filter(r -> r.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.report", reportId));
    }

    ReportRow funderRow(long organisationId, long reportId) {
        return reports.row(reportId)
                .filter(r -> r.funderOrganisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.report", reportId));
    }

    private List<ReportSummary> summaries(List<ReportRow> rows) {
        Set<Long> organisations = new HashSet<>();
        Set<Long> projects = new HashSet<>();
        for (ReportRow r : rows) {
            organisations.add(r.organisationId());
            organisations.add(r.funderOrganisationId());
            projects.add(r.projectId());
        }
        Map<Long, String> orgNames = names.organisations(organisations);
        Map<Long, String> titles = names.projects(projects);
        LocalDate today = today();
        return rows.stream()
                .map(r -> new ReportSummary(
                        r.id(),
                        r.awardId(),
                        r.callId(),
                        r.callTitle(),
                        orgNames.getOrDefault(r.funderOrganisationId(), ""),
                        r.organisationId(),
                        orgNames.getOrDefault(r.organisationId(), ""),
                        r.projectId(),
                        titles.getOrDefault(r.projectId(), ""),
                        r.kind(),
                        r.seq(),
                        r.periodFrom(),
                        r.periodTo(),
                        r.dueOn(),
                        r.status(),
                        r.trancheSeq(),
                        overdue(r, today)))
                .toList();
    }

    static boolean overdue(ReportRow r, LocalDate today) {
        return ReportEntity.OPEN.contains(r.status()) && r.dueOn().isBefore(today);
    }

    ReportDetail detail(ReportRow r) {
        ReportEntity report = reports.findById(r.id()).orElseThrow();
        AwardRow award = sources.award(r.awardId()).orElseThrow();
        Map<Long, String> orgNames = names.organisations(List.of(r.organisationId(), r.funderOrganisationId()));
        String projectTitle = names.projects(List.of(r.projectId())).getOrDefault(r.projectId(), "");
        Map<Long, IndicatorValue> values = new HashMap<>();
        reports.indicatorValues(r.id()).forEach(v -> values.put(v.indicatorId(), v));
        List<IndicatorView> indicators = sources.indicators(award.applicationId()).stream()
                .map(i -> new IndicatorView(
                        i.id(),
                        i.name(),
                        i.unit(),
                        i.target(),
                        values.containsKey(i.id()) ? values.get(i.id()).value() : null))
                .toList();
        List<BudgetView> budget = budget(report, award);
        List<AttachmentView> attachments = reports.attachments(r.id()).stream()
                .map(a -> new AttachmentView(a.id(), a.originalFilename(), a.contentType(), a.sizeBytes()))
                .toList();
        return new ReportDetail(
                r.id(),
                r.awardId(),
                r.callId(),
                r.callTitle(),
                orgNames.getOrDefault(r.funderOrganisationId(), ""),
                r.organisationId(),
                orgNames.getOrDefault(r.organisationId(), ""),
                r.projectId(),
                projectTitle,
                r.kind(),
                r.seq(),
                r.periodFrom(),
                r.periodTo(),
                r.dueOn(),
                report.status(),
                r.trancheSeq(),
                r.trancheId(),
                overdue(r, today()),
                report.narrative(),
                indicators,
                budget,
                attachments,
                report.returnComment(),
                report.version());
    }

    /** Budget against actual by category: every category of the award's budget, with what the report says. */
    List<BudgetView> budget(ReportEntity report, AwardRow award) {
        Map<String, BudgetLine> lines = new HashMap<>();
        reports.budgetLines(report.id()).forEach(l -> lines.put(l.categoryCode(), l));
        List<BudgetView> views = new ArrayList<>();
        for (CategoryAmount planned : sources.budget(award)) {
            long budget = budgetToDate(planned.amountFen(), report, award);
            BudgetLine line = lines.get(planned.category());
            Long actual = line == null ? null : line.actualFen();
            views.add(new BudgetView(
                    planned.category(),
                    budget,
                    actual,
                    line == null ? "" : line.explanation(),
                    actual != null && explanationRequired(budget, actual)));
        }
        return views;
    }

    /**
     * The budget of a category to the end of the report's period: the whole of it for the final report (or without
     * a project period), otherwise the share of the project's days that have passed by the period's end, rounded
     * down to the fen.
     */
    static long budgetToDate(long plannedFen, ReportEntity report, AwardRow award) {
        if (ReportEntity.FINAL.equals(report.kind()) || award.periodFrom() == null || award.periodTo() == null) {
            return plannedFen;
        }
        long total = ChronoUnit.DAYS.between(award.periodFrom(), award.periodTo()) + 1;
        LocalDate end = report.periodTo().isAfter(award.periodTo()) ? award.periodTo() : report.periodTo();
        long passed = Math.max(0, ChronoUnit.DAYS.between(award.periodFrom(), end) + 1);
        if (total <= 0 || passed >= total) {
            return plannedFen;
        }
        return java.math.BigInteger.valueOf(plannedFen)
                .multiply(java.math.BigInteger.valueOf(passed))
                .divide(java.math.BigInteger.valueOf(total))
                .longValueExact();
    }

    /** Actual and budget differ by more than 10 % of the budget (any actual against a budget of 0). */
    static boolean explanationRequired(long budgetFen, long actualFen) {
        return Math.abs(actualFen - budgetFen) * 10 > budgetFen;
    }
}

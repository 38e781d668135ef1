package org.qianshou.funding.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.attachment.Attachments;
import org.qianshou.funding.report.FundingSourceRepository.AwardRow;
import org.qianshou.funding.report.FundingSourceRepository.CategoryAmount;
import org.qianshou.funding.report.FundingSourceRepository.IndicatorRow;
import org.qianshou.funding.report.FundingSourceRepository.TrancheRow;
import org.qianshou.funding.report.ReportRepository.ReportRow;
import org.qianshou.funding.report.ReportRequests.BudgetLineRequest;
import org.qianshou.funding.report.ReportRequests.IndicatorValueRequest;
import org.qianshou.funding.report.ReportRequests.ReportDraft;
import org.qianshou.funding.report.ReportRequests.ReturnRequest;
import org.qianshou.funding.report.ReportRequests.VersionRequest;
import org.qianshou.funding.report.ReportViews.AttachmentView;
import org.qianshou.funding.report.ReportViews.BudgetView;
import org.qianshou.funding.report.ReportViews.ReportDetail;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.DocumentService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Changes to reports: the agency saves drafts and submits; the funder approves (which makes the linked tranche
 * payable, in the same transaction) or returns a report with a comment, after which the agency edits and submits it
 * again. Members of a verified organisation act; every decision is in the audit log. Each change names the version it
 * was made on (409 {@code version} otherwise) and writes nothing when any field is refused.
 */
@Singleton
public class ReportWorkflow {

    static final int MAX_NARRATIVE = 50_000;
    static final int MAX_EXPLANATION = 2_000;
    static final int MAX_COMMENT = 4_000;
    static final long MAX_FEN = 1_000_000_000_000L;
    static final BigDecimal MAX_VALUE = new BigDecimal("999999999999.99");
    static final int MAX_ATTACHMENTS = 10;

    private final ReportRepository reports;
    private final ReportService views;
    private final FundingSources sources;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Attachments files;
    private final Attachments.Owner attachments;

    ReportWorkflow(
            ReportRepository reports,
            ReportService views,
            FundingSources sources,
            AccessPolicy access,
            AuditLog audit,
            ReportAttachmentRepository attachments,
            Attachments files) {
        this.reports = reports;
        this.views = views;
        this.sources = sources;
        this.access = access;
        this.audit = audit;
        this.files = files;
        this.attachments = new Attachments.Owner(
                attachments, MAX_ATTACHMENTS, "error.report.attachment-quota", "report", "funding.report");
    }

    /** Links a checked and stored file to the agency's open report (at most {@link #MAX_ATTACHMENTS}; 409 naming file). */
    @Transactional
    public AttachmentView attach(Actor actor, long organisationId, long reportId, DocumentService.StoredFile file) {
        access.requireCanPublish(actor, organisationId);
        views.agencyRow(organisationId, reportId);
        lockOpen(reportId);
        AttachmentEntity saved = files.add(actor, attachments, organisationId, reportId, file);
        return new AttachmentView(saved.id(), saved.originalFilename(), saved.contentType(), saved.sizeBytes());
    }

    /** Removes an attachment from the agency's open report; returns its storage key, deleted by the caller after commit. */
    @Transactional
    public String detach(Actor actor, long organisationId, long reportId, long attachmentId) {
        access.requireCanPublish(actor, organisationId);
        views.agencyRow(organisationId, reportId);
        AttachmentEntity attachment = files.find(attachments, reportId, attachmentId);
        lockOpen(reportId);
        return files.remove(actor, attachments, reportId, attachment);
    }

    /** The report, locked, when it is still owed (due, draft or returned); 409 naming status otherwise. */
    private ReportEntity lockOpen(long reportId) {
        ReportEntity report = reports.lockById(reportId).orElseThrow();
        if (!report.open()) {
            throw ConflictException.onField("status", "error.report.not-open", report.status());
        }
        return report;
    }

    /** Saves the agency's draft (a report still owed: due, draft or returned). */
    @Transactional
    public ReportDetail save(Actor actor, long organisationId, long reportId, ReportDraft draft) {
        access.requireCanPublish(actor, organisationId);
        ReportRow row = views.agencyRow(organisationId, reportId);
        ReportEntity report = lockOpen(reportId, draft.version());
        AwardRow award = sources.award(row.awardId()).orElseThrow();

        List<Violation> violations = new ArrayList<>();
        String narrative = draft.narrative() == null ? "" : draft.narrative();
        if (narrative.length() > MAX_NARRATIVE) {
            violations.add(new Violation("narrative", "field.report.too-long", MAX_NARRATIVE));
        } else if (!Text.validMultiLine(narrative)) {
            violations.add(new Violation("narrative", "field.text.control-characters"));
        }
        Map<Long, BigDecimal> values = indicatorValues(draft.indicators(), award, violations);
        Map<String, BudgetLineRequest> lines = budgetLines(draft.budget(), award, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        String status = ReportEntity.DUE.equals(report.status()) ? ReportEntity.DRAFT : report.status();
        reports.updateDraft(reportId, narrative, status);
        reports.deleteIndicatorValues(reportId);
        values.forEach((indicator, value) -> reports.insertIndicatorValue(reportId, indicator, value));
        reports.deleteBudgetLines(reportId);
        Map<String, Long> budgetFen = new HashMap<>();
        for (CategoryAmount planned : sources.budget(award)) {
            budgetFen.put(planned.category(), ReportService.budgetToDate(planned.amountFen(), report, award));
        }
        lines.forEach((category, line) -> {
            if (line.actualFen() != null) {
                reports.insertBudgetLine(
                        reportId,
                        category,
                        budgetFen.get(category),
                        line.actualFen().longValueExact(),
                        line.explanation() == null ? "" : line.explanation().strip());
            }
        });
        return views.detail(views.agencyRow(organisationId, reportId));
    }

    /**
     * Submits the report to the funder: refused (409 {@code trancheId}) when its tranche is already paid, and (400)
     * without a narrative, without the actual of a budget category, or without an explanation where actual and
     * budget differ by more than 10 % ({@code budget[<category>].explanation}).
     */
    @Transactional
    public ReportDetail submit(Actor actor, long organisationId, long reportId, VersionRequest request) {
        access.requireCanPublish(actor, organisationId);
        ReportRow row = views.agencyRow(organisationId, reportId);
        ReportEntity report = lockOpen(reportId, request.version());
        if (report.trancheId() != null) {
            TrancheRow tranche =
                    sources.tranche(report.awardId(), report.trancheId()).orElseThrow();
            if ("paid".equals(tranche.status())) {
                throw ConflictException.onField("trancheId", "error.report.tranche-paid", tranche.seq());
            }
        }
        AwardRow award = sources.award(row.awardId()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (report.narrative().isBlank()) {
            violations.add(new Violation("narrative", "error.required"));
        }
        for (BudgetView line : views.budget(report, award)) {
            if (line.actualFen() == null) {
                violations.add(new Violation("budget[" + line.category() + "].actualFen", "error.required"));
            } else if (line.explanationRequired() && line.explanation().isBlank()) {
                violations.add(new Violation(
                        "budget[" + line.category() + "].explanation",
                        "field.report.explanation-required",
                        Money.yuan(line.budgetFen()),
                        Money.yuan(line.actualFen())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        reports.markSubmitted(reportId, actor.accountId());
        audit.record(
                actor.accountId(),
                "funding.report.submitted",
                "report",
                reportId,
                "award " + row.awardId() + ", report " + row.seq()
                        + (row.trancheSeq() == null ? "" : ", tranche " + row.trancheSeq()));
        return views.detail(views.agencyRow(organisationId, reportId));
    }

    /** The funder approves a submitted report; its tranche (if any) becomes payable in the same transaction. */
    @Transactional
    public ReportDetail approve(Actor actor, long organisationId, long reportId) {
        access.requireCanPublish(actor, organisationId);
        ReportRow row = views.funderRow(organisationId, reportId);
        ReportEntity report = lockSubmitted(reportId);
        // Four eyes: whoever submitted the report, or any member of the organisation it reports for, does not approve
        // it (and so release its tranche) as the funder.
        if (report.submittedBy() != null && report.submittedBy() == actor.accountId()) {
            throw ForbiddenException.byRule("four-eyes", "report.four-eyes");
        }
        if (access.isMemberOrAdmin(actor, row.organisationId()) && !actor.isAdmin()) {
            throw ForbiddenException.byRule("conflict-of-interest", "report.conflict-of-interest");
        }
        reports.decide(reportId, ReportEntity.APPROVED, null, actor.accountId());
        if (row.trancheId() != null) {
            sources.reportApproved(row.trancheId());
        }
        audit.record(
                actor.accountId(),
                "funding.report.approved",
                "report",
                reportId,
                "award " + row.awardId() + ", report " + row.seq()
                        + (row.trancheSeq() == null ? "" : ", tranche " + row.trancheSeq() + " payable"));
        return views.detail(views.funderRow(organisationId, reportId));
    }

    /** The funder returns a submitted report to the agency with a comment saying what to change. */
    @Transactional
    public ReportDetail returnToAgency(Actor actor, long organisationId, long reportId, ReturnRequest request) {
        access.requireCanPublish(actor, organisationId);
        ReportRow row = views.funderRow(organisationId, reportId);
        String comment = request.comment() == null ? "" : request.comment().strip();
        if (comment.isEmpty()) {
            throw InvalidInputException.of("comment", "error.required");
        }
        if (comment.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "field.report.too-long", MAX_COMMENT);
        }
        if (!Text.validMultiLine(comment)) {
            throw InvalidInputException.of("comment", "field.text.control-characters");
        }
        lockSubmitted(reportId);
        reports.decide(reportId, ReportEntity.RETURNED, comment, actor.accountId());
        audit.record(
                actor.accountId(),
                "funding.report.returned",
                "report",
                reportId,
                "award " + row.awardId() + ", report " + row.seq() + ", comment of " + comment.length()
                        + " characters");
        return views.detail(views.funderRow(organisationId, reportId));
    }

    private ReportEntity lockOpen(long reportId, Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "field.report.version-required");
        }
        ReportEntity report = reports.lockById(reportId).orElseThrow();
        if (report.version() != version) {
            throw ConflictException.onField("version", "error.report.changed", report.version());
        }
        if (!report.open()) {
            throw ConflictException.onField("status", "error.report.not-open", report.status());
        }
        return report;
    }

    private ReportEntity lockSubmitted(long reportId) {
        ReportEntity report = reports.lockById(reportId).orElseThrow();
        if (!ReportEntity.SUBMITTED.equals(report.status())) {
            throw ConflictException.onField("status", "error.report.not-submitted", report.status());
        }
        return report;
    }

    private Map<Long, BigDecimal> indicatorValues(
            List<IndicatorValueRequest> requested, AwardRow award, List<Violation> violations) {
        Map<Long, BigDecimal> values = new HashMap<>();
        if (requested == null) {
            return values;
        }
        Set<Long> known = new HashSet<>();
        for (IndicatorRow i : sources.indicators(award.applicationId())) {
            known.add(i.id());
        }
        for (int i = 0; i < requested.size(); i++) {
            IndicatorValueRequest r = requested.get(i);
            String field = "indicators[" + i + "]";
            if (r == null || r.indicatorId() == null || !known.contains(r.indicatorId())) {
                violations.add(new Violation(field + ".indicatorId", "field.report.unknown-indicator"));
                continue;
            }
            if (values.containsKey(r.indicatorId())) {
                violations.add(new Violation(field + ".indicatorId", "field.report.duplicate-indicator"));
                continue;
            }
            if (r.value() == null) {
                continue;
            }
            if (r.value().signum() < 0
                    || r.value().stripTrailingZeros().scale() > 2
                    || r.value().compareTo(MAX_VALUE) > 0) {
                violations.add(new Violation(field + ".value", "field.report.indicator-value"));
                continue;
            }
            values.put(r.indicatorId(), r.value());
        }
        return values;
    }

    private Map<String, BudgetLineRequest> budgetLines(
            List<BudgetLineRequest> requested, AwardRow award, List<Violation> violations) {
        Map<String, BudgetLineRequest> lines = new HashMap<>();
        if (requested == null) {
            return lines;
        }
        Set<String> known = new HashSet<>();
        for (CategoryAmount c : sources.budget(award)) {
            known.add(c.category());
        }
        for (int i = 0; i < requested.size(); i++) {
            BudgetLineRequest r = requested.get(i);
            if (r == null || r.category() == null || !known.contains(r.category())) {
                violations.add(new Violation("budget[" + i + "].category", "field.report.unknown-category"));
                continue;
            }
            String field = "budget[" + r.category() + "]";
            if (lines.containsKey(r.category())) {
                violations.add(new Violation(field + ".category", "field.report.duplicate-category"));
                continue;
            }
            if (r.actualFen() != null
                    && (r.actualFen().signum() < 0
                            || r.actualFen().stripTrailingZeros().scale() > 0
                            || r.actualFen().compareTo(BigDecimal.valueOf(MAX_FEN)) > 0)) {
                violations.add(new Violation(field + ".actualFen", "field.report.fen", MAX_FEN));
            }
            String explanation = r.explanation() == null ? "" : r.explanation();
            if (explanation.length() > MAX_EXPLANATION) {
                violations.add(new Violation(field + ".explanation", "field.report.too-long", MAX_EXPLANATION));
            } else if (!Text.validMultiLine(explanation)) {
                violations.add(new Violation(field + ".explanation", "field.text.control-characters"));
            }
            lines.put(r.category(), r);
        }
        return lines;
    }
}

package org.qianshou.funding.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The reports of awards with their indicator values, budget lines, attachments and reminders; callers bring the transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportRepository extends GenericRepository<ReportEntity, Long> {

    /** A report with what its lists show of the award it belongs to. */
    @Introspected
    record ReportRow(
            long id,
            long awardId,
            @Nullable Long trancheId,
            String kind,
            int seq,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueOn,
            String status,
            long version,
            long callId,
            String callTitle,
            long funderOrganisationId,
            long organisationId,
            long projectId,
            @Nullable Integer trancheSeq) {}

    @Introspected
    record IndicatorValue(long indicatorId, BigDecimal value) {}

    @Introspected
    record BudgetLine(String categoryCode, long budgetFen, long actualFen, String explanation) {}

    @Introspected
    record AttachmentRow(long id, String originalFilename, String contentType, long sizeBytes) {}

    String ROW = "SELECT r.id, r.award_id, r.tranche_id, r.kind, r.seq, r.period_from, r.period_to, r.due_on, r.status,"
            + " r.version, a.call_id, c.title AS call_title, a.funder_organisation_id, a.organisation_id, a.project_id,"
            + " t.seq AS tranche_seq FROM funding_report r JOIN funding_award a ON a.id = r.award_id"
            + " JOIN funding_call c ON c.id = a.call_id LEFT JOIN funding_tranche t ON t.id = r.tranche_id";

    ReportEntity save(ReportEntity report);

    Optional<ReportEntity> findById(long id);

    long countByAwardId(long awardId);

    /** The report, locked until the transaction ends (edits, submissions and decisions take it). */
    @Query("SELECT * FROM funding_report WHERE id = :id FOR UPDATE")
    Optional<ReportEntity> lockById(long id);

    @Query(ROW + " WHERE r.id = :id")
    Optional<ReportRow> row(long id);

    /** The reports the agency owes or made, by due date; {@code status} null for all. */
    @Query(ROW
            + " WHERE a.organisation_id = :organisationId AND (CAST(:status AS varchar) IS NULL OR r.status = :status)"
            + " ORDER BY r.due_on, r.id")
    List<ReportRow> ofAgency(long organisationId, @Nullable String status);

    /** The funder's reports: {@code submitted} waiting for a decision, all, or those past their due date. */
    @Query(ROW + " WHERE a.funder_organisation_id = :organisationId AND (CAST(:status AS varchar) IS NULL"
            + " OR r.status = :status) ORDER BY r.due_on, r.id")
    List<ReportRow> ofFunder(long organisationId, @Nullable String status);

    @Query(ROW + " WHERE a.funder_organisation_id = :organisationId AND r.status IN ('due', 'draft', 'returned')"
            + " AND r.due_on < :today ORDER BY r.due_on, r.id")
    List<ReportRow> overdueOfFunder(long organisationId, LocalDate today);

    @Query("UPDATE funding_report SET narrative = :narrative, status = :status, version = version + 1,"
            + " updated_at = now() WHERE id = :id")
    void updateDraft(long id, String narrative, String status);

    @Query("UPDATE funding_report SET status = 'submitted', submitted_by = :by, submitted_at = now(),"
            + " version = version + 1, updated_at = now() WHERE id = :id")
    void markSubmitted(long id, long by);

    @Query("UPDATE funding_report SET status = :status, return_comment = :comment, decided_by = :by,"
            + " decided_at = now(), version = version + 1, updated_at = now() WHERE id = :id")
    void decide(long id, String status, @Nullable String comment, long by);

    @Query("SELECT indicator_id, value FROM funding_report_indicator WHERE report_id = :reportId")
    List<IndicatorValue> indicatorValues(long reportId);

    @Query("DELETE FROM funding_report_indicator WHERE report_id = :reportId")
    void deleteIndicatorValues(long reportId);

    @Query("INSERT INTO funding_report_indicator (report_id, indicator_id, value) VALUES (:reportId, :indicatorId,"
            + " :value)")
    void insertIndicatorValue(long reportId, long indicatorId, BigDecimal value);

    @Query("SELECT category_code, budget_fen, actual_fen, explanation FROM funding_report_budget_line"
            + " WHERE report_id = :reportId")
    List<BudgetLine> budgetLines(long reportId);

    @Query("DELETE FROM funding_report_budget_line WHERE report_id = :reportId")
    void deleteBudgetLines(long reportId);

    @Query("INSERT INTO funding_report_budget_line (report_id, category_code, budget_fen, actual_fen, explanation)"
            + " VALUES (:reportId, :categoryCode, :budgetFen, :actualFen, :explanation)")
    void insertBudgetLine(long reportId, String categoryCode, long budgetFen, long actualFen, String explanation);

    @Query("SELECT f.id, f.original_filename, f.content_type, f.size_bytes FROM funding_report_attachment ra"
            + " JOIN funding_attachment f ON f.id = ra.attachment_id WHERE ra.report_id = :reportId ORDER BY f.id")
    List<AttachmentRow> attachments(long reportId);

    /**
     * Reports still owed, due from {@code today} to {@code last}, whose reminder now due (the 3-day one when due by
     * {@code lastOfThree}, else the 14-day one) has not gone out; oldest due first.
     */
    @Query(ROW + " WHERE r.status IN ('due', 'draft', 'returned') AND r.due_on BETWEEN :today AND :last"
            + " AND NOT EXISTS (SELECT 1 FROM funding_report_reminder m WHERE m.report_id = r.id"
            + " AND m.due_on = r.due_on AND m.days_before = CASE WHEN r.due_on <= :lastOfThree THEN 3 ELSE 14 END)"
            + " ORDER BY r.due_on, r.id LIMIT :limit")
    List<ReportRow> unremindedBetween(LocalDate today, LocalDate lastOfThree, LocalDate last, int limit);

    /**
     * Claims the reminder {@code daysBefore} of the report's due date: 1 when this transaction claimed it, 0 when an
     * earlier run (or another instance) did. Waits for a concurrent claimer to end.
     */
    @Query("INSERT INTO funding_report_reminder (report_id, days_before, due_on) VALUES (:reportId, :daysBefore,"
            + " :dueOn) ON CONFLICT DO NOTHING")
    int claimReminder(long reportId, int daysBefore, LocalDate dueOn);

    @Query("SELECT count(*) FROM funding_report_reminder WHERE report_id = :reportId AND days_before = :daysBefore"
            + " AND due_on = :dueOn")
    int reminderCount(long reportId, int daysBefore, LocalDate dueOn);
}

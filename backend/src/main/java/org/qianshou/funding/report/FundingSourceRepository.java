package org.qianshou.funding.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What reports read of the funding upstream of them that the award package's {@code Awards} does not say: the award
 * with its call's title and report interval and its application's period, the application's budget by category and
 * its indicators. Read-only; the award, call and application rows belong to the award, call and application packages,
 * which change them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FundingSourceRepository extends GenericRepository<ReportEntity, Long> {

    @Introspected
    record AwardRow(
            long id,
            long callId,
            long applicationId,
            long funderOrganisationId,
            long organisationId,
            long projectId,
            @Nullable Long matchedAwardId,
            long amountFen,
            String status,
            @Nullable Instant acceptedAt,
            String callTitle,
            int reportIntervalMonths,
            @Nullable LocalDate periodFrom,
            @Nullable LocalDate periodTo) {}

    @Introspected
    record TrancheRow(
            long id,
            long awardId,
            int seq,
            long amountFen,
            long paidFen,
            @Nullable LocalDate reportDueOn,
            String status) {}

    @Introspected
    record CategoryAmount(String category, long amountFen) {}

    @Introspected
    record IndicatorRow(long id, int seq, String name, String unit, BigDecimal target) {}

    @Query("SELECT a.id, a.call_id, a.application_id, a.funder_organisation_id, a.organisation_id, a.project_id,"
            + " a.matched_award_id, a.amount_fen, a.status, a.accepted_at, c.title AS call_title,"
            + " c.report_interval_months, p.period_from, p.period_to"
            + " FROM funding_award a JOIN funding_call c ON c.id = a.call_id"
            + " JOIN funding_application p ON p.id = a.application_id WHERE a.id = :awardId")
    Optional<AwardRow> award(long awardId);

    /** The accepted matching awards (配捐) of an award, by id. */
    @Query("SELECT id FROM funding_award WHERE matched_award_id = :awardId AND status = 'accepted' ORDER BY id")
    List<Long> acceptedMatchingAwards(long awardId);

    /** The application's budget summed by category (in no particular order). */
    @Query("SELECT category_code AS category, sum(amount_fen) AS amount_fen FROM funding_application_budget_line"
            + " WHERE application_id = :applicationId GROUP BY category_code")
    List<CategoryAmount> budget(long applicationId);

    @Query("SELECT id, seq, name, unit, target FROM funding_application_indicator"
            + " WHERE application_id = :applicationId ORDER BY seq")
    List<IndicatorRow> indicators(long applicationId);
}

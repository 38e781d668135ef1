package org.qianshou.funding.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the public sees of funding, read from the funding tables: published (or closed) calls, their approved awards
 * and approved payments, the ledger, and approved reports. The long lists are read through a server-side cursor
 * ({@link #FETCH} rows at a time) and handed to the caller batch by batch, so that a list of any length is never held
 * in memory. Plain SQL: a cursor needs the fetch size on the statement, which Micronaut Data's queries do not set.
 */
@Singleton
class DisclosureRepository {

    static final int FETCH = 500;
    /** Awards the public sees: approved by the funder (and since accepted or completed). */
    static final String PUBLIC_AWARD = "a.status IN ('approved', 'accepted', 'completed')";

    static final String PUBLIC_CALL = "c.status IN ('published', 'closed')";

    record CallRow(
            long id,
            long organisationId,
            String title,
            String fundingType,
            long poolFen,
            long committedFen,
            long paidFen) {}

    record AwardRow(
            long id,
            long callId,
            String callTitle,
            String fundingType,
            long funderOrganisationId,
            long organisationId,
            long projectId,
            long amountFen,
            long paidFen,
            @Nullable Instant approvedAt,
            @Nullable Long matchedAwardId) {}

    record PaymentRow(
            long id,
            long awardId,
            long callId,
            String callTitle,
            long funderOrganisationId,
            long organisationId,
            long projectId,
            int trancheSeq,
            long amountFen,
            LocalDate paidOn) {}

    record TrancheRow(
            long awardId,
            long funderOrganisationId,
            int seq,
            long amountFen,
            long paidFen,
            String status,
            @Nullable LocalDate paidOn) {}

    record LedgerRow(
            long id,
            Instant recordedAt,
            String kind,
            long amountFen,
            long funderOrganisationId,
            long organisationId,
            long projectId,
            long awardId,
            @Nullable Integer trancheSeq,
            long callId,
            String callTitle) {}

    record BudgetRow(String category, long budgetFen, long actualFen) {}

    record ReportRow(
            long awardId, String kind, int seq, LocalDate periodFrom, LocalDate periodTo, Instant approvedAt) {}

    private final JdbcOperations jdbc;

    DisclosureRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<CallRow> publicCall(long callId) {
        return jdbc.prepareStatement(
                "SELECT c.id, c.organisation_id, c.title, c.funding_type_code, c.pool_fen, c.committed_fen,"
                        + " (SELECT coalesce(sum(e.amount_fen), 0) FROM funding_ledger_entry e WHERE e.call_id = c.id"
                        + " AND e.match_id IS NULL AND e.kind = 'payment') AS paid_fen"
                        + " FROM funding_call c WHERE c.id = ? AND " + PUBLIC_CALL,
                st -> {
                    st.setLong(1, callId);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new CallRow(
                                        rs.getLong(1),
                                        rs.getLong(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getLong(5),
                                        rs.getLong(6),
                                        rs.getLong(7)))
                                : Optional.<CallRow>empty();
                    }
                });
    }

    private static final String AWARD =
            "SELECT a.id, a.call_id, c.title, c.funding_type_code, a.funder_organisation_id,"
                    + " a.organisation_id, a.project_id, a.amount_fen, a.paid_fen, a.decided_at, a.matched_award_id"
                    + " FROM funding_award a JOIN funding_call c ON c.id = a.call_id WHERE " + PUBLIC_AWARD + " AND "
                    + PUBLIC_CALL;

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<AwardRow> awardsOfCall(long callId, int limit, long offset) {
        return awards(AWARD + " AND a.call_id = ? ORDER BY a.id LIMIT ? OFFSET ?", callId, limit, offset);
    }

    /** How many awards of the call the public sees (the length of the list {@link #awardsOfCall} pages). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long countAwardsOfCall(long callId) {
        return count("SELECT count(*) FROM (" + AWARD + " AND a.call_id = ?) x", callId);
    }

    /** How many approved payments of the call the public sees (the length of the list {@link #paymentsOfCall} pages). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long countPaymentsOfCall(long callId) {
        return count("SELECT count(*) FROM (" + PAYMENT + " AND a.call_id = ?) x", callId);
    }

    private long count(String sql, long id) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<AwardRow> awardsOfProject(long projectId) {
        return awards(AWARD + " AND a.project_id = ? ORDER BY a.id", projectId);
    }

    private List<AwardRow> awards(String sql, Object... params) {
        return jdbc.prepareStatement(sql, st -> {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<AwardRow> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp decided = rs.getTimestamp(10);
                    long matched = rs.getLong(11);
                    rows.add(new AwardRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getLong(7),
                            rs.getLong(8),
                            rs.getLong(9),
                            decided == null ? null : decided.toInstant(),
                            rs.wasNull() ? null : matched));
                }
            }
            return rows;
        });
    }

    private static final String PAYMENT = "SELECT p.id, t.award_id, a.call_id, c.title, p.funder_organisation_id,"
            + " a.organisation_id, a.project_id, t.seq, p.amount_fen, p.paid_on FROM funding_payment p"
            + " JOIN funding_tranche t ON t.id = p.tranche_id JOIN funding_award a ON a.id = t.award_id"
            + " JOIN funding_call c ON c.id = a.call_id WHERE p.status = 'approved' AND " + PUBLIC_CALL;

    /**
     * Approved payments, by id, of one call ({@code null}: all) paid within the days ({@code null}: open), handed to
     * {@code sink} {@link #FETCH} at a time as the cursor reads them.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void payments(
            @Nullable Long callId, @Nullable LocalDate from, @Nullable LocalDate to, Consumer<List<PaymentRow>> sink) {
        String sql =
                PAYMENT + (callId == null ? "" : " AND a.call_id = ?") + (from == null ? "" : " AND p.paid_on >= ?")
                        + (to == null ? "" : " AND p.paid_on <= ?") + " ORDER BY p.id";
        jdbc.prepareStatement(sql, st -> {
            int i = 0;
            if (callId != null) {
                st.setLong(++i, callId);
            }
            if (from != null) {
                st.setDate(++i, Date.valueOf(from));
            }
            if (to != null) {
                st.setDate(++i, Date.valueOf(to));
            }
            stream(st, rs -> unchecked(() -> payment(rs)), sink);
            return null;
        });
    }

    private static PaymentRow payment(ResultSet rs) throws SQLException {
        return new PaymentRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getInt(8),
                rs.getLong(9),
                rs.getDate(10).toLocalDate());
    }

    /** The approved payments of a call (for its page), by the day paid. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<PaymentRow> paymentsOfCall(long callId, int limit, long offset) {
        return jdbc.prepareStatement(PAYMENT + " AND a.call_id = ? ORDER BY p.paid_on, p.id LIMIT ? OFFSET ?", st -> {
            st.setLong(1, callId);
            st.setInt(2, limit);
            st.setLong(3, offset);
            List<PaymentRow> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(payment(rs));
                }
            }
            return rows;
        });
    }

    private static final String LEDGER = "SELECT e.id, e.recorded_at, e.kind, e.amount_fen, e.funder_organisation_id,"
            + " a.organisation_id, a.project_id, e.award_id, t.seq, e.call_id, c.title FROM funding_ledger_entry e"
            + " JOIN funding_award a ON a.id = e.award_id JOIN funding_call c ON c.id = e.call_id"
            + " LEFT JOIN funding_tranche t ON t.id = e.tranche_id WHERE " + PUBLIC_CALL;

    /** Every ledger entry of the call, by id, handed to {@code sink} as the cursor reads them. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void ledgerOfCall(long callId, Consumer<List<LedgerRow>> sink) {
        ledger(LEDGER + " AND e.call_id = ? ORDER BY e.id", callId, sink);
    }

    /** Every ledger entry of the project's awards, by id, handed to {@code sink} as the cursor reads them. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void ledgerOfProject(long projectId, Consumer<List<LedgerRow>> sink) {
        ledger(LEDGER + " AND a.project_id = ? ORDER BY e.id", projectId, sink);
    }

    private void ledger(String sql, long id, Consumer<List<LedgerRow>> sink) {
        jdbc.prepareStatement(sql, st -> {
            st.setLong(1, id);
            stream(
                    st,
                    rs -> unchecked(() -> {
                        int seq = rs.getInt(9);
                        Integer tranche = rs.wasNull() ? null : seq;
                        return new LedgerRow(
                                rs.getLong(1),
                                rs.getTimestamp(2).toInstant(),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getLong(7),
                                rs.getLong(8),
                                tranche,
                                rs.getLong(10),
                                rs.getString(11));
                    }),
                    sink);
            return null;
        });
    }

    /** The tranches of the project's public awards, with the day of the last approved payment of each. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<TrancheRow> tranchesOfProject(long projectId) {
        return jdbc.prepareStatement(
                "SELECT t.award_id, a.funder_organisation_id, t.seq, t.amount_fen, t.paid_fen, t.status,"
                        + " (SELECT max(p.paid_on) FROM funding_payment p WHERE p.tranche_id = t.id"
                        + " AND p.status = 'approved') FROM funding_tranche t JOIN funding_award a ON a.id = t.award_id"
                        + " JOIN funding_call c ON c.id = a.call_id WHERE a.project_id = ? AND " + PUBLIC_AWARD
                        + " AND " + PUBLIC_CALL + " ORDER BY t.award_id, t.seq",
                st -> {
                    st.setLong(1, projectId);
                    List<TrancheRow> rows = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            Date paidOn = rs.getDate(7);
                            rows.add(new TrancheRow(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getInt(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getString(6),
                                    paidOn == null ? null : paidOn.toLocalDate()));
                        }
                    }
                    return rows;
                });
    }

    /** The approved reports of the project's public awards, oldest decision first. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<ReportRow> approvedReportsOfProject(long projectId) {
        return jdbc.prepareStatement(
                "SELECT r.award_id, r.kind, r.seq, r.period_from, r.period_to, r.decided_at FROM funding_report r"
                        + " JOIN funding_award a ON a.id = r.award_id JOIN funding_call c ON c.id = a.call_id"
                        + " WHERE a.project_id = ? AND r.status = 'approved' AND " + PUBLIC_AWARD + " AND "
                        + PUBLIC_CALL + " ORDER BY r.decided_at, r.id",
                st -> {
                    st.setLong(1, projectId);
                    List<ReportRow> rows = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new ReportRow(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getDate(4).toLocalDate(),
                                    rs.getDate(5).toLocalDate(),
                                    rs.getTimestamp(6).toInstant()));
                        }
                    }
                    return rows;
                });
    }

    /** Budget against actual by category of the project's latest approved report (none: empty), in no order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<BudgetRow> budgetOfLatestApprovedReport(long projectId) {
        return jdbc.prepareStatement(
                "SELECT l.category_code, l.budget_fen, l.actual_fen FROM funding_report_budget_line l"
                        + " WHERE l.report_id = ("
                        + "SELECT r.id FROM funding_report r JOIN funding_award a ON a.id = r.award_id"
                        + " JOIN funding_call c ON c.id = a.call_id WHERE a.project_id = ? AND r.status = 'approved'"
                        + " AND " + PUBLIC_AWARD + " AND " + PUBLIC_CALL
                        + " ORDER BY r.decided_at DESC, r.id DESC LIMIT 1)",
                st -> {
                    st.setLong(1, projectId);
                    List<BudgetRow> rows = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new BudgetRow(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                        }
                    }
                    return rows;
                });
    }

    /** Reads the statement's rows through a cursor, handing them on {@link #FETCH} at a time. */
    private static <T> void stream(PreparedStatement st, Function<ResultSet, T> reader, Consumer<List<T>> sink)
            throws SQLException {
        st.setFetchSize(FETCH);
        try (ResultSet rs = st.executeQuery()) {
            List<T> batch = new ArrayList<>(FETCH);
            while (rs.next()) {
                batch.add(reader.apply(rs));
                if (batch.size() == FETCH) {
                    sink.accept(batch);
                    batch = new ArrayList<>(FETCH);
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(batch);
            }
        }
    }

    /** A row read where no checked exception may pass; a database failure stays a database failure. */
    private static <T> T unchecked(Callable<T> read) {
        try {
            return read.call();
        } catch (SQLException e) {
            throw new io.micronaut.data.exceptions.DataAccessException("reading a disclosure row failed", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

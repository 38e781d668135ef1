package org.qianshou.system.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox: a row announcing "this aggregate changed" is written in the same
 * transaction as the change, and a worker carries it to the search index. Rows are deleted once
 * the index has the change, and retried with back-off while it does not. Plain SQL, because claiming
 * rows needs {@code FOR UPDATE SKIP LOCKED} and back-off needs the database clock, which Micronaut
 * Data's derived queries cannot express.
 */
@Singleton
class OutboxRepository {

    /** A pending announcement. */
    public record Entry(long id, String aggregateType, long aggregateId, int attempts) {}

    private final JdbcOperations jdbc;

    OutboxRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Announces a change; must run inside the transaction that makes the change. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void enqueue(String aggregateType, long aggregateId) {
        jdbc.prepareStatement("INSERT INTO search_outbox (aggregate_type, aggregate_id) VALUES (?, ?)", statement -> {
            statement.setString(1, aggregateType);
            statement.setLong(2, aggregateId);
            return statement.executeUpdate();
        });
    }

    /** Announces many changes at once; must run inside the transaction that makes them. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void enqueueAll(String aggregateType, List<Long> aggregateIds) {
        jdbc.prepareStatement("INSERT INTO search_outbox (aggregate_type, aggregate_id) VALUES (?, ?)", statement -> {
            for (long id : aggregateIds) {
                statement.setString(1, aggregateType);
                statement.setLong(2, id);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** Announces changes of every row of a table updated at or after {@code since} (used after a rebuild). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int enqueueChangedSince(String aggregateType, String table, Instant since) {
        return jdbc.prepareStatement(
                "INSERT INTO search_outbox (aggregate_type, aggregate_id) SELECT ?, id FROM " + table
                        + " WHERE updated_at >= ?",
                statement -> {
                    statement.setString(1, aggregateType);
                    statement.setTimestamp(2, Timestamp.from(since));
                    return statement.executeUpdate();
                });
    }

    /**
     * Claims the {@code limit} rows of one type that have been due longest and no other worker holds, with every other
     * due row of their aggregates: an aggregate changed ten times while Elasticsearch was away is indexed once, from its
     * current state, not ten times. The rows are locked as they are picked ({@code SKIP LOCKED}), so a second worker
     * picks the next ones instead of the same aggregates; other workers skip the claimed rows until this transaction
     * ends. Both parts read an index ({@code search_outbox_type_due_idx} in due order, {@code
     * search_outbox_aggregate_idx} by aggregate), not the table: with a million rows backing off or due, the claim
     * took about 0.5 s a batch (bench/README.md).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Entry> claimDue(String aggregateType, int limit) {
        return jdbc.prepareStatement(
                "WITH head AS (SELECT aggregate_id FROM search_outbox"
                        + "  WHERE aggregate_type = ? AND next_attempt_at <= now()"
                        + "  ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " SELECT id, aggregate_type, aggregate_id, attempts FROM search_outbox"
                        + " WHERE aggregate_type = ? AND next_attempt_at <= now()"
                        + " AND aggregate_id IN (SELECT aggregate_id FROM head)"
                        + " ORDER BY id FOR UPDATE SKIP LOCKED",
                statement -> {
                    statement.setString(1, aggregateType);
                    statement.setInt(2, limit);
                    statement.setString(3, aggregateType);
                    List<Entry> entries = new ArrayList<>();
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            entries.add(new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4)));
                        }
                    }
                    return entries;
                });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void done(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("DELETE FROM search_outbox WHERE id = ANY (?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids(entries)));
            return statement.executeUpdate();
        });
    }

    /** Puts entries back with exponential back-off capped at {@code maxBackoff}, keeping the reason. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void retryLater(Collection<Entry> entries, String error, Duration maxBackoff) {
        for (Entry entry : entries) {
            long backoffMillis = Math.min(maxBackoff.toMillis(), 250L << Math.min(entry.attempts(), 16));
            jdbc.prepareStatement(
                    "UPDATE search_outbox SET attempts = attempts + 1, last_error = ?,"
                            + " next_attempt_at = now() + (? * interval '1 millisecond') WHERE id = ?",
                    statement -> {
                        statement.setString(1, error.length() > 2000 ? error.substring(0, 2000) : error);
                        statement.setLong(2, backoffMillis);
                        statement.setLong(3, entry.id());
                        return statement.executeUpdate();
                    });
        }
    }

    /** Makes every backing-off row of one aggregate type due now; returns how many. */
    @Transactional
    public int wakeUp(String aggregateType) {
        return jdbc.prepareStatement(
                "UPDATE search_outbox SET next_attempt_at = now() WHERE aggregate_type = ? AND next_attempt_at > now()",
                statement -> {
                    statement.setString(1, aggregateType);
                    return statement.executeUpdate();
                });
    }

    @Transactional
    public long pending() {
        return jdbc.prepareStatement("SELECT count(*) FROM search_outbox", statement -> {
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Rows of one aggregate type not yet carried to the index (due or backing off). */
    @Transactional
    public long pending(String aggregateType) {
        return jdbc.prepareStatement("SELECT count(*) FROM search_outbox WHERE aggregate_type = ?", statement -> {
            statement.setString(1, aggregateType);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Long[] ids(Collection<Entry> entries) {
        return entries.stream().map(Entry::id).toArray(Long[]::new);
    }
}

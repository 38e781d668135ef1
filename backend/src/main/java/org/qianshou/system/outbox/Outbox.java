package org.qianshou.system.outbox;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * What features do with the transactional outbox: announce, in the transaction that makes a change, that an aggregate
 * changed, so that the worker carries it to the search index. The rows themselves are {@link OutboxRepository}'s.
 */
@Singleton
public class Outbox {

    private final OutboxRepository rows;

    Outbox(OutboxRepository rows) {
        this.rows = rows;
    }

    /** Announces a change; must run inside the transaction that makes the change. */
    public void enqueue(String aggregateType, long aggregateId) {
        rows.enqueue(aggregateType, aggregateId);
    }

    /** Announces many changes at once; must run inside the transaction that makes them. */
    public void enqueueAll(String aggregateType, List<Long> aggregateIds) {
        rows.enqueueAll(aggregateType, aggregateIds);
    }

    /**
     * Announces every row of the feature's own {@code table} updated at or after {@code since} (after a rebuild);
     * returns how many. The table comes from the feature's code, never from input.
     */
    public int enqueueChangedSince(String aggregateType, String table, Instant since) {
        return rows.enqueueChangedSince(aggregateType, table, since);
    }

    /** Rows of one aggregate type not yet carried to the index (due or backing off). */
    public long pending(String aggregateType) {
        return rows.pending(aggregateType);
    }

    /** All rows not yet carried to the index. */
    public long pending() {
        return rows.pending();
    }
}

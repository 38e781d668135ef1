package org.qianshou.funding.award;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The ledger (insert only: the table refuses updates and deletes) and the call's committed amount beside it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LedgerRepository extends CrudRepository<LedgerEntry, Long> {

    /**
     * Moves the call's committed amount by {@code deltaFen}. Only ever called while the call's row is locked, in the
     * transaction that writes the matching ledger entry; {@code CHECK (committed_fen <= pool_fen)} is the last guard.
     */
    @Query("UPDATE funding_call SET committed_fen = committed_fen + :deltaFen WHERE id = :callId")
    int addCommitted(long callId, long deltaFen);

    @Query("SELECT * FROM funding_ledger_entry WHERE call_id = :callId ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<LedgerEntry> ofCall(long callId, int limit, long offset);

    long countByCallId(long callId);

    List<LedgerEntry> findByAwardIdOrderById(long awardId);
}

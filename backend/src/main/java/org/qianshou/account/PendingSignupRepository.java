package org.qianshou.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PendingSignupRepository extends CrudRepository<PendingSignup, Long> {

    /** The open sign-up of this identifier and handle, locked until the transaction ends. */
    @Query("SELECT * FROM signup_request WHERE identifier = :identifier AND handle_hash = :handleHash"
            + " AND used_at IS NULL AND expires_at > now() AND attempts < :maxAttempts FOR UPDATE")
    Optional<PendingSignup> findOpenForUpdate(String identifier, byte[] handleHash, int maxAttempts);

    @Query("UPDATE signup_request SET attempts = attempts + 1 WHERE id = :id")
    void countWrongCode(long id);

    @Query("UPDATE signup_request SET used_at = now() WHERE id = :id")
    void markUsed(long id);
}

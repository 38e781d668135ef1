package org.qianshou.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ResetLinkRepository extends CrudRepository<ResetLink, Long> {

    /** The unused, unexpired reset link with this token hash, locked until the transaction ends. */
    @Query("SELECT * FROM one_time_token WHERE token_hash = :tokenHash AND purpose = 'password-reset'"
            + " AND used_at IS NULL AND expires_at > now() FOR UPDATE")
    Optional<ResetLink> findUsableForUpdate(byte[] tokenHash);

    /** Spends every outstanding reset link of the account; returns how many there were. */
    @Query("UPDATE one_time_token SET used_at = now() WHERE account_id = :accountId AND purpose = 'password-reset'"
            + " AND used_at IS NULL")
    int spendAll(long accountId);
}

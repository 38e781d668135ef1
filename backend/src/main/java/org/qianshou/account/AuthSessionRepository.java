package org.qianshou.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

/** Sessions ({@code auth_session}); times are the database's clock. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuthSessionRepository extends CrudRepository<AuthSession, UUID> {

    @Query("SELECT EXISTS (SELECT 1 FROM auth_session s JOIN account a ON a.id = s.account_id"
            + " WHERE s.id = :id AND s.revoked_at IS NULL AND s.expires_at > now() AND a.status = 'active')")
    boolean isActive(UUID id);

    Optional<AuthSession> findByRefreshHash(byte[] refreshHash);

    /** Ends a session that was exchanged for a newer one; its refresh hash stays (reuse is possible theft). */
    @Query("UPDATE auth_session SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
    int retire(UUID id);

    /** Ends a session and forgets its refresh token. */
    @Query("UPDATE auth_session SET revoked_at = coalesce(revoked_at, now()), refresh_hash = NULL WHERE id = :id")
    int revoke(UUID id);

    @Query("UPDATE auth_session SET revoked_at = coalesce(revoked_at, now()), refresh_hash = NULL"
            + " WHERE account_id = :accountId AND (revoked_at IS NULL OR refresh_hash IS NOT NULL)")
    int revokeAll(long accountId);

    @Query("UPDATE auth_session SET revoked_at = coalesce(revoked_at, now()), refresh_hash = NULL"
            + " WHERE account_id = :accountId AND (revoked_at IS NULL OR refresh_hash IS NOT NULL) AND id <> :keep")
    int revokeAllExcept(long accountId, UUID keep);
}

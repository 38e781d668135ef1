package org.qianshou.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions (table {@code auth_session}). The access token's {@code sid} names a row; a
 * session ends when its row is revoked or expires, which ends its access token at once too.
 */
@Singleton
public class SessionStore {

    public static final Duration LIFETIME = Duration.ofDays(30);

    /**
     * A session found by its refresh token.
     *
     * @param active not revoked and not expired
     * @param rotated exchanged for a newer session (a revoked session keeps its refresh hash only then)
     * @param justRotated replaced by a newer session moments ago (two tabs refreshing at once), not stolen
     */
    record Found(UUID id, long accountId, boolean active, boolean rotated, boolean justRotated) {}

    private final JdbcOperations jdbc;

    SessionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void create(UUID sid, long accountId, byte[] refreshHash) {
        jdbc.prepareStatement(
                "INSERT INTO auth_session (id, account_id, refresh_hash, expires_at) VALUES (?, ?, ?, ?)", st -> {
                    st.setObject(1, sid);
                    st.setLong(2, accountId);
                    st.setBytes(3, refreshHash);
                    st.setTimestamp(4, Timestamp.from(Instant.now().plus(LIFETIME)));
                    return st.executeUpdate();
                });
    }

    /** Whether the session exists, is not revoked and has not expired. */
    @Transactional
    public boolean isActive(UUID sid) {
        return jdbc.prepareStatement(
                "SELECT 1 FROM auth_session s JOIN account a ON a.id = s.account_id"
                        + " WHERE s.id = ? AND s.revoked_at IS NULL AND s.expires_at > now() AND a.status = 'active'",
                st -> {
                    st.setObject(1, sid);
                    try (var rs = st.executeQuery()) {
                        return rs.next();
                    }
                });
    }

    @Transactional
    Optional<Found> findByRefreshHash(byte[] hash) {
        return jdbc.prepareStatement(
                "SELECT id, account_id, revoked_at IS NULL AND expires_at > now(), revoked_at IS NOT NULL,"
                        + " revoked_at IS NOT NULL AND revoked_at > now() - interval '30 seconds' FROM auth_session"
                        + " WHERE refresh_hash = ?",
                st -> {
                    st.setBytes(1, hash);
                    try (var rs = st.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Found(
                                        rs.getObject(1, UUID.class),
                                        rs.getLong(2),
                                        rs.getBoolean(3),
                                        rs.getBoolean(4),
                                        rs.getBoolean(5)))
                                : Optional.<Found>empty();
                    }
                });
    }

    /**
     * Ends a session whose refresh token was just exchanged for a new session. Its refresh hash stays,
     * so that a second use of the same token is recognised as possible theft.
     */
    @Transactional
    boolean retire(UUID sid) {
        return jdbc.prepareStatement(
                        "UPDATE auth_session SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL", st -> {
                            st.setObject(1, sid);
                            return st.executeUpdate();
                        })
                > 0;
    }

    /** Ends one session (log-out); its refresh token is forgotten. True when it was active. */
    @Transactional
    boolean revoke(UUID sid) {
        return jdbc.prepareStatement(
                        "UPDATE auth_session SET revoked_at = coalesce(revoked_at, now()), refresh_hash = NULL"
                                + " WHERE id = ?",
                        st -> {
                            st.setObject(1, sid);
                            return st.executeUpdate();
                        })
                > 0;
    }

    /** Ends every session of an account except {@code keep} (may be null: all). */
    @Transactional
    public int revokeAll(long accountId, UUID keep) {
        return jdbc.prepareStatement(
                "UPDATE auth_session SET revoked_at = coalesce(revoked_at, now()), refresh_hash = NULL"
                        + " WHERE account_id = ? AND (revoked_at IS NULL OR refresh_hash IS NOT NULL)"
                        + " AND id IS DISTINCT FROM ?",
                st -> {
                    st.setLong(1, accountId);
                    st.setObject(2, keep);
                    return st.executeUpdate();
                });
    }
}

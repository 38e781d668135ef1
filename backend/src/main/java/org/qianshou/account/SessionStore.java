package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in sessions (table {@code auth_session}, {@link AuthSessionRepository}). The access token's {@code sid}
 * names a row; a session ends when its row is revoked or expires, which ends its access token at once too.
 */
@Singleton
public class SessionStore {

    public static final Duration LIFETIME = Duration.ofDays(30);
    /** Two tabs refreshing at once: a token exchanged this recently is not taken for a stolen one. */
    static final Duration JUST_ROTATED = Duration.ofSeconds(30);

    /**
     * A session found by its refresh token.
     *
     * @param active not revoked and not expired
     * @param rotated exchanged for a newer session (a revoked session keeps its refresh hash only then)
     * @param justRotated replaced by a newer session moments ago (two tabs refreshing at once), not stolen
     */
    record Found(UUID id, long accountId, boolean active, boolean rotated, boolean justRotated) {}

    private final AuthSessionRepository sessions;

    SessionStore(AuthSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Transactional
    void create(UUID sid, long accountId, byte[] refreshHash) {
        sessions.save(
                new AuthSession(sid, accountId, refreshHash, null, Instant.now().plus(LIFETIME), null));
    }

    /** Whether the session exists, is not revoked and has not expired, and its account is active. */
    @Transactional
    public boolean isActive(UUID sid) {
        return sessions.isActive(sid);
    }

    @Transactional
    Optional<Found> findByRefreshHash(byte[] hash) {
        Instant now = Instant.now();
        return sessions.findByRefreshHash(hash)
                .map(s -> new Found(
                        s.id(),
                        s.accountId(),
                        s.revokedAt() == null && s.expiresAt().isAfter(now),
                        s.revokedAt() != null,
                        s.revokedAt() != null && s.revokedAt().isAfter(now.minus(JUST_ROTATED))));
    }

    /**
     * Ends a session whose refresh token was just exchanged for a new session. Its refresh hash stays,
     * so that a second use of the same token is recognised as possible theft.
     */
    @Transactional
    boolean retire(UUID sid) {
        return sessions.retire(sid) > 0;
    }

    /** Ends one session (log-out); its refresh token is forgotten. True when it was active. */
    @Transactional
    boolean revoke(UUID sid) {
        return sessions.revoke(sid) > 0;
    }

    /** Ends every session of an account except {@code keep} (may be null: all). */
    @Transactional
    public int revokeAll(long accountId, @Nullable UUID keep) {
        return keep == null ? sessions.revokeAll(accountId) : sessions.revokeAllExcept(accountId, keep);
    }
}

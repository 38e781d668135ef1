package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions as the auth endpoints use them: a refresh token exchanged for a new session (rotation, with reuse of
 * an old token taken for theft), and log-out.
 */
@Singleton
public class SessionService {

    private final SessionStore sessions;
    private final RefreshTokenValidator refreshTokens;
    private final AccountService accounts;

    SessionService(SessionStore sessions, RefreshTokenValidator refreshTokens, AccountService accounts) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
    }

    /**
     * Ends the session a refresh token belongs to and returns its account, which may start a new one. A refresh
     * token used again long after it was exchanged ends every session of the account: someone else may hold it.
     */
    public Optional<AccountRow> rotate(@Nullable String presented) {
        Optional<SessionStore.Found> found = find(presented);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.Found session = found.get();
        if (!session.active()) {
            if (session.rotated() && !session.justRotated()) {
                sessions.revokeAll(session.accountId(), null);
            }
            return Optional.empty();
        }
        if (!sessions.retire(session.id())) {
            return Optional.empty();
        }
        return accounts.findById(session.accountId()).filter(AccountRow::active);
    }

    /** Log-out: ends the session the access token names and the one the refresh token names, if any. */
    public void logout(@Nullable String sid, @Nullable String presentedRefresh) {
        if (sid != null) {
            sessions.revoke(UUID.fromString(sid));
        }
        find(presentedRefresh).ifPresent(found -> sessions.revoke(found.id()));
    }

    private Optional<SessionStore.Found> find(@Nullable String presentedRefresh) {
        return Optional.ofNullable(presentedRefresh)
                .flatMap(refreshTokens::validate)
                .flatMap(key -> sessions.findByRefreshHash(SecretKeys.sha256(key)));
    }
}

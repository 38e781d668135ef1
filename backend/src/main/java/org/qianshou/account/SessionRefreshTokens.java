package org.qianshou.account;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.reactivestreams.Publisher;

/**
 * Stores every refresh token the framework generates as a session row (only the SHA-256 of its key).
 * The session id travels in the authentication's {@code sid} attribute, which also goes into the JWT.
 */
@Singleton
final class SessionRefreshTokens implements RefreshTokenPersistence {

    static final String SID = "sid";

    private final SessionStore sessions;

    SessionRefreshTokens(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        Authentication authentication = event.getAuthentication();
        Object sid = authentication.getAttributes().get(SID);
        if (sid == null) {
            throw new IllegalStateException("a refresh token without a session id");
        }
        sessions.create(
                UUID.fromString(sid.toString()),
                Long.parseLong(authentication.getName()),
                SecretKeys.sha256(event.getRefreshToken()));
    }

    /** Not used: {@code AuthController} refreshes (and rotates) sessions itself. */
    @Override
    public @NonNull Publisher<Authentication> getAuthentication(@NonNull String refreshToken) {
        return Publishers.just(new OauthErrorResponseException(
                IssuingAnAccessTokenErrorCode.INVALID_GRANT, "refresh through /api/auth/refresh", null));
    }
}

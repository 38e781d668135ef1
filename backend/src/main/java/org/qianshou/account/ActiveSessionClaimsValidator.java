package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * An access token counts only while its session is active: logging out, changing the password,
 * a role change or disabling the account end it at once, not when the token expires. A token without
 * an expiry never counts (the framework's expiry check lets such a token through); the issuer is
 * checked by {@code micronaut.security.token.jwt.claims-validators.issuer}.
 */
@Singleton
final class ActiveSessionClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final SessionStore sessions;

    ActiveSessionClaimsValidator(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (claims.get(Claims.EXPIRATION_TIME) == null) {
            return false;
        }
        Object sid = claims.get(SessionRefreshTokens.SID);
        if (!(sid instanceof String value)) {
            return false;
        }
        try {
            return sessions.isActive(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

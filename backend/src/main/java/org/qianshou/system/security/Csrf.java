package org.qianshou.system.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The CSRF token of a cookie session: {@code base64url(HMAC-SHA256(key, "csrf:" + sid))}, where
 * {@code sid} is the session id (the JWT's {@code sid} claim) and the key is {@link Keys.Purpose#CSRF}'s.
 * Stateless, valid as long as the session. The auth endpoints hand it to the SPA in {@code Session.csrfToken};
 * the SPA sends it back as {@value #HEADER} on every unsafe request, and {@link CsrfFilter} checks it.
 */
@Singleton
public class Csrf {

    /** The request header that carries the token. */
    public static final String HEADER = "X-CSRF-TOKEN";
    /** The {@code Authentication} attribute (JWT claim) naming the session. */
    public static final String SESSION_ATTRIBUTE = "sid";

    private final byte[] key;

    @Inject
    public Csrf(Keys keys) {
        this.key = keys.key(Keys.Purpose.CSRF);
    }

    /** Tokens under keys derived from {@code master} (for tests). */
    public Csrf(String master) {
        this(new Keys(master));
    }

    /** The token for this session id. */
    public String token(String sid) {
        if (sid == null || sid.isEmpty()) {
            throw new IllegalArgumentException("a session id is required");
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(sid));
    }

    /** Whether {@code candidate} is this session's token; compared in constant time. */
    public boolean matches(String sid, String candidate) {
        if (sid == null || sid.isEmpty() || candidate == null) {
            return false;
        }
        byte[] expected = token(sid).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String sid) {
        return Keys.hmac(key, ("csrf:" + sid).getBytes(StandardCharsets.UTF_8));
    }
}

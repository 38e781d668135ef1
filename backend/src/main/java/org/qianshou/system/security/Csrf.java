package org.qianshou.system.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of a cookie session: {@code base64url(HMAC-SHA256(secret, "csrf:" + sid))}, where
 * {@code sid} is the session id (the JWT's {@code sid} claim) and the secret is the JWT signing secret.
 * Stateless, valid as long as the session. The auth endpoints hand it to the SPA in {@code Session.csrfToken};
 * the SPA sends it back as {@value #HEADER} on every unsafe request, and {@link CsrfFilter} checks it.
 */
@Singleton
public class Csrf {

    /** The request header that carries the token. */
    public static final String HEADER = "X-CSRF-TOKEN";
    /** The {@code Authentication} attribute (JWT claim) naming the session. */
    public static final String SESSION_ATTRIBUTE = "sid";

    private final SecretKeySpec secret;

    public Csrf(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac.doFinal(("csrf:" + sid).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

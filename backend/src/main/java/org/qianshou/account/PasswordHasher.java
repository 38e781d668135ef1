package org.qianshou.account;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (PHC strings) from Spring Security Crypto with OWASP's parameters:
 * 19 MiB memory, 2 iterations, parallelism 1, 16-byte salt, 32-byte hash.
 */
@Singleton
public class PasswordHasher {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
    private final String dummyHash = encoder.encode("qianshou-dummy-password-for-equal-timing");

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the same time as a real check, for an account that does not exist; always false. */
    public boolean matchesNothing(String password) {
        encoder.matches(password, dummyHash);
        return false;
    }
}

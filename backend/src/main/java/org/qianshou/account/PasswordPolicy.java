package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * What a new password must be: {@value PasswordHasher#MIN_LENGTH} to {@value PasswordHasher#MAX_LENGTH} characters,
 * not one of the most common passwords ({@code passwords/common-passwords.txt} and, for Chinese users,
 * {@code passwords/common-passwords-zh.txt}, compared case-insensitively), not made of at most
 * {@value #MIN_DISTINCT_CHARACTERS_EXCLUSIVE} distinct characters ({@code 99999999}, {@code abababab}), not
 * the account's own e-mail address, mobile number or the part of the address before {@code @}, and on a change not
 * the current password. One violation per field, naming it.
 */
@Singleton
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "passwords/common-passwords.txt";
    static final String COMMON_PASSWORDS_ZH = "passwords/common-passwords-zh.txt";
    /** A password of this many distinct characters or fewer is refused, however long. */
    static final int MIN_DISTINCT_CHARACTERS_EXCLUSIVE = 2;

    private final Set<String> common;

    PasswordPolicy() {
        Set<String> all = new HashSet<>(load(COMMON_PASSWORDS));
        all.addAll(load(COMMON_PASSWORDS_ZH));
        this.common = Set.copyOf(all);
    }

    /**
     * Adds at most one violation for {@code field}.
     *
     * @param identifiers the account's e-mail address and mobile number, those it has (a sign-up's may be none)
     * @param current the current password on a change, else null
     */
    void check(
            String field,
            @Nullable String password,
            List<Identifier> identifiers,
            @Nullable String current,
            List<Violation> violations) {
        if (password == null
                || password.length() < PasswordHasher.MIN_LENGTH
                || password.length() > PasswordHasher.MAX_LENGTH) {
            violations.add(new Violation(
                    field, "field.password.length", PasswordHasher.MIN_LENGTH, PasswordHasher.MAX_LENGTH));
        } else if (current != null && password.equals(current)) {
            violations.add(new Violation(field, "field.password.current"));
        } else if (common.contains(password.strip().toLowerCase(Locale.ROOT))) {
            violations.add(new Violation(field, "field.password.common"));
        } else if (password.codePoints()
                        .distinct()
                        .limit(MIN_DISTINCT_CHARACTERS_EXCLUSIVE + 1)
                        .count()
                <= MIN_DISTINCT_CHARACTERS_EXCLUSIVE) {
            violations.add(new Violation(field, "field.password.simple", MIN_DISTINCT_CHARACTERS_EXCLUSIVE + 1));
        } else if (identifiers.stream().anyMatch(id -> isIdentifier(password, id))) {
            violations.add(new Violation(field, "field.password.identifier"));
        }
    }

    /** Whether the bundled list holds the password (case-insensitively). */
    boolean isCommon(String password) {
        return common.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isIdentifier(String password, Identifier identifier) {
        String given = password.strip().toLowerCase(Locale.ROOT);
        String value = identifier.value();
        if (given.equals(value)
                || Identifiers.parse(password)
                        .map(Identifier::value)
                        .filter(value::equals)
                        .isPresent()) {
            return true;
        }
        int at = value.indexOf('@');
        return at > 0 && given.equals(value.substring(0, at));
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        Set<String> set = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    set.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}

package org.qianshou.system.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qianshou.system.Text;

/**
 * Mainland mobile numbers and e-mail addresses: how they are normalised, validated and masked.
 * Neither ever goes into a log; views show the masked form.
 */
public final class Identifiers {

    /** What kind of identifier a string is. */
    public enum Kind {
        PHONE,
        EMAIL
    }

    /** A normalised, valid identifier. */
    public record Identifier(Kind kind, String value) {
        public String masked() {
            return kind == Kind.PHONE ? maskPhone(value) : maskEmail(value);
        }

        @Override
        public String toString() {
            return kind + ":" + masked();
        }
    }

    public static final int MAX_EMAIL = 254;
    private static final Pattern PHONE = Pattern.compile("^1[3-9][0-9]{9}$");
    // Deliberately plain: one @, a dot in the domain, no spaces or control characters.
    private static final Pattern EMAIL =
            Pattern.compile("^[^\\s@\\p{Cntrl}]{1,64}@[^\\s@\\p{Cntrl}.]+(\\.[^\\s@\\p{Cntrl}.]+)+$");

    private Identifiers() {}

    /** A mobile number or an e-mail address, normalised; empty when it is neither (or holds a control character). */
    public static Optional<Identifier> parse(String raw) {
        if (raw == null || !Text.validSingleLine(raw)) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.contains("@")) {
            return email(trimmed).map(v -> new Identifier(Kind.EMAIL, v));
        }
        return phone(trimmed).map(v -> new Identifier(Kind.PHONE, v));
    }

    /** An 11-digit mainland mobile number: spaces and dashes dropped, +86 / 0086 / 86 prefix removed. */
    public static Optional<String> phone(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().replace(" ", "").replace("-", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** An e-mail address, trimmed and lowercased. */
    public static Optional<String> email(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toLowerCase(Locale.ROOT);
        return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /** {@code 139****5678}. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** {@code o***@example.org}. */
    public static String maskEmail(String email) {
        if (email == null) {
            return "***";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}

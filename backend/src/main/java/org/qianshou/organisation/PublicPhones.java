package org.qianshou.organisation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qianshou.system.security.Identifiers;

/**
 * An organisation's public contact number: a mainland mobile number (11 digits) or a landline with
 * its area code, stored as {@code 0870-1234567} (optionally {@code -ext}). Openings' contact numbers follow the same
 * rule.
 */
public final class PublicPhones {

    private static final Pattern LANDLINE = Pattern.compile("^(0[0-9]{2,3})-?([0-9]{7,8})(?:-([0-9]{1,6}))?$");

    private PublicPhones() {}

    /** The number in its stored form, or empty when it is neither a mobile number nor a landline with area code. */
    public static Optional<String> normalise(String raw) {
        Optional<String> mobile = Identifiers.phone(raw);
        if (mobile.isPresent()) {
            return mobile;
        }
        String compact = raw.strip()
                .replace(" ", "")
                .replaceFirst("^\\+86-?", "0")
                .replaceFirst("^0086-?", "0")
                .replaceFirst("^\\((0[0-9]{2,3})\\)", "$1-");
        if (compact.startsWith("00")) {
            compact = compact.substring(1);
        }
        Matcher m = LANDLINE.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "-" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3)));
    }
}

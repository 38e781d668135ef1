package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;

/** The checks every write of a record shares; each adds a violation naming its field. */
final class RecordRules {

    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 1440;
    static final int MAX_TEXT = 2000;

    private RecordRules() {}

    static void minutes(@Nullable Integer minutes, String field, List<Violation> violations) {
        if (minutes == null) {
            violations.add(new Violation(field, "error.required"));
        } else if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            violations.add(new Violation(field, "field.minutes.range", MIN_MINUTES, MAX_MINUTES));
        }
    }

    /** Optional multi-line text of at most {@link #MAX_TEXT} characters. */
    static void text(@Nullable String text, String field, List<Violation> violations) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_TEXT) {
            violations.add(new Violation(field, "constraint.Size", 0, MAX_TEXT));
        } else if (!Text.validMultiLine(text)) {
            violations.add(new Violation(field, "field.text.control-characters"));
        }
    }

    /** Required multi-line text. */
    static void requiredText(@Nullable String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "error.required"));
        } else {
            text(text, field, violations);
        }
    }

    /** The text trimmed, or {@code null} when blank. */
    static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

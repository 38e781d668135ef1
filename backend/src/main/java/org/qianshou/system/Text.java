package org.qianshou.system;

/**
 * The one rule for characters in text users submit. Single-line text (names, titles, addresses) holds no control
 * character at all, no line or paragraph separator and no bidirectional override; multi-line text (descriptions)
 * may also hold line breaks ({@code \n}, {@code \r}) and tabs. A field that breaks the rule is refused with
 * {@code field.text.control-characters}, never silently cleaned.
 */
public final class Text {

    private Text() {}

    /** Whether {@code text} (null counts as fine) is acceptable as a single line. */
    public static boolean validSingleLine(String text) {
        return text == null || text.codePoints().noneMatch(c -> forbidden(c) || c == '\n' || c == '\r' || c == '\t');
    }

    /** Whether {@code text} (null counts as fine) is acceptable as multi-line text. */
    public static boolean validMultiLine(String text) {
        return text == null || text.codePoints().noneMatch(Text::forbidden);
    }

    /** {@code text} without the characters the single-line rule forbids (for file names that come from clients). */
    public static String stripToSingleLine(String text) {
        if (text == null) {
            return "";
        }
        return text.codePoints()
                .filter(c -> !forbidden(c) && c != '\n' && c != '\r' && c != '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static boolean forbidden(int c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false; // decided by the caller's rule
        }
        return Character.getType(c) == Character.CONTROL
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}

package org.qianshou.system.logging;

/**
 * What the log writes of text that may come from outside (a token, a name, an exception's message): line breaks,
 * tabs, other control characters, line and paragraph separators and bidirectional overrides escaped as {@code \n},
 * {@code \r}, {@code \t}, or a backslash, the letter u and the character's four hexadecimal digits, so that one event is one line and no value can forge another.
 * A backslash itself is written {@code \\}, so that a value holding the two characters {@code \n} cannot pass for
 * an escaped line break.
 */
public final class LogText {

    private LogText() {}

    /** {@code text} with every character that could break or disguise a log line escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (unsafe(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c) {
        return c == '\\'
                || Character.getType(c) == Character.CONTROL
                || c == 0x2028
                || c == 0x2029
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}

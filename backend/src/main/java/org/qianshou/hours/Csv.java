package org.qianshou.hours;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets open it: UTF-8 with a byte-order mark (so Excel reads the Chinese), RFC 4180 quoting
 * (a cell holding a comma, a quote or a line break is quoted, quotes doubled, lines end in CRLF), and cells a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) prefixed with an
 * apostrophe.
 */
final class Csv {

    static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);
    private int rows;

    /** Appends one row. */
    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        rows++;
        return this;
    }

    /** The rows written so far, the header included. */
    int rows() {
        return rows;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell, guarded and quoted as needed; {@code null} is an empty cell. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String guarded = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = guarded.indexOf(',') >= 0
                || guarded.indexOf('"') >= 0
                || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0;
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

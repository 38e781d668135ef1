package org.qianshou.system.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV written as it goes, as spreadsheets open it (the same rules as the hours export): UTF-8 with a byte-order mark,
 * RFC 4180 quoting with CRLF line ends, and a cell a spreadsheet would run as a formula (starting with {@code = + - @},
 * a tab or a carriage return) prefixed with an apostrophe. Negative amounts are numbers, written as such.
 */
public final class CsvWriter implements AutoCloseable {

    public static final String BOM = "\uFEFF";

    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        write(BOM);
    }

    /** One row; text cells are guarded and quoted, {@link Number} cells written as they are. */
    public void row(List<?> cells) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            line.append(cell instanceof Number n ? n.toString() : cell(cell == null ? null : cell.toString()));
        }
        line.append("\r\n");
        write(line.toString());
    }

    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** One text cell, guarded and quoted as needed; {@code null} is an empty cell. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        String guarded = formula ? "'" + value : value;
        boolean quote = guarded.indexOf(',') >= 0
                || guarded.indexOf('"') >= 0
                || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0;
        return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

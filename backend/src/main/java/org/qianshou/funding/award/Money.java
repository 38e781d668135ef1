package org.qianshou.funding.award;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Fen shown as yuan in messages: {@code 12000000} → {@code ¥120,000.00}. */
final class Money {

    /** 100 亿元 in fen, as the project's budget bound: more than any grant, exact in every JSON client. */
    static final long MAX_FEN = 1_000_000_000_000L;

    private Money() {}

    /** The time now as PostgreSQL stores it (microseconds), so that an answer shows what a later read shows. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static String yuan(long fen) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(BigDecimal.valueOf(fen, 2));
    }
}

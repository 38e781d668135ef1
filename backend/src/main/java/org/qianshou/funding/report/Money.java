package org.qianshou.funding.report;

import java.math.BigDecimal;

/** Fen as yuan with two decimals, for messages and files ({@code 12000000} → {@code 120000.00}). Never a double. */
final class Money {

    private Money() {}

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}

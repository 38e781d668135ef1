package org.qianshou.funding.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Integer fen as the API reads and the messages show it. */
final class Money {

    private Money() {}

    /** The amount as whole fen when it is a whole number from 0 to {@code max}; empty otherwise (never rounded). */
    static Optional<Long> fen(BigDecimal amount, long max) {
        if (amount == null || amount.signum() < 0) {
            return Optional.empty();
        }
        try {
            long fen = amount.longValueExact();
            return fen <= max ? Optional.of(fen) : Optional.empty();
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** {@code ¥1,234.50} for 123450 fen. */
    static String yuan(long fen) {
        return String.format(
                java.util.Locale.ROOT,
                "¥%,.2f",
                BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** {@code 10%} or {@code 12.5%} for basis points. */
    static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints)
                        .movePointLeft(2)
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }
}

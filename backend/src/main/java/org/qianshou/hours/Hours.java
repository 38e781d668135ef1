package org.qianshou.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/** Minutes as people read them, and the platform's time zone. */
final class Hours {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Hours() {}

    /** Minutes as hours with at most two decimals: 210 → {@code 3.5}, 200 → {@code 3.33}, 60 → {@code 1}. */
    static String of(int minutes) {
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}

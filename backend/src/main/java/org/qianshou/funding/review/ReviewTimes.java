package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** How review answers write times (Asia/Shanghai, +08:00) and scores (two decimals). */
final class ReviewTimes {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ReviewTimes() {}

    static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toOffsetDateTime();
    }

    static @Nullable BigDecimal score(@Nullable BigDecimal exact) {
        return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
    }
}

package org.qianshou.system.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The outbox worker's settings, from {@code qianshou.outbox.*}.
 *
 * @param enabled whether this instance drains the outbox (the {@code reindex} command runs without it)
 * @param batchSize rows claimed and sent to Elasticsearch in one bulk request
 * @param interval the pause between two drains
 * @param maxBackoff the longest wait before a failed row is tried again
 */
@ConfigurationProperties("qianshou.outbox")
public record OutboxConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "500") @Min(1) @Max(10_000) int batchSize,
        @Bindable(defaultValue = "1s") @NotNull Duration interval,
        @Bindable(defaultValue = "5s") @NotNull Duration maxBackoff) {

    public OutboxConfiguration {
        for (Duration d : new Duration[] {interval, maxBackoff}) {
            if (d != null && (d.isNegative() || d.isZero() || d.toHours() > 1)) {
                throw new IllegalArgumentException(
                        "qianshou.outbox.interval and max-backoff must lie between 0 and one hour, was " + d);
            }
        }
    }
}

package org.qianshou.organisation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.qianshou.system.security.Throttle;

/**
 * Quotas and rates for organisations, from {@code qianshou.organisations.*}: how many organisations one account may
 * own, how many registration documents one organisation may hold, and how many uploads one account may make in a
 * window. They keep one account from filling the database and the document store.
 *
 * @param maxOwnedPerAccount organisations an account may own (registering one more is refused with 409)
 * @param maxDocuments documents one organisation may hold (uploading one more is refused with 409)
 * @param uploadsPerWindow uploads one account may make within {@code uploadWindow} (then 429 with Retry-After)
 * @param uploadWindow the sliding window of {@code uploadsPerWindow}, at most an hour
 */
@ConfigurationProperties("qianshou.organisations")
public record OrganisationLimits(
        @Bindable(defaultValue = "5") @Min(1) @Max(1000) int maxOwnedPerAccount,
        @Bindable(defaultValue = "20") @Min(1) @Max(1000) int maxDocuments,
        @Bindable(defaultValue = "30") @Min(1) @Max(10_000) int uploadsPerWindow,
        @Bindable(defaultValue = "1h") @NotNull Duration uploadWindow) {

    public OrganisationLimits {
        if (uploadWindow != null
                && (uploadWindow.isNegative()
                        || uploadWindow.isZero()
                        || uploadWindow.compareTo(Throttle.MAX_WINDOW) > 0)) {
            throw new IllegalArgumentException("qianshou.organisations.upload-window must lie between 0 and "
                    + Throttle.MAX_WINDOW + ", was " + uploadWindow);
        }
    }
}

package org.qianshou.savedsearch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the saved-search routes take and answer. */
final class SavedSearchViews {

    private SavedSearchViews() {}

    /**
     * A search to save, or a saved one's new state.
     *
     * @param kind {@code all}, {@code project}, {@code opening}, {@code call}, {@code organisation} or {@code story}
     * @param query the search's parameters as a URL query string ({@code q=留守&region=5306}); page and size and any
     *     parameter the kind does not take are dropped
     * @param frequency {@code daily}, {@code weekly} or {@code never}
     * @param version the saved search's version when changing it
     *     <p>Checked by the service (after the saved search is found to be the caller's), each failure naming its
     *     field.
     */
    @Serdeable
    record Request(
            @Nullable @NotBlank @Size(max = 100) String name,
            @Nullable @NotBlank String kind,
            @Nullable @Size(max = 2000) String query,
            @Nullable @NotBlank String frequency,
            @Nullable Long version) {}

    /** A saved search; {@code query}: its normalised parameters. */
    @Serdeable
    record SavedSearchView(
            long id,
            String name,
            String kind,
            String query,
            String frequency,
            Instant lastDigestAt,
            Instant createdAt,
            long version) {

        static SavedSearchView of(SavedSearch s) {
            return new SavedSearchView(
                    s.id(), s.name(), s.kind(), s.query(), s.frequency(), s.lastDigestAt(), s.createdAt(), s.version());
        }
    }

    /**
     * What an unsubscribe link stops: the saved search's name and kind, and whether its alerts are already off.
     */
    @Serdeable
    record Unsubscription(String name, String kind, boolean unsubscribed) {}
}

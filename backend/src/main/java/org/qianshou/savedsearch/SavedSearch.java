package org.qianshou.savedsearch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A user's saved search: the kind searched ({@code all} or one kind), its parameters as a URL query string, and how
 * often its alert goes out ({@code daily}, {@code weekly}, {@code never}). {@code lastDigestAt}: the end of the
 * period the last digest covered (at first, when the search was saved). {@code listedUntil}: where the next digest
 * continues from (everything first made public before it was listed), or {@code null} for an hour before {@code
 * lastDigestAt}.
 */
@MappedEntity("saved_search")
record SavedSearch(
        @Id @GeneratedValue @Nullable Long id,
        long accountId,
        String name,
        String kind,
        String query,
        String frequency,
        @Nullable Instant lastDigestAt,
        @Nullable Instant listedUntil,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String DAILY = "daily";
    static final String WEEKLY = "weekly";
    static final String NEVER = "never";
}

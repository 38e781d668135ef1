package org.qianshou.savedsearch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One digest e-mail as sent: the SHA-256 of its unsubscribe token and how many items it listed. */
@MappedEntity("saved_search_digest")
record SavedSearchDigest(
        @Id @GeneratedValue @Nullable Long id, long savedSearchId, byte[] tokenHash, int items, Instant sentAt) {}

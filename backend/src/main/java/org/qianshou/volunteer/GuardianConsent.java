package org.qianshou.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code guardian_consent} (V8): append-only, the newest counts. */
@MappedEntity("guardian_consent")
record GuardianConsent(
        @Id @GeneratedValue @Nullable Long id,
        long accountId,
        String guardianName,
        String relation,
        String guardianPhone,
        @DateCreated @Nullable Instant recordedAt,
        long recordedBy) {

    @Override
    public String toString() {
        return "GuardianConsent[" + id + ", account " + accountId + ", " + relation + "]";
    }
}

package org.qianshou.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code volunteer} (V8): one real-name volunteer per account. The ID number is held only as ciphertext
 * (with its key's id), a keyed hash and the masked form; {@code toString} shows none of them.
 */
@MappedEntity("volunteer")
record Volunteer(
        @Id long accountId,
        String name,
        String idType,
        byte[] idNumberEncrypted,
        String idNumberKeyId,
        byte[] idNumberHash,
        String idNumberMasked,
        LocalDate birthDate,
        @Nullable String gender,
        String mobile,
        long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    @Override
    public String toString() {
        return "Volunteer[" + accountId + ", " + idType + " " + idNumberMasked + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Volunteer v && v.accountId == accountId && v.version == version;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId) * 31 + Long.hashCode(version);
    }
}

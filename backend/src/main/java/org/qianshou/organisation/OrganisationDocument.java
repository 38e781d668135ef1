package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Set;

/** A registration certificate or other proof; the bytes are in the {@link DocumentStore} under {@code storageKey}. */
@MappedEntity("organisation_document")
record OrganisationDocument(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String kind,
        String storageKey,
        String originalFilename,
        String contentType,
        long sizeBytes,
        String sha256,
        long uploadedBy,
        @DateCreated @Nullable Instant uploadedAt) {

    static final Set<String> KINDS = Set.of("registration-certificate", "other");
}

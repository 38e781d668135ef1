package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A file attached to a report, checked by content and kept in the document store (the table applications share). */
@MappedEntity("funding_attachment")
record ReportAttachmentEntity(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String storageKey,
        String originalFilename,
        String contentType,
        long sizeBytes,
        String sha256,
        long uploadedBy,
        @DateCreated @Nullable Instant uploadedAt) {}

package org.qianshou.funding.attachment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A file attached to an application or a report, checked by content and kept in the document store; each links its
 * files in its own table ({@link AttachmentLinks}).
 */
@MappedEntity("funding_attachment")
public record AttachmentEntity(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String storageKey,
        String originalFilename,
        String contentType,
        long sizeBytes,
        String sha256,
        long uploadedBy,
        @DateCreated @Nullable Instant uploadedAt) {}

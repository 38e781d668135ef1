package org.qianshou.organisation;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A document as listed: never its storage key. */
@Serdeable
public record DocumentView(long id, String kind, String filename, String contentType, long size, Instant uploadedAt) {

    static DocumentView of(OrganisationDocument d) {
        return new DocumentView(d.id(), d.kind(), d.originalFilename(), d.contentType(), d.sizeBytes(), d.uploadedAt());
    }
}

package org.qianshou.funding.application;

import io.micronaut.serde.annotation.Serdeable;
import org.qianshou.funding.attachment.AttachmentEntity;

/** An attachment as listed: never its storage key. */
@Serdeable
public record AttachmentView(long id, String filename, String contentType, long sizeBytes) {

    static AttachmentView of(AttachmentEntity a) {
        return new AttachmentView(a.id(), a.originalFilename(), a.contentType(), a.sizeBytes());
    }
}

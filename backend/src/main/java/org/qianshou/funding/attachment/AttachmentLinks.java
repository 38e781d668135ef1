package org.qianshou.funding.attachment;

import java.util.Optional;

/**
 * The files of one kind of owner (applications, reports): the rows of {@code funding_attachment} and the owner's
 * table linking them. Implemented by the owner's repository.
 */
public interface AttachmentLinks {

    AttachmentEntity save(AttachmentEntity attachment);

    void delete(AttachmentEntity attachment);

    long countOf(long ownerId);

    Optional<AttachmentEntity> linked(long ownerId, long attachmentId);

    void link(long ownerId, long attachmentId);

    void unlink(long ownerId, long attachmentId);
}

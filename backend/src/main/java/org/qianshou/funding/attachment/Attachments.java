package org.qianshou.funding.attachment;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.DocumentService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Upload;
import org.qianshou.system.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What attaching a file is for applications and reports alike. The file is checked by content and stored as
 * organisation documents are ({@link DocumentService#storeChecked}: PDF/PNG/JPEG, 10 MB, the hourly upload rate, not
 * counted against the organisation's documents), then linked to its owner in the owner's transaction, at most
 * {@link Owner#max()} per owner; when that fails the file is deleted again. Who may attach, and when, is the owner's
 * workflow's to say.
 */
@Singleton
public class Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

    /**
     * One kind of owner: its links, how many files it may have (409 naming {@code file} with {@code quotaKey}
     * beyond), and the object type and prefix of its audit actions ({@code <auditPrefix>.attachment-added}).
     */
    public record Owner(AttachmentLinks links, int max, String quotaKey, String objectType, String auditPrefix) {}

    /** An attachment's description and bytes, for download. */
    public record Download(String filename, String contentType, InputStream content) {}

    private final DocumentService documents;
    private final AuditLog audit;

    Attachments(DocumentService documents, AuditLog audit) {
        this.documents = documents;
        this.audit = audit;
    }

    /** Checks and stores the file, then links it with {@code link} (a transaction); deletes it when that fails. */
    public <V> V store(Actor actor, long organisationId, Upload upload, Function<DocumentService.StoredFile, V> link) {
        DocumentService.StoredFile stored = documents.storeChecked(actor, organisationId, upload);
        try {
            return link.apply(stored);
        } catch (RuntimeException e) {
            documents.deleteStored(stored.key());
            throw e;
        }
    }

    /** Deletes a detached file once its row is gone; a failure is logged, not thrown. */
    public void deleteFile(String storageKey) {
        documents.deleteStored(storageKey);
    }

    public Download open(AttachmentEntity a) {
        try {
            return new Download(a.originalFilename(), a.contentType(), documents.openStored(a.storageKey()));
        } catch (IOException e) {
            LOG.error("Attachment {} is missing from the store", a.id());
            throw new NotFoundException("resource.attachment", a.id());
        }
    }

    /** Within the owner's transaction: the row of a stored file, linked to its owner, and audited. */
    public AttachmentEntity add(
            Actor actor, Owner owner, long organisationId, long ownerId, DocumentService.StoredFile file) {
        if (owner.links().countOf(ownerId) >= owner.max()) {
            throw ConflictException.onField("file", owner.quotaKey(), owner.max());
        }
        AttachmentEntity saved = owner.links()
                .save(new AttachmentEntity(
                        null,
                        organisationId,
                        file.key(),
                        file.filename(),
                        file.contentType(),
                        file.size(),
                        file.sha256(),
                        actor.accountId(),
                        null));
        owner.links().link(ownerId, saved.id());
        audit.record(
                actor.accountId(),
                owner.auditPrefix() + ".attachment-added",
                owner.objectType(),
                ownerId,
                "attachment #" + saved.id() + ", " + file.contentType() + ", " + file.size() + " bytes");
        return saved;
    }

    /** The owner's attachment; 404 when it has no such file. */
    public AttachmentEntity find(Owner owner, long ownerId, long attachmentId) {
        return owner.links()
                .linked(ownerId, attachmentId)
                .orElseThrow(() -> new NotFoundException("resource.attachment", attachmentId));
    }

    /**
     * Within the owner's transaction: unlinks and deletes the row, audited; returns its storage key, for
     * {@link #deleteFile} after the commit.
     */
    public String remove(Actor actor, Owner owner, long ownerId, AttachmentEntity attachment) {
        owner.links().unlink(ownerId, attachment.id());
        owner.links().delete(attachment);
        audit.record(
                actor.accountId(),
                owner.auditPrefix() + ".attachment-removed",
                owner.objectType(),
                ownerId,
                "attachment #" + attachment.id());
        return attachment.storageKey();
    }
}

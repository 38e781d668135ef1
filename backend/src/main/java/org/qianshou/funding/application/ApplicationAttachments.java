package org.qianshou.funding.application;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import org.qianshou.organisation.DocumentService;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attachments of applications: the file is checked by content and stored as organisation documents are
 * ({@link DocumentService#storeChecked}, the same 10 MB and PDF/PNG/JPEG rules and hourly upload rate, but not counted
 * against the organisation's 20 documents), then linked to the draft in its own transaction (at most
 * {@link ApplicationWorkflow#MAX_ATTACHMENTS} per application); when that fails the file is deleted again.
 */
@Singleton
public class ApplicationAttachments {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationAttachments.class);

    /** An attachment's description and bytes, for download. */
    public record Download(String filename, String contentType, InputStream content) {}

    private final DocumentService documents;
    private final ApplicationWorkflow workflow;

    ApplicationAttachments(DocumentService documents, ApplicationWorkflow workflow) {
        this.documents = documents;
        this.workflow = workflow;
    }

    public AttachmentView attach(Actor actor, long organisationId, long applicationId, DocumentService.Upload upload) {
        DocumentService.StoredFile stored = documents.storeChecked(actor, organisationId, upload);
        try {
            return workflow.attach(actor, organisationId, applicationId, stored);
        } catch (RuntimeException e) {
            documents.deleteStored(stored.key());
            throw e;
        }
    }

    public void detach(Actor actor, long organisationId, long applicationId, long attachmentId) {
        String key = workflow.detach(actor, organisationId, applicationId, attachmentId);
        documents.deleteStored(key);
    }

    Download open(AttachmentEntity a) {
        try {
            return new Download(a.originalFilename(), a.contentType(), documents.openStored(a.storageKey()));
        } catch (IOException e) {
            LOG.error("Attachment {} is missing from the store", a.id());
            throw new NotFoundException("resource.attachment", a.id());
        }
    }
}

package org.qianshou.funding.application;

import jakarta.inject.Singleton;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.attachment.Attachments;
import org.qianshou.system.Upload;
import org.qianshou.system.security.Actor;

/**
 * Attachments of applications ({@link Attachments}): linked to a draft, at most
 * {@link ApplicationWorkflow#MAX_ATTACHMENTS} per application.
 */
@Singleton
public class ApplicationAttachments {

    private final Attachments files;
    private final ApplicationWorkflow workflow;

    ApplicationAttachments(Attachments files, ApplicationWorkflow workflow) {
        this.files = files;
        this.workflow = workflow;
    }

    public AttachmentView attach(Actor actor, long organisationId, long applicationId, Upload upload) {
        return files.store(
                actor, organisationId, upload, stored -> workflow.attach(actor, organisationId, applicationId, stored));
    }

    public void detach(Actor actor, long organisationId, long applicationId, long attachmentId) {
        files.deleteFile(workflow.detach(actor, organisationId, applicationId, attachmentId));
    }

    Attachments.Download open(AttachmentEntity a) {
        return files.open(a);
    }
}

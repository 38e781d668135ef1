package org.qianshou.funding.report;

import jakarta.inject.Singleton;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.attachment.Attachments;
import org.qianshou.funding.report.ReportViews.AttachmentView;
import org.qianshou.system.Upload;
import org.qianshou.system.security.Actor;

/**
 * Attachments of reports, as applications have them ({@link Attachments}): linked to the open report, at most
 * {@link ReportWorkflow#MAX_ATTACHMENTS}. The agency's members add and remove them while the report is open; they and
 * the funder's members read them.
 */
@Singleton
class ReportAttachments {

    private final Attachments files;
    private final ReportWorkflow workflow;
    private final ReportService reports;

    ReportAttachments(Attachments files, ReportWorkflow workflow, ReportService reports) {
        this.files = files;
        this.workflow = workflow;
        this.reports = reports;
    }

    AttachmentView attach(Actor actor, long organisationId, long reportId, Upload file) {
        reports.requireCanWrite(actor, organisationId);
        return files.store(
                actor, organisationId, file, stored -> workflow.attach(actor, organisationId, reportId, stored));
    }

    void detach(Actor actor, long organisationId, long reportId, long attachmentId) {
        files.deleteFile(workflow.detach(actor, organisationId, reportId, attachmentId));
    }

    Attachments.Download open(AttachmentEntity a) {
        return files.open(a);
    }
}

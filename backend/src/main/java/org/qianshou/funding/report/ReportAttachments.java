package org.qianshou.funding.report;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import org.qianshou.funding.report.ReportViews.AttachmentView;
import org.qianshou.organisation.DocumentService;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attachments of reports, as applications have them: the file is checked by content and stored as organisation
 * documents are ({@link DocumentService#storeChecked}: PDF/PNG/JPEG, 10 MB, the hourly upload rate, not counted against
 * the organisation's documents), then linked to the open report in its own transaction (at most
 * {@link ReportWorkflow#MAX_ATTACHMENTS}); when that fails the file is deleted again. The agency's members add and
 * remove them while the report is open; they and the funder's members read them.
 */
@Singleton
class ReportAttachments {

    private static final Logger LOG = LoggerFactory.getLogger(ReportAttachments.class);

    private final DocumentService documents;
    private final ReportWorkflow workflow;
    private final ReportService reports;

    ReportAttachments(DocumentService documents, ReportWorkflow workflow, ReportService reports) {
        this.documents = documents;
        this.workflow = workflow;
        this.reports = reports;
    }

    AttachmentView attach(Actor actor, long organisationId, long reportId, DocumentService.Upload file) {
        reports.requireCanWrite(actor, organisationId);
        DocumentService.StoredFile stored = documents.storeChecked(actor, organisationId, file);
        try {
            return workflow.attach(actor, organisationId, reportId, stored);
        } catch (RuntimeException e) {
            documents.deleteStored(stored.key());
            throw e;
        }
    }

    void detach(Actor actor, long organisationId, long reportId, long attachmentId) {
        String key = workflow.detach(actor, organisationId, reportId, attachmentId);
        documents.deleteStored(key);
    }

    /** An attachment's description and bytes, for download. */
    record Download(String filename, String contentType, InputStream content) {}

    Download open(ReportAttachmentEntity a) {
        try {
            return new Download(a.originalFilename(), a.contentType(), documents.openStored(a.storageKey()));
        } catch (IOException e) {
            LOG.error("Report attachment {} is missing from the store", a.id());
            throw new NotFoundException("resource.attachment", a.id());
        }
    }
}

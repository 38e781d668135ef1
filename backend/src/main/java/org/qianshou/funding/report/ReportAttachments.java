package org.qianshou.funding.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    AttachmentView attach(Actor actor, long organisationId, long reportId, CompletedFileUpload file) {
        reports.requireCanWrite(actor, organisationId);
        DocumentService.StoredFile stored = documents.storeChecked(actor, organisationId, upload(file));
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

    /** The file as an attachment with the type found by its content; browsers must not sniff, nobody may cache it. */
    HttpResponse<StreamedFile> download(ReportAttachmentEntity a) {
        InputStream content;
        try {
            content = documents.openStored(a.storageKey());
        } catch (IOException e) {
            LOG.error("Report attachment {} is missing from the store", a.id());
            throw new NotFoundException("resource.attachment", a.id());
        }
        String encoded =
                URLEncoder.encode(a.originalFilename(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = a.originalFilename().replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(new StreamedFile(content, MediaType.of(a.contentType())))
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }

    private static DocumentService.Upload upload(CompletedFileUpload file) {
        return new DocumentService.Upload() {
            @Override
            public String filename() {
                return file.getFilename();
            }

            @Override
            public String declaredType() {
                return file.getContentType().map(MediaType::toString).orElse(null);
            }

            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}

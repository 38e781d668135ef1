package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.funding.attachment.Attachments;
import org.qianshou.funding.report.ReportRequests.ReportDraft;
import org.qianshou.funding.report.ReportRequests.VersionRequest;
import org.qianshou.funding.report.ReportViews.AttachmentView;
import org.qianshou.funding.report.ReportViews.ReportDetail;
import org.qianshou.funding.report.ReportViews.ReportSummary;
import org.qianshou.system.FileDownload;
import org.qianshou.system.FileUpload;
import org.qianshou.system.security.Actor;

/** The reports an agency owes on its awards: list, read, save a draft, attach files, submit. Its members only. */
@Controller("/api/organisations/{organisationId}/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final ReportAttachments files;

    ReportController(ReportService reports, ReportWorkflow workflow, ReportAttachments files) {
        this.reports = reports;
        this.workflow = workflow;
        this.files = files;
    }

    @Get
    List<ReportSummary> list(
            Authentication authentication, @PathVariable long organisationId, @QueryValue @Nullable String status) {
        return reports.ofAgency(Actor.of(authentication), organisationId, status);
    }

    @Get("/{reportId}")
    ReportDetail get(Authentication authentication, @PathVariable long organisationId, @PathVariable long reportId) {
        return reports.getForAgency(Actor.of(authentication), organisationId, reportId);
    }

    @Put("/{reportId}")
    ReportDetail save(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long reportId,
            @Body ReportDraft draft) {
        return workflow.save(Actor.of(authentication), organisationId, reportId, draft);
    }

    @Post(value = "/{reportId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<AttachmentView> attach(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long reportId,
            @Part("file") CompletedFileUpload file) {
        return HttpResponse.created(
                files.attach(Actor.of(authentication), organisationId, reportId, FileUpload.of(file)));
    }

    @Get("/{reportId}/attachments/{attachmentId}")
    HttpResponse<StreamedFile> download(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long reportId,
            @PathVariable long attachmentId) {
        return download(files.open(
                reports.attachmentForAgency(Actor.of(authentication), organisationId, reportId, attachmentId)));
    }

    @Delete("/{reportId}/attachments/{attachmentId}")
    HttpResponse<Void> detach(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long reportId,
            @PathVariable long attachmentId) {
        files.detach(Actor.of(authentication), organisationId, reportId, attachmentId);
        return HttpResponse.noContent();
    }

    @Post("/{reportId}/submit")
    ReportDetail submit(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long reportId,
            @Body VersionRequest request) {
        return workflow.submit(Actor.of(authentication), organisationId, reportId, request);
    }

    static HttpResponse<StreamedFile> download(Attachments.Download d) {
        return FileDownload.attachment(d.filename(), d.contentType(), d.content());
    }
}

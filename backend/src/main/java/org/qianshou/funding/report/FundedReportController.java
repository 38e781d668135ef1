package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.funding.report.ReportRequests.ReturnRequest;
import org.qianshou.funding.report.ReportViews.ReportDetail;
import org.qianshou.funding.report.ReportViews.ReportSummary;
import org.qianshou.system.security.Actor;

/**
 * The reports of a funder's awards: those submitted and waiting for a decision, those overdue, all; approve (the linked
 * tranche becomes payable) or return with a comment; read a report's attachments. The funder's members only.
 */
@Controller("/api/organisations/{organisationId}/funded-reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class FundedReportController {

    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final ReportAttachments files;

    FundedReportController(ReportService reports, ReportWorkflow workflow, ReportAttachments files) {
        this.reports = reports;
        this.workflow = workflow;
        this.files = files;
    }

    @Get
    List<ReportSummary> list(
            Authentication authentication, @PathVariable long organisationId, @QueryValue @Nullable String status) {
        return reports.ofFunder(Actor.of(authentication), organisationId, status);
    }

    @Get("/{reportId}")
    ReportDetail get(Authentication authentication, @PathVariable long organisationId, @PathVariable long reportId) {
        return reports.getForFunder(Actor.of(authentication), organisationId, reportId);
    }

    @Get("/{reportId}/attachments/{attachmentId}")
    HttpResponse<StreamedFile> download(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long reportId,
            @PathVariable long attachmentId) {
        return ReportController.download(files.open(
                reports.attachmentForFunder(Actor.of(authentication), organisationId, reportId, attachmentId)));
    }

    @Post("/{reportId}/approve")
    ReportDetail approve(
            Authentication authentication, @PathVariable long organisationId, @PathVariable long reportId) {
        return workflow.approve(Actor.of(authentication), organisationId, reportId);
    }

    @Post("/{reportId}/return")
    ReportDetail returnReport(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long reportId,
            @Body ReturnRequest request) {
        return workflow.returnToAgency(Actor.of(authentication), organisationId, reportId, request);
    }
}

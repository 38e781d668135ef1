package org.qianshou.funding.application;

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
import org.qianshou.funding.application.ApplicationViews.ApplicationDetail;
import org.qianshou.funding.application.ApplicationViews.CallApplicationSummary;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;

/**
 * The applications to one of a funder's calls, as the funder's members see and decide them (never drafts): list,
 * detail, revisions, attachments, shortlisting a concept note and rejecting with a reason.
 */
@Controller("/api/organisations/{organisationId}/calls/{callId}/applications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CallApplicationController {

    private final FunderApplications funder;
    private final ApplicationAttachments files;

    CallApplicationController(FunderApplications funder, ApplicationAttachments files) {
        this.funder = funder;
        this.files = files;
    }

    @Get
    Page<CallApplicationSummary> list(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @QueryValue @Nullable String stage,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return funder.list(
                Actor.of(authentication),
                organisationId,
                callId,
                stage,
                status,
                OrganisationApplicationController.page(page),
                OrganisationApplicationController.size(size));
    }

    @Get("/{id}")
    ApplicationDetail get(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long id) {
        return funder.get(Actor.of(authentication), organisationId, callId, id);
    }

    @Get("/{id}/revisions")
    Page<ApplicationViews.Revision> revisions(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long id,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return funder.revisions(
                Actor.of(authentication),
                organisationId,
                callId,
                id,
                OrganisationApplicationController.page(page),
                OrganisationApplicationController.size(size));
    }

    @Get("/{id}/revisions/{version}")
    ApplicationViews.RevisionDetail revision(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long id,
            @PathVariable long version) {
        return funder.revision(Actor.of(authentication), organisationId, callId, id, version);
    }

    @Get("/{id}/attachments/{attachmentId}")
    HttpResponse<StreamedFile> download(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long id,
            @PathVariable long attachmentId) {
        return OrganisationApplicationController.download(
                files.open(funder.attachment(Actor.of(authentication), organisationId, callId, id, attachmentId)));
    }

    @Post("/{id}/shortlist")
    ApplicationDetail shortlist(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long id) {
        return funder.shortlist(Actor.of(authentication), organisationId, callId, id);
    }

    @Post("/{id}/reject")
    ApplicationDetail reject(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long id,
            @Body ApplicationRequests.Reason request) {
        return funder.reject(Actor.of(authentication), organisationId, callId, id, request);
    }
}

package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.Set;
import org.qianshou.funding.application.ApplicationViews.ApplicationDetail;
import org.qianshou.funding.application.ApplicationViews.ApplicationSummary;
import org.qianshou.funding.attachment.Attachments;
import org.qianshou.system.FileDownload;
import org.qianshou.system.FileUpload;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;

/**
 * An agency's applications for funding as its members write them: drafts saved as they type, attachments, submission
 * and withdrawal. Members (and administrators) read; members of a verified organisation write.
 */
@Controller("/api/organisations/{organisationId}/applications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationApplicationController {

    static final int MAX_SIZE = 100;
    static final Set<String> STATUSES = Set.of("draft", "submitted", "withdrawn", "rejected", "awarded");

    private final ApplicationWorkflow workflow;
    private final ApplicationAttachments files;

    OrganisationApplicationController(ApplicationWorkflow workflow, ApplicationAttachments files) {
        this.workflow = workflow;
        this.files = files;
    }

    @Get
    Page<ApplicationSummary> list(
            Authentication authentication,
            @PathVariable long organisationId,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        if (status != null && !STATUSES.contains(status)) {
            throw InvalidInputException.of("status", "field.application.status", status);
        }
        int p = page(page);
        int s = size(size);
        return workflow.list(Actor.of(authentication), organisationId, status, p, s);
    }

    @Post
    HttpResponse<ApplicationDetail> start(
            Authentication authentication, @PathVariable long organisationId, @Body ApplicationRequests.Start request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return HttpResponse.created(workflow.start(actor, organisationId, request));
    }

    @Get("/{id}")
    ApplicationDetail get(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return workflow.get(Actor.of(authentication), organisationId, id);
    }

    /** The autosave. */
    @Put("/{id}")
    ApplicationDetail save(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ApplicationRequests.Save request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.save(actor, organisationId, id, request);
    }

    @Post("/{id}/submit")
    ApplicationDetail submit(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ApplicationRequests.Submit request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.submit(actor, organisationId, id, request);
    }

    @Post("/{id}/withdraw")
    ApplicationDetail withdraw(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ApplicationRequests.Reason request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.withdraw(actor, organisationId, id, request);
    }

    @Get("/{id}/revisions")
    Page<ApplicationViews.Revision> revisions(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return workflow.revisions(Actor.of(authentication), organisationId, id, page(page), size(size));
    }

    @Get("/{id}/revisions/{version}")
    ApplicationViews.RevisionDetail revision(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @PathVariable long version) {
        return workflow.revision(Actor.of(authentication), organisationId, id, version);
    }

    @Post(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<AttachmentView> attach(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Part("file") CompletedFileUpload file) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return HttpResponse.created(files.attach(actor, organisationId, id, FileUpload.of(file)));
    }

    @Get("/{id}/attachments/{attachmentId}")
    HttpResponse<StreamedFile> download(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @PathVariable long attachmentId) {
        return download(files.open(workflow.attachment(Actor.of(authentication), organisationId, id, attachmentId)));
    }

    @Delete("/{id}/attachments/{attachmentId}")
    HttpResponse<Void> detach(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @PathVariable long attachmentId) {
        files.detach(Actor.of(authentication), organisationId, id, attachmentId);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    static int page(@Nullable Integer page) {
        int p = page == null ? 0 : page;
        if (p < 0 || p > Integer.MAX_VALUE / MAX_SIZE) {
            throw InvalidInputException.of("page", "field.page.range", Integer.MAX_VALUE / MAX_SIZE);
        }
        return p;
    }

    static int size(@Nullable Integer size) {
        int s = size == null ? 20 : size;
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.size.range", MAX_SIZE);
        }
        return s;
    }

    static HttpResponse<StreamedFile> download(Attachments.Download d) {
        return FileDownload.attachment(d.filename(), d.contentType(), d.content());
    }
}

package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;

/**
 * Openings and shifts as their organisation's staff manage them. Who may do what is decided by {@code AccessPolicy}
 * inside the workflow: members read, members of a verified organisation write.
 */
@Controller("/api/organisations/{organisationId}/openings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationOpeningController {

    private static final int MAX_SIZE = 100;

    private final OpeningWorkflow workflow;
    private final OpeningService openings;

    OrganisationOpeningController(OpeningWorkflow workflow, OpeningService openings) {
        this.workflow = workflow;
        this.openings = openings;
    }

    @Get
    Page<OpeningSummary> list(
            Authentication authentication,
            @PathVariable long organisationId,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        if (status != null && !OpeningStatus.ALL.contains(status)) {
            throw InvalidInputException.of("status", "field.opening.status", status);
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw InvalidInputException.of("page", "field.page.range", Integer.MAX_VALUE / MAX_SIZE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.size.range", MAX_SIZE);
        }
        return openings.listForOrganisation(Actor.of(authentication), organisationId, status, p, s);
    }

    @Post
    HttpResponse<OpeningDetail> create(
            Authentication authentication, @PathVariable long organisationId, @Body OpeningRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId); // who may, before what is wrong with the body
        return HttpResponse.created(workflow.create(actor, organisationId, request));
    }

    @Get("/{id}")
    OpeningDetail get(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return openings.getForOrganisation(Actor.of(authentication), organisationId, id);
    }

    @Put("/{id}")
    OpeningDetail update(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body OpeningRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.update(actor, organisationId, id, request);
    }

    @Post("/{id}/publish")
    OpeningDetail publish(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return workflow.publish(Actor.of(authentication), organisationId, id);
    }

    @Post("/{id}/close")
    OpeningDetail close(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return workflow.close(Actor.of(authentication), organisationId, id);
    }

    @Post("/{id}/cancel")
    OpeningDetail cancel(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ReasonRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.cancel(actor, organisationId, id, request);
    }

    @Post("/{id}/shifts")
    HttpResponse<ShiftView> addShift(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ShiftRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return HttpResponse.created(workflow.addShift(actor, organisationId, id, request));
    }

    @Put("/{id}/shifts/{shiftId}")
    ShiftView updateShift(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @PathVariable long shiftId,
            @Body ShiftRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.updateShift(actor, organisationId, id, shiftId, request);
    }

    @Post("/{id}/shifts/{shiftId}/cancel")
    ShiftView cancelShift(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @PathVariable long shiftId,
            @Body ReasonRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.cancelShift(actor, organisationId, id, shiftId, request);
    }
}

package org.qianshou.funding.call;

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
 * A funder's calls as its members manage them. Who may do what is decided inside the workflow: members (and
 * administrators) read, members of a verified funder write.
 */
@Controller("/api/organisations/{organisationId}/calls")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationCallController {

    private static final int MAX_SIZE = 100;

    private final CallWorkflow workflow;
    private final CallService calls;

    OrganisationCallController(CallWorkflow workflow, CallService calls) {
        this.workflow = workflow;
        this.calls = calls;
    }

    @Get
    Page<CallSummary> list(
            Authentication authentication,
            @PathVariable long organisationId,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        if (status != null && !CallStatus.ALL.contains(status)) {
            throw InvalidInputException.of("status", "field.call.status", status);
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw InvalidInputException.of("page", "field.page.range", Integer.MAX_VALUE / MAX_SIZE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.size.range", MAX_SIZE);
        }
        return calls.listForOrganisation(Actor.of(authentication), organisationId, status, p, s);
    }

    @Post
    HttpResponse<CallDetail> create(
            Authentication authentication, @PathVariable long organisationId, @Body CallRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId); // who may, before what is wrong with the body
        return HttpResponse.created(workflow.create(actor, organisationId, request));
    }

    @Get("/{id}")
    CallDetail get(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return calls.getForOrganisation(Actor.of(authentication), organisationId, id);
    }

    @Put("/{id}")
    CallDetail update(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body CallRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.update(actor, organisationId, id, request);
    }

    @Post("/{id}/publish")
    CallDetail publish(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return workflow.publish(Actor.of(authentication), organisationId, id);
    }

    @Post("/{id}/close")
    CallDetail close(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return workflow.close(Actor.of(authentication), organisationId, id);
    }

    @Post("/{id}/cancel")
    CallDetail cancel(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ReasonRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId);
        return workflow.cancel(actor, organisationId, id, request);
    }
}

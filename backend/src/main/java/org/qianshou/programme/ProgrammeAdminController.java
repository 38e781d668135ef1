package org.qianshou.programme;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import org.qianshou.programme.ProgrammeRequests.DesignationRequest;
import org.qianshou.programme.ProgrammeRequests.DispatchRequest;
import org.qianshou.programme.ProgrammeRequests.EndRequest;
import org.qianshou.programme.ProgrammeRequests.EntryRequest;
import org.qianshou.programme.ProgrammeRequests.PairRequest;
import org.qianshou.programme.ProgrammeRequests.PartnershipRequest;
import org.qianshou.programme.ProgrammeRequests.WithdrawRequest;
import org.qianshou.programme.ProgrammeViews.ActivityView;
import org.qianshou.programme.ProgrammeViews.DesignationView;
import org.qianshou.programme.ProgrammeViews.DispatchView;
import org.qianshou.programme.ProgrammeViews.PartnershipView;
import org.qianshou.programme.ProgrammeViews.TwinningPairView;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Roles;

/**
 * Administrators (民政部门) enter the programmes' records: 牵手计划 pairs, university–county partnerships and their
 * activities, dispatches of social workers and demonstration designations. Creating answers 201; an edit or an end
 * names the version it changes.
 */
@Controller("/api/admin/programmes")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammeAdminController {

    private final ProgrammeWorkflow workflow;
    private final ProgrammeService programmes;

    ProgrammeAdminController(ProgrammeWorkflow workflow, ProgrammeService programmes) {
        this.workflow = workflow;
        this.programmes = programmes;
    }

    @Post("/twinning-pairs")
    HttpResponse<TwinningPairView> createPair(Authentication authentication, @Body PairRequest request) {
        return created(workflow.createPair(Actor.of(authentication), request));
    }

    @Put("/twinning-pairs/{pairId}")
    TwinningPairView updatePair(Authentication authentication, @PathVariable long pairId, @Body PairRequest request) {
        return workflow.updatePair(Actor.of(authentication), pairId, request);
    }

    @Post("/twinning-pairs/{pairId}/end")
    TwinningPairView endPair(Authentication authentication, @PathVariable long pairId, @Body EndRequest request) {
        return workflow.endPair(Actor.of(authentication), pairId, request);
    }

    @Post("/partnerships")
    HttpResponse<PartnershipView> createPartnership(Authentication authentication, @Body PartnershipRequest request) {
        return created(workflow.createPartnership(Actor.of(authentication), request));
    }

    @Put("/partnerships/{partnershipId}")
    PartnershipView updatePartnership(
            Authentication authentication, @PathVariable long partnershipId, @Body PartnershipRequest request) {
        return workflow.updatePartnership(Actor.of(authentication), partnershipId, request);
    }

    @Post("/partnerships/{partnershipId}/end")
    PartnershipView endPartnership(
            Authentication authentication, @PathVariable long partnershipId, @Body EndRequest request) {
        return workflow.endPartnership(Actor.of(authentication), partnershipId, request);
    }

    /** The partnership's activities, newest first, with their notes. */
    @Get("/partnerships/{partnershipId}/activities")
    List<ActivityView> activities(@PathVariable long partnershipId) {
        return programmes.activities(partnershipId);
    }

    @Post("/partnerships/{partnershipId}/activities")
    HttpResponse<ActivityView> addActivity(
            Authentication authentication, @PathVariable long partnershipId, @Body EntryRequest request) {
        return created(workflow.addActivity(Actor.of(authentication), partnershipId, request));
    }

    @Post("/dispatches")
    HttpResponse<DispatchView> createDispatch(Authentication authentication, @Body DispatchRequest request) {
        return created(workflow.createDispatch(Actor.of(authentication), request));
    }

    @Put("/dispatches/{dispatchId}")
    DispatchView updateDispatch(
            Authentication authentication, @PathVariable long dispatchId, @Body DispatchRequest request) {
        return workflow.updateDispatch(Actor.of(authentication), dispatchId, request);
    }

    @Post("/dispatches/{dispatchId}/end")
    DispatchView endDispatch(Authentication authentication, @PathVariable long dispatchId, @Body EndRequest request) {
        return workflow.endDispatch(Actor.of(authentication), dispatchId, request);
    }

    @Post("/designations")
    HttpResponse<DesignationView> createDesignation(Authentication authentication, @Body DesignationRequest request) {
        return created(workflow.createDesignation(Actor.of(authentication), request));
    }

    @Put("/designations/{designationId}")
    DesignationView updateDesignation(
            Authentication authentication, @PathVariable long designationId, @Body DesignationRequest request) {
        return workflow.updateDesignation(Actor.of(authentication), designationId, request);
    }

    @Post("/designations/{designationId}/withdraw")
    DesignationView withdrawDesignation(
            Authentication authentication, @PathVariable long designationId, @Body WithdrawRequest request) {
        return workflow.withdrawDesignation(Actor.of(authentication), designationId, request);
    }

    private static <T> HttpResponse<T> created(T body) {
        return HttpResponse.status(HttpStatus.CREATED).<T>body(body);
    }
}

package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.funding.award.AwardRequests.AcceptRequest;
import org.qianshou.funding.award.AwardRequests.MatchRequest;
import org.qianshou.funding.award.AwardRequests.PaymentRequest;
import org.qianshou.funding.award.AwardRequests.ProposeRequest;
import org.qianshou.funding.award.AwardRequests.ReasonRequest;
import org.qianshou.funding.award.AwardRequests.VersionRequest;
import org.qianshou.funding.award.AwardViews.AwardDetail;
import org.qianshou.funding.award.AwardViews.LedgerLine;
import org.qianshou.funding.award.AwardViews.MatchView;
import org.qianshou.funding.award.AwardViews.PaymentView;
import org.qianshou.funding.award.AwardViews.Pool;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;

/**
 * Awards, the pool and its ledger, payments and matching pledges, for members of the funder (proposing, approving,
 * paying) and of the agency (accepting, refusing). {@code organisationId} is the organisation acting.
 */
@Controller("/api/organisations/{organisationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AwardController {

    private final AwardWorkflow workflow;
    private final Payments payments;
    private final Matches matches;
    private final AwardReader reader;

    AwardController(AwardWorkflow workflow, Payments payments, Matches matches, AwardReader reader) {
        this.workflow = workflow;
        this.payments = payments;
        this.matches = matches;
        this.reader = reader;
    }

    @Post("/calls/{callId}/awards")
    HttpResponse<AwardDetail> propose(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @Body ProposeRequest request) {
        return HttpResponse.created(workflow.propose(Actor.of(authentication), organisationId, callId, request));
    }

    @Get("/calls/{callId}/awards")
    List<AwardDetail> awardsOfCall(
            Authentication authentication, @PathVariable long organisationId, @PathVariable long callId) {
        return reader.awardsOfCall(Actor.of(authentication), organisationId, callId);
    }

    @Get("/calls/{callId}/pool")
    Pool pool(Authentication authentication, @PathVariable long organisationId, @PathVariable long callId) {
        return reader.pool(Actor.of(authentication), organisationId, callId);
    }

    @Get("/calls/{callId}/ledger")
    Page<LedgerLine> ledger(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @QueryValue(defaultValue = "0") int page) {
        return reader.ledger(Actor.of(authentication), organisationId, callId, page);
    }

    @Get("/awards")
    Page<AwardDetail> awards(
            Authentication authentication,
            @PathVariable long organisationId,
            @QueryValue(defaultValue = "0") int page) {
        return reader.awards(Actor.of(authentication), organisationId, page);
    }

    @Get("/awards/{id}")
    AwardDetail award(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return reader.award(Actor.of(authentication), organisationId, id);
    }

    @Post("/awards/{id}/approve")
    AwardDetail approve(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body VersionRequest request) {
        return workflow.approve(Actor.of(authentication), organisationId, id, request.version());
    }

    @Post("/awards/{id}/decline")
    AwardDetail decline(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ReasonRequest request) {
        return workflow.decline(Actor.of(authentication), organisationId, id, request.reason());
    }

    @Post("/awards/{id}/accept")
    AwardDetail accept(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body AcceptRequest request) {
        return workflow.accept(Actor.of(authentication), organisationId, id, request);
    }

    @Post("/awards/{id}/refuse")
    AwardDetail refuse(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ReasonRequest request) {
        return workflow.refuse(Actor.of(authentication), organisationId, id, request.reason());
    }

    /** 201 with the new payment, or 200 with the payment an earlier request with the same key recorded. */
    @Post("/tranches/{trancheId}/payments")
    HttpResponse<PaymentView> recordPayment(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long trancheId,
            @Body PaymentRequest request) {
        Payments.Recorded recorded = payments.record(Actor.of(authentication), organisationId, trancheId, request);
        return HttpResponse.<PaymentView>status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(recorded.payment());
    }

    @Post("/payments/{id}/approve")
    PaymentView approvePayment(
            Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return payments.approve(Actor.of(authentication), organisationId, id);
    }

    @Post("/payments/{id}/reject")
    PaymentView rejectPayment(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body ReasonRequest request) {
        return payments.reject(Actor.of(authentication), organisationId, id, request.reason());
    }

    @Post("/matches")
    HttpResponse<MatchView> proposeMatch(
            Authentication authentication, @PathVariable long organisationId, @Body MatchRequest request) {
        return HttpResponse.created(matches.propose(Actor.of(authentication), organisationId, request));
    }

    @Get("/matches")
    List<MatchView> matches(Authentication authentication, @PathVariable long organisationId) {
        return reader.pledges(Actor.of(authentication), organisationId);
    }

    @Post("/matches/{id}/approve")
    MatchView approveMatch(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return matches.approve(Actor.of(authentication), organisationId, id);
    }

    @Post("/matches/{id}/decline")
    MatchView declineMatch(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Nullable @Body ReasonRequest request) {
        return matches.decline(Actor.of(authentication), organisationId, id, request == null ? null : request.reason());
    }
}

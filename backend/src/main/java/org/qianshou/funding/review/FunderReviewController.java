package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.funding.review.ReviewRequests.ReviewersRequest;
import org.qianshou.funding.review.ReviewViews.AssignmentView;
import org.qianshou.funding.review.ReviewViews.Candidate;
import org.qianshou.funding.review.ReviewViews.RankingEntry;
import org.qianshou.funding.review.ReviewViews.ReviewDetail;
import org.qianshou.system.security.Actor;

/**
 * Review as the funder runs it: reviewer candidates, the reviewers of each submitted application, their reviews and
 * the call's ranking. Who may is decided in {@link Reviews}: members read, members of a verified funder assign.
 */
@Controller("/api/organisations/{organisationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class FunderReviewController {

    private final Reviews reviews;

    FunderReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @Get("/reviewer-candidates")
    List<Candidate> candidates(
            Authentication authentication, @PathVariable long organisationId, @QueryValue @Nullable String q) {
        return reviews.candidates(Actor.of(authentication), organisationId, q);
    }

    @Put("/calls/{callId}/applications/{applicationId}/reviewers")
    List<AssignmentView> assign(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long applicationId,
            @Body ReviewersRequest request) {
        return reviews.assign(Actor.of(authentication), organisationId, callId, applicationId, request.accountIds());
    }

    @Get("/calls/{callId}/applications/{applicationId}/reviews")
    List<ReviewDetail> applicationReviews(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long callId,
            @PathVariable long applicationId) {
        return reviews.reviews(Actor.of(authentication), organisationId, callId, applicationId);
    }

    @Get("/calls/{callId}/ranking")
    List<RankingEntry> ranking(
            Authentication authentication, @PathVariable long organisationId, @PathVariable long callId) {
        return reviews.ranking(Actor.of(authentication), organisationId, callId);
    }
}

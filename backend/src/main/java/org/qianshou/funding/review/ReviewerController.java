package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.funding.review.ReviewRequests.DeclarationRequest;
import org.qianshou.funding.review.ReviewRequests.ScoresRequest;
import org.qianshou.funding.review.ReviewRequests.SubmitRequest;
import org.qianshou.funding.review.ReviewViews.OwnReview;
import org.qianshou.funding.review.ReviewViews.QueueItem;
import org.qianshou.funding.review.ReviewViews.ReviewerApplication;
import org.qianshou.system.security.Actor;

/**
 * A reviewer's assignments: reviewers hold the reviewer role or are the funder's own members, so any signed-in account
 * may call these routes and {@link ReviewerDesk} answers only for its own assignments.
 */
@Controller("/api/reviewer/assignments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewerController {

    private final ReviewerDesk desk;

    ReviewerController(ReviewerDesk desk) {
        this.desk = desk;
    }

    @Get
    List<QueueItem> queue(Authentication authentication) {
        return desk.queue(Actor.of(authentication));
    }

    @Post("/{id}/declaration")
    QueueItem declare(Authentication authentication, @PathVariable long id, @Body DeclarationRequest request) {
        return desk.declare(Actor.of(authentication), id, request);
    }

    @Get("/{id}/application")
    ReviewerApplication application(Authentication authentication, @PathVariable long id) {
        return desk.application(Actor.of(authentication), id);
    }

    @Put("/{id}/scores")
    OwnReview scores(Authentication authentication, @PathVariable long id, @Body ScoresRequest request) {
        return desk.saveScores(Actor.of(authentication), id, request);
    }

    @Post("/{id}/submit")
    OwnReview submit(Authentication authentication, @PathVariable long id, @Body @Nullable SubmitRequest request) {
        return desk.submit(Actor.of(authentication), id, request == null ? null : request.version());
    }
}

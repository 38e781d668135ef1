package org.qianshou.story;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.system.security.Actor;

/**
 * A story as its authors work on it: members of the story's organisation read it (administrators too), members of a
 * verified one change it. Anyone else gets 404.
 */
@Controller("/api/my/stories/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyStoryController {

    private final StoryWorkflow workflow;
    private final Stories stories;

    MyStoryController(StoryWorkflow workflow, Stories stories) {
        this.workflow = workflow;
        this.stories = stories;
    }

    @Get
    StoryViews.Story get(Authentication authentication, @PathVariable long id) {
        return stories.getForAuthor(Actor.of(authentication), id);
    }

    @Put
    StoryViews.Story save(Authentication authentication, @PathVariable long id, @Body StoryRequest request) {
        Actor actor = writer(authentication, id);
        return workflow.save(actor, id, request);
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication authentication, @PathVariable long id) {
        workflow.delete(Actor.of(authentication), id);
    }

    @Post("/consents")
    HttpResponse<StoryViews.Consent> addConsent(
            Authentication authentication, @PathVariable long id, @Body ConsentRequest request) {
        Actor actor = writer(authentication, id);
        return HttpResponse.created(workflow.addConsent(actor, id, request));
    }

    @Put("/consents/{consentId}")
    StoryViews.Consent updateConsent(
            Authentication authentication,
            @PathVariable long id,
            @PathVariable long consentId,
            @Body ConsentRequest request) {
        Actor actor = writer(authentication, id);
        return workflow.updateConsent(actor, id, consentId, request);
    }

    @Delete("/consents/{consentId}")
    @Status(HttpStatus.NO_CONTENT)
    void deleteConsent(Authentication authentication, @PathVariable long id, @PathVariable long consentId) {
        workflow.deleteConsent(Actor.of(authentication), id, consentId);
    }

    @Put("/justifications")
    StoryViews.Story justify(
            Authentication authentication, @PathVariable long id, @Body StoryRequests.Justification request) {
        Actor actor = writer(authentication, id);
        return workflow.justify(actor, id, request);
    }

    @Post("/submit")
    StoryViews.Story submit(Authentication authentication, @PathVariable long id, @Body StoryRequests.Submit request) {
        Actor actor = writer(authentication, id);
        return workflow.submit(actor, id, request);
    }

    @Post("/unpublish")
    StoryViews.Story unpublish(
            Authentication authentication, @PathVariable long id, @Body StoryRequests.Reason request) {
        Actor actor = Actor.of(authentication);
        workflow.requireMemberOfStory(actor, id);
        return workflow.unpublish(actor, id, request);
    }

    /** The actor, once it is known to be one of the story's writers (so that strangers learn nothing from the body). */
    private Actor writer(Authentication authentication, long id) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWriteStory(actor, id);
        return actor;
    }
}

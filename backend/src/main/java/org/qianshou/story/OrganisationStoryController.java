package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.security.Actor;

/** An organisation's case stories: its members list them and start new drafts. */
@Controller("/api/organisations/{organisationId}/stories")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationStoryController {

    static final int MAX_SIZE = 100;

    private final StoryWorkflow workflow;
    private final Stories stories;

    OrganisationStoryController(StoryWorkflow workflow, Stories stories) {
        this.workflow = workflow;
        this.stories = stories;
    }

    @Get
    java.util.List<StoryViews.Summary> list(
            Authentication authentication,
            @PathVariable long organisationId,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        if (status != null && !StoryStatus.ALL.contains(status)) {
            throw InvalidInputException.of("status", "field.story.status", status);
        }
        int p = page(page);
        int s = size(size);
        return stories.listForOrganisation(Actor.of(authentication), organisationId, status, p, s);
    }

    @Post
    HttpResponse<StoryViews.Story> create(
            Authentication authentication, @PathVariable long organisationId, @Body StoryRequest request) {
        Actor actor = Actor.of(authentication);
        workflow.requireCanWrite(actor, organisationId); // who may, before what is wrong with the body
        return HttpResponse.created(workflow.create(actor, organisationId, request));
    }

    static int page(@Nullable Integer page) {
        int p = page == null ? 0 : page;
        if (p < 0 || p > Integer.MAX_VALUE / MAX_SIZE) {
            throw InvalidInputException.of("page", "field.page.range", Integer.MAX_VALUE / MAX_SIZE);
        }
        return p;
    }

    static int size(@Nullable Integer size) {
        int s = size == null ? MAX_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.size.range", MAX_SIZE);
        }
        return s;
    }
}

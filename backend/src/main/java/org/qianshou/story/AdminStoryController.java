package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
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
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Roles;

/** Story moderation by administrators: the queue, a story with its flags and justifications, the decisions. */
@Controller("/api/admin/stories")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminStoryController {

    private final Stories stories;
    private final StoryModeration moderation;

    AdminStoryController(Stories stories, StoryModeration moderation) {
        this.stories = stories;
        this.moderation = moderation;
    }

    /** Stories in a status (default {@code submitted}), oldest submission first. */
    @Get
    java.util.List<StoryViews.Summary> queue(
            @QueryValue @Nullable String status,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        String s = status == null ? StoryStatus.SUBMITTED : status;
        if (!StoryStatus.ALL.contains(s)) {
            throw InvalidInputException.of("status", "field.story.status", s);
        }
        return stories.queue(s, OrganisationStoryController.page(page), OrganisationStoryController.size(size));
    }

    @Get("/{id}")
    StoryViews.Story get(@PathVariable long id) {
        return stories.getForAdmin(id);
    }

    @Post("/{id}/publish")
    StoryViews.Story publish(Authentication authentication, @PathVariable long id) {
        return moderation.publish(Actor.of(authentication), id);
    }

    @Post("/{id}/return")
    StoryViews.Story returnToAuthor(
            Authentication authentication, @PathVariable long id, @Body StoryRequests.Reason request) {
        return moderation.returnToAuthor(Actor.of(authentication), id, request);
    }

    @Post("/{id}/unpublish")
    StoryViews.Story unpublish(
            Authentication authentication, @PathVariable long id, @Body StoryRequests.Reason request) {
        return moderation.unpublish(Actor.of(authentication), id, request);
    }
}

package org.qianshou.story;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** A published story's public page: the story, its project and the project's openings ahead. */
@Controller("/api/stories")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicStoryController {

    private final Stories stories;

    PublicStoryController(Stories stories) {
        this.stories = stories;
    }

    @Get("/{id}")
    StoryViews.PublicStory get(@PathVariable long id) {
        return stories.getPublic(id);
    }
}

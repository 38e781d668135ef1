package org.qianshou.story.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.system.search.SearchInput;

/** The public search of published case stories. */
@Controller("/api/stories")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StorySearchController {

    private final StorySearchService search;

    StorySearchController(StorySearchService search) {
        this.search = search;
    }

    /**
     * Published stories: {@code region} finds the region and everything below it; {@code targetGroup}, {@code
     * category} and {@code programme} may repeat; newest first without keywords.
     */
    @Get
    StorySearchResponse searchStories(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> category,
            @QueryValue @Nullable List<String> programme,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return search.search(new SearchInput(q, region, targetGroup, category, page, size), programme);
    }
}

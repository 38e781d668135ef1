package org.qianshou.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.project.search.ProjectSearchResponse;
import org.qianshou.project.search.ProjectSearchService;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.security.Actor;

/** Public, read-only project endpoints. */
@Controller("/api/projects")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectController {

    private final ProjectService projects;
    private final ProjectSearchService search;

    ProjectController(ProjectService projects, ProjectSearchService search) {
        this.projects = projects;
        this.search = search;
    }

    @Get("/search")
    ProjectSearchResponse search(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> category,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return search.search(new SearchInput(q, region, targetGroup, category, page, size));
    }

    /** Published and closed projects for everyone; a draft only for its organisation's members and administrators. */
    @Get("/{id}")
    ProjectDetail get(@PathVariable long id, @Nullable Authentication authentication) {
        return projects.get(Actor.orNull(authentication), id);
    }
}

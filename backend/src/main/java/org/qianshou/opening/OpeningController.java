package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.opening.search.OpeningSearchInput;
import org.qianshou.opening.search.OpeningSearchResponse;
import org.qianshou.opening.search.OpeningSearchService;
import org.qianshou.system.search.SearchInput;

/** Public, read-only opening endpoints: the search and a published opening's page. */
@Controller("/api/openings")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OpeningController {

    private final OpeningService openings;
    private final OpeningSearchService search;

    OpeningController(OpeningService openings, OpeningSearchService search) {
        this.openings = openings;
        this.search = search;
    }

    @Get
    @SuppressWarnings("checkstyle:ParameterNumber")
    OpeningSearchResponse search(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> category,
            @QueryValue @Nullable List<String> skill,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable String freePlaces,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return search.search(new OpeningSearchInput(
                new SearchInput(q, region, targetGroup, category, page, size), skill, from, to, freePlaces));
    }

    /** A published opening of a verified organisation, with the free places of each shift. */
    @Get("/{id}")
    OpeningDetail get(@PathVariable long id) {
        return openings.getPublic(id);
    }
}

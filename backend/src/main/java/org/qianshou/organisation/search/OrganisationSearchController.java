package org.qianshou.organisation.search;

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

/** The public search of verified organisations. */
@Controller("/api/organisations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationSearchController {

    private final OrganisationSearchService search;

    OrganisationSearchController(OrganisationSearchService search) {
        this.search = search;
    }

    @Get
    OrganisationSearchResponse search(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> kind,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> category,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return search.search(new SearchInput(q, region, targetGroup, category, page, size), kind);
    }
}

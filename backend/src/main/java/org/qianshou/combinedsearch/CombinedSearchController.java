package org.qianshou.combinedsearch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/search}: one public search over projects, openings, calls, organisations and stories. */
@Controller("/api/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CombinedSearchController {

    private final CombinedSearchService search;

    CombinedSearchController(CombinedSearchService search) {
        this.search = search;
    }

    /**
     * Every kind (or the one {@code kind}: {@code project}, {@code opening}, {@code call}, {@code organisation},
     * {@code story}) by keywords, region (and everything below it) and target group, with the count of each kind and
     * the region and target-group facets. With one kind chosen, that kind's own filters as its own endpoint names them
     * ({@code organisationKind} is the organisations' {@code kind}); one of them without its kind is a 400 naming it.
     */
    @Get
    CombinedSearchResponse search(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String kind,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> category,
            @QueryValue @Nullable List<String> skill,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable String freePlaces,
            @QueryValue @Nullable List<String> fundingType,
            @QueryValue @Nullable List<String> programme,
            @QueryValue @Nullable String closingSoon,
            @QueryValue @Nullable List<String> organisationKind,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        Map<String, List<String>> own = new LinkedHashMap<>();
        put(own, "category", category);
        put(own, "skill", skill);
        put(own, "from", single(from));
        put(own, "to", single(to));
        put(own, "freePlaces", single(freePlaces));
        put(own, "fundingType", fundingType);
        put(own, "programme", programme);
        put(own, "closingSoon", single(closingSoon));
        put(own, "organisationKind", organisationKind);
        return search.search(new CombinedSearchInput(q, kind, region, targetGroup, page, size, own));
    }

    private static void put(Map<String, List<String>> own, String name, @Nullable List<String> values) {
        if (values != null && values.stream().anyMatch(v -> v != null && !v.isBlank())) {
            own.put(name, values);
        }
    }

    private static @Nullable List<String> single(@Nullable String value) {
        return value == null ? null : List.of(value);
    }
}

package org.qianshou.funding.call;

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
import org.qianshou.funding.call.search.CallSearchInput;
import org.qianshou.funding.call.search.CallSearchResponse;
import org.qianshou.funding.call.search.CallSearchService;

/** Public call endpoints: the search and a published or closed call's page. */
@Controller("/api/calls")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CallController {

    private final CallService calls;
    private final CallSearchService search;

    CallController(CallService calls, CallSearchService search) {
        this.calls = calls;
        this.search = search;
    }

    /**
     * Published and closed calls of verified funders: open ones first, then upcoming ones (each by close time), then
     * closed ones. {@code region} finds the calls of the region, inside it and of the regions that contain it.
     */
    @Get
    @SuppressWarnings("checkstyle:ParameterNumber")
    CallSearchResponse search(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> fundingType,
            @QueryValue @Nullable List<String> programme,
            @QueryValue @Nullable String closingSoon,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return search.search(
                new CallSearchInput(q, region, targetGroup, fundingType, programme, closingSoon, page, size));
    }

    /** A published or closed call of a verified funder. */
    @Get("/{id}")
    CallDetail get(@PathVariable long id) {
        return calls.getPublic(id);
    }
}

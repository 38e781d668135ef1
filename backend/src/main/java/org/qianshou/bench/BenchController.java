package org.qianshou.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.qianshou.project.search.ProjectSearchResponse;
import org.qianshou.project.search.ProjectSearchService;
import org.qianshou.system.search.SearchInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Endpoints for {@code bench/scale.sh} only, present only when the app runs with {@code
 * QIANSHOU_BENCH_ENDPOINTS=true} (never in the OpenAPI document): the bare JSON answer the public search's throughput
 * is set against, the Elasticsearch request the public search sends (so that the benchmark sends the very same one to
 * Elasticsearch directly), and the PostgreSQL-only version of the faceted project search.
 */
@Controller("/api/bench")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = BenchController.FLAG, value = "true")
@Hidden
class BenchController {

    /** The property {@code QIANSHOU_BENCH_ENDPOINTS} sets. */
    static final String FLAG = "qianshou.bench.endpoints";

    /** The fixed answer of {@code /api/bench/bare}. */
    @Serdeable
    record Bare(String service, boolean ok) {}

    private static final Bare BARE = new Bare("qianshou", true);
    private static final Logger LOG = LoggerFactory.getLogger(BenchController.class);

    private final ProjectSearchService search;
    private final PostgresProjectSearchRepository postgres;

    BenchController(ProjectSearchService search, PostgresProjectSearchRepository postgres) {
        this.search = search;
        this.postgres = postgres;
    }

    /** Says at every start that the benchmark's endpoints are on, so that they are never left on unnoticed. */
    @EventListener
    void onStartup(StartupEvent event) {
        LOG.warn("QIANSHOU_BENCH_ENDPOINTS is on: /api/bench/* answers anyone (the bare endpoint, the search's"
                + " Elasticsearch request, the PostgreSQL-only search); for benchmarks only, never in a deployment");
    }

    /** A fixed small JSON object: the HTTP layer alone, on the event loop. */
    @Get("/bare")
    Bare bare() {
        return BARE;
    }

    /** The alias and body {@code GET /api/projects/search} with the same parameters sends to Elasticsearch. */
    @Get("/projects/engine-request")
    @ExecuteOn(TaskExecutors.BLOCKING)
    ProjectSearchService.EngineRequest engineRequest(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> category,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return search.engineRequest(new SearchInput(q, region, targetGroup, category, page, size));
    }

    /** The public project search without keywords, answered by PostgreSQL alone ({@link PostgresProjectSearchRepository}). */
    @Get("/projects/postgres-search")
    @ExecuteOn(TaskExecutors.BLOCKING)
    ProjectSearchResponse postgresSearch(
            @QueryValue @Nullable String q,
            @QueryValue @Nullable String region,
            @QueryValue @Nullable List<String> targetGroup,
            @QueryValue @Nullable List<String> category,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        return postgres.search(new SearchInput(q, region, targetGroup, category, page, size));
    }
}

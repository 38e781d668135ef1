package org.qianshou;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.Arrays;
import java.util.Map;
import org.qianshou.demo.ScaleData;
import org.qianshou.region.RegionService;
import org.qianshou.system.DatabaseUrl;
import org.qianshou.system.search.SearchKind;
import org.qianshou.system.search.SearchKinds;
import org.qianshou.system.search.SearchRebuild;

/**
 * Starts the platform. {@code java -jar qianshou-backend-all.jar} serves HTTP; with the argument
 * {@code reindex} it rebuilds every search index (projects, verified organisations, …) from PostgreSQL and exits;
 * with {@code scale-load PROJECTS [SEED]} it migrates the schema, loads the benchmark's scale data set ({@link
 * ScaleData}) and exits (the indices are then rebuilt with {@code reindex}).
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Qianshou API",
                        version = "1",
                        description =
                                "牵手 Qianshou: grants and volunteers for social work in rural Yunnan. JSON under /api;"
                                        + " errors are RFC 9457 application/problem+json in the caller's language."))
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        DatabaseUrl.fromEnvironment(System.getenv()).ifPresent(url -> url.toSystemProperties(System::setProperty));
        if (args.length > 0 && "scale-load".equals(args[0])) {
            scaleLoad(Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SCALE_SEED);
            return;
        }
        if (Arrays.asList(args).contains("reindex")) {
            reindex();
            return;
        }
        Micronaut.run(Application.class, args);
    }

    /** The scale data set's seed when none is given. */
    private static final long DEFAULT_SCALE_SEED = 20_170_101L;

    private static void scaleLoad(int projects, long seed) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("qianshou.outbox.enabled", false, "qianshou.demo-projects", 0))
                .start()) {
            RegionService regions = context.getBean(RegionService.class);
            ScaleData.Result result = ScaleData.load(
                    context.getRequiredProperty("datasources.default.url", String.class),
                    context.getRequiredProperty("datasources.default.username", String.class),
                    context.getProperty("datasources.default.password", String.class)
                            .orElse(""),
                    regions::children,
                    projects,
                    seed);
            System.out.printf(
                    "Loaded %d organisations, %d projects and %d region, target-group and category rows"
                            + " (seed %d) in %d ms.%n",
                    result.organisations(), result.projects(), result.joinRows(), seed, result.millis());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("scale load failed: " + e.getMessage(), e);
        }
    }

    private static void reindex() {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("qianshou.outbox.enabled", false, "qianshou.demo-projects", 0))
                .start()) {
            // SearchRebuild.rebuildAll, kind by kind, so that each kind's time is known (bench/scale.sh reads it)
            SearchRebuild rebuild = context.getBean(SearchRebuild.class);
            for (SearchKind<?> kind : context.getBean(SearchKinds.class).all()) {
                long started = System.nanoTime();
                SearchRebuild.Result result = rebuild.rebuild(kind);
                System.out.printf(
                        "Rebuilt search index %s with %d %s (PostgreSQL has %d) in %d ms.%n",
                        result.index(),
                        result.documents(),
                        kind.name(),
                        result.databaseCount(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}

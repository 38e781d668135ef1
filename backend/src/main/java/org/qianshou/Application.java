package org.qianshou;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.Arrays;
import java.util.Map;
import org.qianshou.organisation.search.OrganisationReindexer;
import org.qianshou.project.ProjectReindexer;
import org.qianshou.system.DatabaseUrl;

/**
 * Starts the platform. {@code java -jar qianshou-backend-all.jar} serves HTTP; with the argument
 * {@code reindex} it rebuilds the search indices (projects, verified organisations) from PostgreSQL and exits.
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
        if (Arrays.asList(args).contains("reindex")) {
            reindex();
            return;
        }
        Micronaut.run(Application.class, args);
    }

    private static void reindex() {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("qianshou.outbox.enabled", false, "qianshou.demo-projects", 0))
                .start()) {
            var result = context.getBean(ProjectReindexer.class).rebuild();
            System.out.printf(
                    "Rebuilt search index %s with %d projects (PostgreSQL has %d).%n",
                    result.index(), result.documents(), result.databaseCount());
            var organisations = context.getBean(OrganisationReindexer.class).rebuild();
            System.out.printf(
                    "Rebuilt search index %s with %d verified organisations (PostgreSQL has %d).%n",
                    organisations.index(), organisations.documents(), organisations.databaseCount());
        }
    }
}

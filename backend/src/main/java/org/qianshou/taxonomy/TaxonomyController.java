package org.qianshou.taxonomy;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/taxonomies")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TaxonomyController {

    private final TaxonomyService taxonomies;

    TaxonomyController(TaxonomyService taxonomies) {
        this.taxonomies = taxonomies;
    }

    @Get
    Taxonomies all() {
        return taxonomies.all();
    }
}

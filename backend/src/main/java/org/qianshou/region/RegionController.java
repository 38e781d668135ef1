package org.qianshou.region;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

@Controller("/api/regions")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @Get("/{code}")
    RegionView region(@PathVariable String code) {
        return regions.view(regions.get(code), true);
    }

    @Get("/{code}/children")
    List<RegionView> children(@PathVariable String code) {
        return regions.children(code).stream().map(r -> regions.view(r, false)).toList();
    }
}

package org.qianshou.system.openapi;

import io.micronaut.openapi.annotation.OpenAPIInclude;

/**
 * The management endpoints the application serves ({@code application.yml}: only health), so that
 * the API document describes every route of the router ({@code OpenApiIT} checks both directions).
 * When {@code application.yml} enables or disables an endpoint, change this list with it.
 */
@OpenAPIInclude(
        tags = @io.swagger.v3.oas.annotations.tags.Tag(name = "management"),
        classes = {io.micronaut.management.endpoint.health.HealthEndpoint.class})
final class ManagementEndpoints {

    private ManagementEndpoints() {}
}

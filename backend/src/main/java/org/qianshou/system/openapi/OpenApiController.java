package org.qianshou.system.openapi;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API contract: the OpenAPI document that micronaut-openapi writes at compile time from the
 * controllers and their records ({@value #RESOURCE}). The SPA's request and response types are
 * generated from the same document (committed as {@code frontend/openapi/qianshou.yml}).
 */
@Controller("/api/openapi.yml")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "contract")
class OpenApiController {

    static final String RESOURCE = "classpath:META-INF/swagger/qianshou.yml";
    static final String MEDIA_TYPE = "application/yaml";

    private final byte[] document;

    OpenApiController(ResourceResolver resources) {
        this.document = resources
                .getResourceAsStream(RESOURCE)
                .map(OpenApiController::readAll)
                .orElseThrow(() -> new IllegalStateException(
                        RESOURCE + " is missing: the build generates it (micronaut-openapi annotation processor)"));
    }

    @Get(produces = MEDIA_TYPE + ";charset=utf-8")
    @Operation(summary = "This OpenAPI document (YAML)")
    @ApiResponse(
            responseCode = "200",
            description = "the OpenAPI 3 document of this API",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = "string")))
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.qianshou.story.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Arrays;
import org.qianshou.system.security.Actor;

/**
 * A story photo's file. A published story's photos are the same for everyone and never change under their address
 * (a new upload is a new photo), but the story can be taken down: cached for an hour, then revalidated against the
 * content hash as {@code ETag} (304 to a matching {@code If-None-Match}), so a photo leaves shared caches within an hour
 * of its story's unpublication. Another story's photos only to its members and administrators, never cached; 404 to
 * everyone else.
 */
@Controller("/api/stories/{id}/photos")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class StoryPhotoController {

    static final String PUBLIC_CACHE = "public, max-age=3600, must-revalidate";
    static final String PRIVATE_CACHE = "private, no-store";

    private final StoryPhotoService photos;

    StoryPhotoController(StoryPhotoService photos) {
        this.photos = photos;
    }

    /** {@code width}: {@code 320}, {@code 640}, {@code 1280} or {@code original}. */
    @Get("/{photoId}/{width}")
    @ApiResponse(
            responseCode = "200",
            description = "the image (JPEG or PNG)",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))
            })
    @ApiResponse(responseCode = "304", description = "not modified (published photos, matching If-None-Match)")
    HttpResponse<byte[]> photoFile(
            HttpRequest<?> request,
            @PathVariable long id,
            @PathVariable long photoId,
            @PathVariable String width,
            @Nullable Authentication authentication) {
        StoryPhotoService.Served served = photos.serve(Actor.orNull(authentication), id, photoId, width);
        if (!served.publicPhoto()) {
            return HttpResponse.ok(served.bytes())
                    .contentType(MediaType.of(served.contentType()))
                    .header(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE);
        }
        String etag = "\"" + served.sha256() + "\"";
        if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            return HttpResponse.<byte[]>notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
        }
        return HttpResponse.ok(served.bytes())
                .contentType(MediaType.of(served.contentType()))
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
    }

    /** Whether {@code If-None-Match} names the entity tag (or is {@code *}); weak tags compare by their value. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}

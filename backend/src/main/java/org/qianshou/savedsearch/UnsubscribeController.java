package org.qianshou.savedsearch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.savedsearch.SavedSearchViews.Unsubscription;

/**
 * Unsubscribing from a saved search's alerts by the token in a digest, without signing in: GET says what the link
 * stops (the SPA's confirmation page asks it), POST stops it; POST is also the RFC 8058 one-click address of the
 * digest's {@code List-Unsubscribe} header (mail clients post {@code List-Unsubscribe=One-Click}). 404 for an unknown
 * token.
 */
@Controller("/api/saved-searches/unsubscribe")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnsubscribeController {

    private final SavedSearchService service;

    UnsubscribeController(SavedSearchService service) {
        this.service = service;
    }

    @Get
    HttpResponse<Unsubscription> show(@QueryValue String token) {
        return noStore(service.unsubscription(token));
    }

    @Post
    @Consumes({
        MediaType.APPLICATION_FORM_URLENCODED,
        MediaType.MULTIPART_FORM_DATA,
        MediaType.APPLICATION_JSON,
        MediaType.TEXT_PLAIN
    })
    HttpResponse<Unsubscription> unsubscribe(@QueryValue String token) {
        return noStore(service.unsubscribe(token));
    }

    private static HttpResponse<Unsubscription> noStore(Unsubscription body) {
        return HttpResponse.ok(body).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    }
}

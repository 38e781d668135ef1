package org.qianshou.savedsearch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.savedsearch.SavedSearchViews.Request;
import org.qianshou.savedsearch.SavedSearchViews.SavedSearchView;
import org.qianshou.system.security.Actor;

/** The signed-in user's own saved searches and their alerts; another account's saved search is 404. */
@Controller("/api/me/saved-searches")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SavedSearchController {

    private final SavedSearchService service;

    SavedSearchController(SavedSearchService service) {
        this.service = service;
    }

    @Get
    List<SavedSearchView> list(Authentication authentication) {
        return service.list(Actor.of(authentication).accountId());
    }

    /** Saves a search; its parameters are checked as the kind's search checks them (400 naming the field). */
    @Post
    HttpResponse<SavedSearchView> create(Authentication authentication, @Body Request request) {
        return HttpResponse.created(service.create(Actor.of(authentication).accountId(), request));
    }

    @Put("/{id}")
    SavedSearchView update(Authentication authentication, @PathVariable long id, @Body Request request) {
        return service.update(Actor.of(authentication).accountId(), id, request);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication authentication, @PathVariable long id) {
        service.delete(Actor.of(authentication).accountId(), id);
    }
}

package org.qianshou.synonym;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Roles;

/**
 * The administrators' synonym groups of the search: {@code GET /api/admin/search/synonyms} lists the file's groups and
 * the additions, {@code POST} adds one, {@code DELETE …/{id}} removes one; audited, in effect at the next search, no
 * reindex.
 */
@Controller("/api/admin/search/synonyms")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class SynonymController {

    private final SearchSynonyms synonyms;

    SynonymController(SearchSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** The synonym groups in use: the versioned file's and the administrators' additions. */
    @Get
    SearchSynonyms.View synonyms() {
        return synonyms.view();
    }

    /** Adds a group of words that mean the same ({@code {"words": ["守护童年", "留守儿童"]}}); the next search uses it. */
    @Post
    HttpResponse<SearchSynonyms.Addition> addSynonyms(
            Authentication authentication, @Body SearchSynonyms.Request request) {
        SearchSynonyms.Addition added = synonyms.add(Actor.of(authentication), request);
        synonyms.reload();
        return HttpResponse.created(added);
    }

    /** Removes an administrators' group; the next search no longer uses it. */
    @Delete("/{id}")
    HttpResponse<Void> removeSynonyms(Authentication authentication, @PathVariable long id) {
        synonyms.remove(Actor.of(authentication), id);
        synonyms.reload();
        return HttpResponse.noContent();
    }
}

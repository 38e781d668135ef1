package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.qianshou.system.security.Actor;

/** Registering, reading, changing and submitting organisations. Object-level checks: {@link AccessPolicy}. */
@Controller("/api/organisations")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationController {

    private final OrganisationRegistration registration;
    private final OrganisationService organisations;

    OrganisationController(OrganisationRegistration registration, OrganisationService organisations) {
        this.registration = registration;
        this.organisations = organisations;
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<OrganisationDetail> create(@Body @Valid OrganisationRequest request, Authentication authentication) {
        OrganisationDetail created = registration.create(Actor.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/organisations/" + created.id()));
    }

    @Get("/mine")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<OrganisationSummary> mine(Authentication authentication) {
        return organisations.mine(Actor.of(authentication));
    }

    /** Verified: the public view for anyone; members and administrators: everything; others: 404. */
    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    OrganisationDetail get(@PathVariable long id, @Nullable Authentication authentication) {
        return organisations.view(Actor.orNull(authentication), id);
    }

    @Put("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    OrganisationDetail update(@PathVariable long id, @Body OrganisationRequest request, Authentication authentication) {
        // Validated by the service after the access check, so that outsiders learn nothing from a 400.
        return registration.update(Actor.of(authentication), id, request);
    }

    @Post("/{id}/submit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    OrganisationDetail submit(@PathVariable long id, Authentication authentication) {
        return registration.submit(Actor.of(authentication), id);
    }
}

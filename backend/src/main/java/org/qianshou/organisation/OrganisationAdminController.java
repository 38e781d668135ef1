package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.net.URI;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Roles;

/** Administrators: the verification queue and decisions, and seeding verified organisations. */
@Controller("/api/admin/organisations")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationAdminController {

    private final OrganisationVerification verification;
    private final OrganisationService organisations;

    OrganisationAdminController(OrganisationVerification verification, OrganisationService organisations) {
        this.verification = verification;
        this.organisations = organisations;
    }

    /** The queue: organisations in one status (default {@code submitted}), oldest submission first. */
    @Get
    Page<OrganisationSummary> queue(
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return verification.queue(status, page, size);
    }

    @Get("/{id}")
    OrganisationDetail get(@PathVariable long id, Authentication authentication) {
        return organisations.view(Actor.of(authentication), id);
    }

    @Post("/{id}/decision")
    OrganisationDetail decide(
            @PathVariable long id, @Body @Valid DecisionRequest request, Authentication authentication) {
        return verification.decide(Actor.of(authentication), id, request);
    }

    /**
     * Creates a verified organisation without members (imports, tests). Not in the issue-3 contract;
     * kept because the project tests and tools create organisations this way.
     */
    @Post
    HttpResponse<OrganisationDetail> create(@Body @Valid OrganisationSeed seed, Authentication authentication) {
        OrganisationDetail created = verification.createVerified(Actor.of(authentication), seed);
        return HttpResponse.created(created, URI.create("/api/admin/organisations/" + created.id()));
    }
}

package org.qianshou.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import java.net.URI;
import org.qianshou.system.security.Roles;

/** Administrator endpoints, guarded by the admin token until accounts arrive. */
@Controller("/api/admin/organisations")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationAdminController {

    private final OrganisationService organisations;

    OrganisationAdminController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Get("/{id}")
    OrganisationView get(@PathVariable long id) {
        return organisations.get(id);
    }

    @Post
    HttpResponse<OrganisationView> create(@Body @Valid OrganisationRequest request) {
        OrganisationView created = organisations.create(request);
        return HttpResponse.created(created, URI.create("/api/admin/organisations/" + created.id()));
    }
}

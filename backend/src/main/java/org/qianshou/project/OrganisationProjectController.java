package org.qianshou.project;

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
import java.util.List;
import org.qianshou.system.security.Actor;

/**
 * Projects as their organisation's staff manage them: drafts, edits, publishing and closing. Who may
 * do what to which organisation's projects is decided by {@code AccessPolicy} inside the service.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationProjectController {

    private final ProjectWorkflow projects;

    OrganisationProjectController(ProjectWorkflow projects) {
        this.projects = projects;
    }

    /** All of an organisation's projects, drafts included: for its members and administrators. */
    @Get("/organisations/{organisationId}/projects")
    List<ProjectDetail> list(Authentication authentication, @PathVariable long organisationId) {
        return projects.listForOrganisation(Actor.of(authentication), organisationId);
    }

    @Post("/organisations/{organisationId}/projects")
    HttpResponse<ProjectDetail> create(
            Authentication authentication, @PathVariable long organisationId, @Body ProjectDraft draft) {
        Actor actor = Actor.of(authentication);
        projects.requireMember(actor, organisationId); // who may, before what is wrong with the body
        return HttpResponse.created(projects.createDraft(actor, organisationId, draft));
    }

    @Put("/projects/{id}")
    ProjectDetail update(Authentication authentication, @PathVariable long id, @Body ProjectDraft draft) {
        Actor actor = Actor.of(authentication);
        projects.requireMemberOfProject(actor, id);
        return projects.updateAsMember(actor, id, draft);
    }

    /** Drafts become public; only a verified organisation may publish (403 saying why otherwise). */
    @Post("/projects/{id}/publish")
    ProjectDetail publish(Authentication authentication, @PathVariable long id) {
        return projects.publish(Actor.of(authentication), id);
    }

    @Post("/projects/{id}/close")
    ProjectDetail close(Authentication authentication, @PathVariable long id) {
        return projects.close(Actor.of(authentication), id);
    }
}

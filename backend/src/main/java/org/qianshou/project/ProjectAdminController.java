package org.qianshou.project;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import java.net.URI;
import org.qianshou.organisation.search.OrganisationReindexer;
import org.qianshou.system.security.Roles;

/** Administrator writes, guarded by the admin token until accounts arrive. */
@Controller("/api/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectAdminController {

    private final ProjectService projects;
    private final ProjectReindexer reindexer;
    private final OrganisationReindexer organisationReindexer;

    ProjectAdminController(
            ProjectService projects, ProjectReindexer reindexer, OrganisationReindexer organisationReindexer) {
        this.projects = projects;
        this.reindexer = reindexer;
        this.organisationReindexer = organisationReindexer;
    }

    /**
     * What {@code POST /api/admin/search/rebuild} did: the project index's fields as before, and the organisations
     * index beside them.
     */
    @Serdeable
    record RebuildResponse(
            String index, long documents, long databaseCount, OrganisationReindexer.Result organisations) {}

    @Post("/projects")
    HttpResponse<ProjectDetail> create(@Body @Valid ProjectRequest request) {
        ProjectDetail created = projects.create(request);
        return HttpResponse.created(created, URI.create("/api/projects/" + created.id()));
    }

    @Put("/projects/{id}")
    ProjectDetail update(@PathVariable long id, @Body @Valid ProjectRequest request) {
        return projects.update(id, request);
    }

    /** Rebuilds both search indices from PostgreSQL: projects, then verified organisations. */
    @Post("/search/rebuild")
    RebuildResponse rebuild() {
        ProjectReindexer.Result projectIndex = reindexer.rebuild();
        OrganisationReindexer.Result organisationIndex = organisationReindexer.rebuild();
        return new RebuildResponse(
                projectIndex.index(), projectIndex.documents(), projectIndex.databaseCount(), organisationIndex);
    }
}

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
import jakarta.validation.Valid;
import java.net.URI;
import org.qianshou.system.security.Roles;

/** Administrator writes, guarded by the admin token until accounts arrive. */
@Controller("/api/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectAdminController {

    private final ProjectService projects;

    ProjectAdminController(ProjectService projects) {
        this.projects = projects;
    }

    @Post("/projects")
    HttpResponse<ProjectDetail> create(@Body @Valid ProjectRequest request) {
        ProjectDetail created = projects.create(request);
        return HttpResponse.created(created, URI.create("/api/projects/" + created.id()));
    }

    @Put("/projects/{id}")
    ProjectDetail update(@PathVariable long id, @Body @Valid ProjectRequest request) {
        return projects.update(id, request);
    }
}

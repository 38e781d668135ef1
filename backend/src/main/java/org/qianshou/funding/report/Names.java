package org.qianshou.funding.report;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.project.ProjectService;

/** The names of organisations and the titles of projects that reports show, looked up through their features. */
@Singleton
class Names {

    private final OrganisationService organisations;
    private final ProjectService projects;

    Names(OrganisationService organisations, ProjectService projects) {
        this.organisations = organisations;
        this.projects = projects;
    }

    Map<Long, String> organisations(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organisations.findAll(ids).forEach((id, o) -> names.put(id, o.name()));
        return names;
    }

    Map<Long, String> projects(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        projects.owners(ids).forEach((id, p) -> titles.put(id, p.title()));
        return titles;
    }

    String organisation(long id) {
        return organisations.find(id).map(Organisation::name).orElse("");
    }
}

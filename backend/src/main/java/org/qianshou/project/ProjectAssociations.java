package org.qianshou.project;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;

/**
 * A project's regions, target groups and service categories (three join tables), and the {@link ProjectRow}s that
 * bring a project together with them and with its organisation's name and status, in a few set-based reads.
 */
@Singleton
class ProjectAssociations {

    private final ProjectRepository projects;
    private final ProjectRegionRepository regions;
    private final ProjectTargetGroupRepository groups;
    private final ProjectServiceCategoryRepository categories;
    private final OrganisationService organisations;

    ProjectAssociations(
            ProjectRepository projects,
            ProjectRegionRepository regions,
            ProjectTargetGroupRepository groups,
            ProjectServiceCategoryRepository categories,
            OrganisationService organisations) {
        this.projects = projects;
        this.regions = regions;
        this.groups = groups;
        this.categories = categories;
        this.organisations = organisations;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replace(long projectId, List<String> regionCodes, List<String> targetGroups, List<String> serviceCategories) {
        regions.deleteByProject(projectId);
        groups.deleteByProject(projectId);
        categories.deleteByProject(projectId);
        insert(List.of(projectId), List.of(regionCodes), List.of(targetGroups), List.of(serviceCategories));
    }

    /** Inserts the associations of newly inserted projects, one batch per join table. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAll(List<Long> ids, List<ProjectRequest> requests) {
        insert(
                ids,
                requests.stream().map(ProjectRequest::regionCodes).toList(),
                requests.stream().map(ProjectRequest::targetGroups).toList(),
                requests.stream().map(ProjectRequest::serviceCategories).toList());
    }

    private void insert(
            List<Long> ids,
            List<List<String>> regionCodes,
            List<List<String>> groupCodes,
            List<List<String>> categoryCodes) {
        List<ProjectRegion> r = rows(ids, regionCodes, ProjectRegion::new);
        List<ProjectTargetGroup> g = rows(ids, groupCodes, ProjectTargetGroup::new);
        List<ProjectServiceCategory> c = rows(ids, categoryCodes, ProjectServiceCategory::new);
        if (!r.isEmpty()) {
            regions.saveAll(r);
        }
        if (!g.isEmpty()) {
            groups.saveAll(g);
        }
        if (!c.isEmpty()) {
            categories.saveAll(c);
        }
    }

    /** The target groups of each given project (a project without any is left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, List<String>> targetGroups(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return group(
                groups.findByProjects(ids.stream().distinct().sorted().toList()),
                row -> row.id().projectId(),
                ProjectTargetGroup::code);
    }

    /** The rows for the given ids, in id order; ids without a project are left out. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<ProjectRow> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<ProjectEntity> found = projects.findByIdInOrderById(distinct);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> owners = organisations.findAll(
                found.stream().map(ProjectEntity::organisationId).distinct().toList());
        Map<Long, List<String>> r =
                group(regions.findByProjects(distinct), row -> row.id().projectId(), ProjectRegion::code);
        Map<Long, List<String>> g =
                group(groups.findByProjects(distinct), row -> row.id().projectId(), ProjectTargetGroup::code);
        Map<Long, List<String>> c =
                group(categories.findByProjects(distinct), row -> row.id().projectId(), ProjectServiceCategory::code);
        List<ProjectRow> result = new ArrayList<>(found.size());
        for (ProjectEntity p : found) {
            Organisation owner = owners.get(p.organisationId());
            result.add(new ProjectRow(
                    p,
                    owner == null ? null : owner.name(),
                    owner != null && owner.isVerified(),
                    r.getOrDefault(p.id(), List.of()),
                    g.getOrDefault(p.id(), List.of()),
                    c.getOrDefault(p.id(), List.of())));
        }
        return result;
    }

    private static <T> List<T> rows(List<Long> ids, List<List<String>> codes, BiFunction<Long, String, T> row) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (String code : new LinkedHashSet<>(codes.get(i))) {
                result.add(row.apply(ids.get(i), code));
            }
        }
        return result;
    }

    private static <T> Map<Long, List<String>> group(
            List<T> rows, ToLongFunction<T> projectId, Function<T, String> code) {
        Map<Long, List<String>> result = new HashMap<>();
        for (T row : rows) {
            result.computeIfAbsent(projectId.applyAsLong(row), k -> new ArrayList<>())
                    .add(code.apply(row));
        }
        return result;
    }
}

package org.qianshou.opening;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.project.ProjectService;
import org.qianshou.project.ProjectService.ProjectOwner;

/**
 * An opening's target groups and skills (two join tables) and shifts, and the {@link OpeningRow}s that bring an opening
 * together with them and with its organisation and project, in a few set-based reads.
 */
@Singleton
class OpeningRows {

    private final OpeningRepository openings;
    private final OpeningTargetGroupRepository groups;
    private final OpeningSkillRepository skills;
    private final ShiftRepository shifts;
    private final OrganisationService organisations;
    private final ProjectService projects;

    OpeningRows(
            OpeningRepository openings,
            OpeningTargetGroupRepository groups,
            OpeningSkillRepository skills,
            ShiftRepository shifts,
            OrganisationService organisations,
            ProjectService projects) {
        this.openings = openings;
        this.groups = groups;
        this.skills = skills;
        this.shifts = shifts;
        this.organisations = organisations;
        this.projects = projects;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replace(long openingId, List<String> targetGroups, List<String> skillCodes) {
        groups.deleteByOpening(openingId);
        skills.deleteByOpening(openingId);
        insert(List.of(openingId), List.of(targetGroups), List.of(skillCodes));
    }

    /** Inserts the associations of newly inserted openings, one batch per join table. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(List<Long> ids, List<List<String>> targetGroups, List<List<String>> skillCodes) {
        List<OpeningTargetGroup> g = new ArrayList<>();
        List<OpeningSkill> s = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (String code : new LinkedHashSet<>(targetGroups.get(i))) {
                g.add(new OpeningTargetGroup(ids.get(i), code));
            }
            for (String code : new LinkedHashSet<>(skillCodes.get(i))) {
                s.add(new OpeningSkill(ids.get(i), code));
            }
        }
        if (!g.isEmpty()) {
            groups.saveAll(g);
        }
        if (!s.isEmpty()) {
            skills.saveAll(s);
        }
    }

    /** The rows for the given ids, in id order; ids without an opening are left out. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<OpeningRow> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<OpeningEntity> found = openings.findByIdInOrderById(distinct);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> owners = organisations.findAll(
                found.stream().map(OpeningEntity::organisationId).distinct().toList());
        Map<Long, ProjectOwner> projectsById = projects.owners(
                found.stream().map(OpeningEntity::projectId).distinct().toList());
        Map<Long, List<String>> g = new HashMap<>();
        for (OpeningTargetGroup row : groups.findByOpenings(distinct)) {
            g.computeIfAbsent(row.id().openingId(), k -> new ArrayList<>()).add(row.code());
        }
        Map<Long, List<String>> s = new HashMap<>();
        for (OpeningSkill row : skills.findByOpenings(distinct)) {
            s.computeIfAbsent(row.id().openingId(), k -> new ArrayList<>()).add(row.code());
        }
        Map<Long, List<ShiftEntity>> sh = new HashMap<>();
        for (ShiftEntity row : shifts.findByOpenings(distinct)) {
            sh.computeIfAbsent(row.openingId(), k -> new ArrayList<>()).add(row);
        }
        List<OpeningRow> result = new ArrayList<>(found.size());
        for (OpeningEntity o : found) {
            Organisation owner = owners.get(o.organisationId());
            ProjectOwner project = projectsById.get(o.projectId());
            result.add(new OpeningRow(
                    o,
                    owner == null ? "" : owner.name(),
                    owner != null && owner.isVerified(),
                    project == null ? "" : project.title(),
                    g.getOrDefault(o.id(), List.of()),
                    s.getOrDefault(o.id(), List.of()),
                    sh.getOrDefault(o.id(), List.of())));
        }
        return result;
    }
}

package org.qianshou.story;

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

/** Loads {@link StoryRow}s in a few set-based reads, and writes a story's target groups. */
@Singleton
class StoryRows {

    private final StoryRepository stories;
    private final StoryTargetGroupRepository groups;
    private final StoryConsentRepository consents;
    private final StoryJustificationRepository justifications;
    private final OrganisationService organisations;
    private final ProjectService projects;

    StoryRows(
            StoryRepository stories,
            StoryTargetGroupRepository groups,
            StoryConsentRepository consents,
            StoryJustificationRepository justifications,
            OrganisationService organisations,
            ProjectService projects) {
        this.stories = stories;
        this.groups = groups;
        this.consents = consents;
        this.justifications = justifications;
        this.organisations = organisations;
        this.projects = projects;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replaceTargetGroups(long storyId, List<String> codes) {
        groups.deleteByStory(storyId);
        List<StoryTargetGroup> rows = new LinkedHashSet<>(codes)
                .stream().map(c -> new StoryTargetGroup(storyId, c)).toList();
        if (!rows.isEmpty()) {
            groups.saveAll(rows);
        }
    }

    /** The rows for the given ids, in id order; ids without a story are left out. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<StoryRow> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        List<StoryEntity> found = stories.findByIdInOrderById(distinct);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> owners = organisations.findAll(
                found.stream().map(StoryEntity::organisationId).distinct().toList());
        Map<Long, ProjectOwner> projectsById = projects.owners(
                found.stream().map(StoryEntity::projectId).distinct().toList());
        Map<Long, List<String>> projectGroups = projects.targetGroups(
                found.stream().map(StoryEntity::projectId).distinct().toList());
        Map<Long, List<String>> g = new HashMap<>();
        for (StoryTargetGroup row : groups.findByStories(distinct)) {
            g.computeIfAbsent(row.id().storyId(), k -> new ArrayList<>()).add(row.code());
        }
        Map<Long, List<StoryRepository.PhotoRow>> p = new HashMap<>();
        for (StoryRepository.PhotoRow row : stories.photos(distinct)) {
            p.computeIfAbsent(row.storyId(), k -> new ArrayList<>()).add(row);
        }
        List<StoryRepository.VariantRow> variants = p.isEmpty() ? List.of() : stories.variants(distinct);
        Map<Long, List<StoryConsentEntity>> c = new HashMap<>();
        for (StoryConsentEntity row : consents.findByStories(distinct)) {
            c.computeIfAbsent(row.storyId(), k -> new ArrayList<>()).add(row);
        }
        Map<Long, List<StoryJustification>> j = new HashMap<>();
        for (StoryJustification row : justifications.findByStories(distinct)) {
            j.computeIfAbsent(row.id().storyId(), k -> new ArrayList<>()).add(row);
        }
        List<StoryRow> result = new ArrayList<>(found.size());
        for (StoryEntity s : found) {
            Organisation owner = owners.get(s.organisationId());
            ProjectOwner project = projectsById.get(s.projectId());
            List<StoryRepository.PhotoRow> photos = p.getOrDefault(s.id(), List.of());
            List<Long> photoIds =
                    photos.stream().map(StoryRepository.PhotoRow::id).toList();
            result.add(new StoryRow(
                    s,
                    owner == null ? "" : owner.name(),
                    owner != null && owner.isVerified(),
                    project == null ? "" : project.title(),
                    g.getOrDefault(s.id(), List.of()),
                    projectGroups.getOrDefault(s.projectId(), List.of()),
                    photos,
                    variants.stream()
                            .filter(v -> photoIds.contains(v.photoId()))
                            .toList(),
                    c.getOrDefault(s.id(), List.of()),
                    j.getOrDefault(s.id(), List.of())));
        }
        return result;
    }
}

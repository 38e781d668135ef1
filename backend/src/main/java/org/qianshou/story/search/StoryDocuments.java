package org.qianshou.story.search;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.project.ProjectService;
import org.qianshou.project.ProjectService.ProjectOwner;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.story.StoryDocument;
import org.qianshou.story.ProtectionCheck;
import org.qianshou.story.photo.PhotoView;

/**
 * What the story index should hold for given ids: an upsert of each published story of a verified organisation, a
 * delete of every other id (a draft, a returned or unpublished story, a story whose organisation is no longer verified,
 * a deleted story), so that nothing unpublished can be found.
 */
@Singleton
class StoryDocuments {

    /** The version of a delete whose story row no longer exists: nothing comes back under that id. */
    static final long GONE = Long.MAX_VALUE;

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h2|h3|li|blockquote)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    private final StoryIndexRepository repository;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final RegionService regions;
    private final ProtectionCheck protection;

    StoryDocuments(
            StoryIndexRepository repository,
            OrganisationService organisations,
            ProjectService projects,
            RegionService regions,
            ProtectionCheck protection) {
        this.repository = repository;
        this.organisations = organisations;
        this.projects = projects;
        this.regions = regions;
        this.protection = protection;
    }

    List<IndexOperation<StoryDocument>> operations(Collection<Long> ids) {
        Map<Long, StoryDocument> found = new java.util.HashMap<>();
        documents(repository.published(ids)).forEach(d -> found.put(d.id(), d));
        Map<Long, Long> versions = repository.versions(ids);
        List<IndexOperation<StoryDocument>> operations = new ArrayList<>();
        for (long id : ids.stream().distinct().toList()) {
            StoryDocument document = found.get(id);
            operations.add(
                    document != null
                            ? IndexOperation.upsert(document)
                            : IndexOperation.delete(id, versions.getOrDefault(id, GONE)));
        }
        return operations;
    }

    /** Published stories of verified organisations: what the index holds when it is up to date. */
    long count() {
        Map<Long, Long> perOrganisation = repository.publishedPerOrganisation();
        Map<Long, Organisation> owners = organisations.findAll(perOrganisation.keySet());
        return perOrganisation.entrySet().stream()
                .filter(e ->
                        owners.containsKey(e.getKey()) && owners.get(e.getKey()).isVerified())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    List<StoryDocument> publishedAfter(long afterId, int limit) {
        return documents(repository.publishedAfter(afterId, limit));
    }

    /** Documents of the rows whose organisation is verified. */
    private List<StoryDocument> documents(List<StoryIndexRepository.StoryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> owners = organisations.findAll(rows.stream()
                .map(StoryIndexRepository.StoryRow::organisationId)
                .distinct()
                .toList());
        Map<Long, ProjectOwner> projectsById = projects.owners(rows.stream()
                .map(StoryIndexRepository.StoryRow::projectId)
                .distinct()
                .toList());
        Map<Long, List<String>> projectGroups = projects.targetGroups(rows.stream()
                .map(StoryIndexRepository.StoryRow::projectId)
                .distinct()
                .toList());
        List<StoryDocument> documents = new ArrayList<>();
        for (StoryIndexRepository.StoryRow row : rows) {
            Organisation owner = owners.get(row.organisationId());
            if (owner == null || !owner.isVerified()) {
                continue;
            }
            ProjectOwner project = projectsById.get(row.projectId());
            List<Region> path = regions.path(row.regionCode());
            documents.add(new StoryDocument(
                    row.id(),
                    row.version(),
                    row.title(),
                    row.summary(),
                    plainText(row.bodyHtml()),
                    row.organisationId(),
                    owner.name(),
                    row.projectId(),
                    projectTitle(row, project, projectGroups.getOrDefault(row.projectId(), List.of())),
                    row.regionCode(),
                    path.stream().map(Region::code).toList(),
                    path.stream().map(Region::name).toList(),
                    row.targetGroups(),
                    Stream.ofNullable(row.serviceCategory()).toList(),
                    row.programme(),
                    row.publishedAt(),
                    coverUrl(row),
                    row.demo(),
                    row.updatedAt()));
        }
        return documents;
    }

    /**
     * The project's title as the story is searched and listed with it: none in a story about a protected group (its own
     * target groups or its project's) where the title names a township or village (串九村留守儿童之家), so that the
     * village's name does not find the children's story (review s18 M3).
     */
    private String projectTitle(
            StoryIndexRepository.StoryRow row, ProjectOwner project, List<String> projectTargetGroups) {
        if (project == null) {
            return "";
        }
        boolean protectedGroup =
                ProtectionCheck.isProtected(row.targetGroups()) || ProtectionCheck.isProtected(projectTargetGroups);
        return protectedGroup && protection.namesPlace(project.title()) ? "" : project.title();
    }

    private static String coverUrl(StoryIndexRepository.StoryRow row) {
        if (row.coverPhotoId() == null) {
            return null;
        }
        String width = row.coverWidth() == null ? "original" : Integer.toString(row.coverWidth());
        return PhotoView.url(row.id(), row.coverPhotoId(), width);
    }

    /**
     * The text of the body's sanitised HTML (the contract's small set of tags): each block on its own line, tags
     * dropped, the entities the sanitiser writes turned back into characters.
     */
    static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default ->
                    e.startsWith("#x") || e.startsWith("#X")
                            ? Character.toString(Integer.parseInt(e.substring(2), 16))
                            : Character.toString(Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]*\\n[\\s]*", "\n").strip();
    }
}

package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qianshou.opening.OpeningService;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.project.ProjectService;
import org.qianshou.region.RegionService;
import org.qianshou.region.RegionView.RegionRef;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;

/**
 * Stories as they are read: the authors' and moderators' view (with consents and flags), the organisation's list, the
 * moderation queue, and the public page of a published story. Writes go through {@link StoryWorkflow} and
 * {@link StoryModeration}.
 */
@Singleton
public class Stories {

    public static final String AGGREGATE = "story";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<Integer> WIDTHS = List.of(320, 640, 1280);
    private static final int OPENINGS_SHOWN = 10;
    private static final int COUNTY_CODE_LENGTH = 6;

    private final StoryRepository repository;
    private final StoryRows rows;
    private final ProtectionCheck protection;
    private final RegionService regions;
    private final AccessPolicy access;
    private final ProjectService projects;
    private final OpeningService openings;

    Stories(
            StoryRepository repository,
            StoryRows rows,
            ProtectionCheck protection,
            RegionService regions,
            AccessPolicy access,
            ProjectService projects,
            OpeningService openings) {
        this.repository = repository;
        this.rows = rows;
        this.protection = protection;
        this.regions = regions;
        this.access = access;
        this.projects = projects;
        this.openings = openings;
    }

    /** A story for its organisation's members and administrators; anyone else gets 404. */
    @ReadOnly
    public StoryViews.Story getForAuthor(Actor actor, long id) {
        StoryRow row = row(id);
        if (!access.isMemberOrAdmin(actor, row.story().organisationId())) {
            throw new NotFoundException("resource.story", id);
        }
        return view(row);
    }

    /** A story for an administrator (the moderator sees flags and justifications). */
    @ReadOnly
    public StoryViews.Story getForAdmin(long id) {
        return view(row(id));
    }

    /** A published story of a verified organisation, for anyone; everything else answers 404. */
    @ReadOnly
    public StoryViews.PublicStory getPublic(long id) {
        StoryRow row = rows.load(List.of(id)).stream()
                .filter(r -> StoryStatus.PUBLISHED.equals(r.story().status()) && r.organisationVerified())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.story", id));
        StoryEntity s = row.story();
        // a project taken back to draft: the story still names it, without its place
        // a story about a protected group stays at county level or above (StoryRules' region-level), and so do the
        // places of its project and openings shown with it: a township or village there would show the children's
        boolean countyAtMost = row.aboutProtectedGroup();
        List<RegionRef> projectPath = projects.findPublic(s.projectId())
                .filter(p -> !p.regions().isEmpty() && p.regions().get(0).path() != null)
                .map(p -> shown(p.regions().get(0).path(), countyAtMost))
                .orElse(List.of());
        // and so do their titles: a project or opening titled by its village (串九村留守儿童之家) is shown without it
        // (the page says "the project"), the link to it stays (review s18 M3)
        String projectTitle = shownTitle(row.projectTitle(), countyAtMost);
        StoryViews.Project project = new StoryViews.Project(
                s.projectId(), projectTitle, s.organisationId(), row.organisationName(), projectPath);
        List<StoryViews.Opening> open = openings.openForProject(s.projectId(), OPENINGS_SHOWN).stream()
                .map(o -> new StoryViews.Opening(
                        o.id(),
                        shownTitle(o.title(), countyAtMost),
                        local(o.nextShiftStartsAt()),
                        shown(path(o.regionCode()), countyAtMost)))
                .toList();
        return new StoryViews.PublicStory(
                s.id(),
                s.organisationId(),
                row.organisationName(),
                s.projectId(),
                projectTitle,
                s.title(),
                s.summary(),
                s.bodyHtml(),
                StoryHtml.text(s.bodyHtml()),
                s.regionCode(),
                path(s.regionCode()),
                row.targetGroups(),
                s.serviceCategoryCode(),
                s.programmeCode(),
                s.status(),
                s.coverPhotoId(),
                photos(row),
                s.demo(),
                s.version(),
                local(s.createdAt()),
                local(s.updatedAt()),
                local(s.publishedAt()),
                project,
                open);
    }

    /** The organisation's stories in a status (all when {@code null}), most recently changed first. */
    @ReadOnly
    public List<StoryViews.Summary> listForOrganisation(
            Actor actor, long organisationId, @Nullable String status, int page, int size) {
        access.requireMemberOrAdmin(actor, organisationId);
        return summaries(repository.idsOfOrganisation(organisationId, status, size, (long) page * size));
    }

    /** The moderation queue: stories in a status, oldest submission first. */
    @ReadOnly
    public List<StoryViews.Summary> queue(String status, int page, int size) {
        return summaries(repository.idsInStatus(status, size, (long) page * size));
    }

    private List<StoryViews.Summary> summaries(List<Long> ids) {
        Map<Long, StoryRow> byId =
                rows.load(ids).stream().collect(Collectors.toMap(r -> r.story().id(), r -> r));
        return ids.stream().map(byId::get).map(this::summary).toList();
    }

    StoryRow row(long id) {
        return rows.load(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.story", id));
    }

    /** A project's or opening's title as shown with a story: none where a protected story's title names a place. */
    private @Nullable String shownTitle(String title, boolean protectedGroup) {
        return protectedGroup && protection.namesPlace(title) ? null : title;
    }

    /**
     * The protection flags of a story as stored, with its justifications: title, summary, body, then each photo's
     * caption and alternative text (fields {@code photos[i].caption}, {@code photos[i].altText}; both are public), and
     * in a story about a protected group the places its project's title names (field {@code project.title}, not
     * blocking: the public page leaves that title out).
     */
    List<StoryCheck.Flag> flags(StoryRow row) {
        StoryEntity s = row.story();
        List<StoryCheck.Flag> flags = new java.util.ArrayList<>(protection.flags(
                s.title(), s.summary(), StoryHtml.text(s.bodyHtml()), row.aboutProtectedGroup(), row::justification));
        List<StoryRepository.PhotoRow> photos = row.photos();
        for (int i = 0; i < photos.size(); i++) {
            StoryRepository.PhotoRow p = photos.get(i);
            flags.addAll(protection.flags(
                    "photos[" + i + "].caption", p.caption(), row.aboutProtectedGroup(), row::justification));
            flags.addAll(protection.flags(
                    "photos[" + i + "].altText", p.altText(), row.aboutProtectedGroup(), row::justification));
        }
        if (row.aboutProtectedGroup() && row.projectTitle() != null) {
            flags.addAll(protection.placeFlags("project.title", row.projectTitle()));
        }
        return flags;
    }

    StoryViews.Story view(StoryRow row) {
        StoryEntity s = row.story();
        return new StoryViews.Story(
                s.id(),
                s.organisationId(),
                row.organisationName(),
                s.projectId(),
                row.projectTitle(),
                s.title(),
                s.summary(),
                s.bodyHtml(),
                StoryHtml.text(s.bodyHtml()),
                s.regionCode(),
                path(s.regionCode()),
                row.targetGroups(),
                row.aboutProtectedGroup(),
                s.serviceCategoryCode(),
                s.programmeCode(),
                s.status(),
                s.statusReason(),
                s.coverPhotoId(),
                photos(row),
                row.consents().stream().map(Stories::consent).toList(),
                flags(row).stream().map(Stories::flag).toList(),
                s.demo(),
                s.version(),
                local(s.createdAt()),
                local(s.updatedAt()),
                local(s.submittedAt()),
                local(s.publishedAt()));
    }

    private StoryViews.Summary summary(StoryRow row) {
        StoryEntity s = row.story();
        int blocking =
                (int) flags(row).stream().filter(StoryCheck.Flag::blocking).count();
        return new StoryViews.Summary(
                s.id(),
                s.organisationId(),
                row.organisationName(),
                s.projectId(),
                row.projectTitle(),
                s.title(),
                s.summary(),
                s.regionCode(),
                path(s.regionCode()),
                row.targetGroups(),
                s.status(),
                s.statusReason(),
                blocking,
                s.demo(),
                s.version(),
                local(s.updatedAt()),
                local(s.submittedAt()),
                local(s.publishedAt()));
    }

    static StoryViews.Flag flag(StoryCheck.Flag f) {
        return new StoryViews.Flag(f.field(), f.kind(), f.start(), f.end(), f.text(), f.justification(), f.blocking());
    }

    static StoryViews.Consent consent(StoryConsentEntity c) {
        return new StoryViews.Consent(
                c.id(),
                c.personLabel(),
                c.minor(),
                c.givenBy(),
                c.givenByRelation(),
                c.method(),
                c.givenOn(),
                c.scopeText(),
                c.scopePhotos(),
                c.scopeNote());
    }

    private static List<StoryViews.Photo> photos(StoryRow row) {
        long storyId = row.story().id();
        return row.photos().stream()
                .map(p -> {
                    Map<String, String> urls = new LinkedHashMap<>();
                    String base = "/api/stories/" + storyId + "/photos/" + p.id() + "/";
                    for (StoryRepository.VariantRow v : row.variants()) {
                        if (v.photoId() == p.id()) {
                            urls.put(String.valueOf(v.width()), base + v.width());
                        }
                    }
                    urls.put("original", base + "original");
                    return new StoryViews.Photo(
                            p.id(),
                            p.width(),
                            p.height(),
                            p.altText(),
                            p.caption(),
                            p.showsPeople(),
                            p.noIdentifiableFace(),
                            p.position(),
                            urls);
                })
                .toList();
    }

    /** The path as shown with a story: cut below the county when {@code countyAtMost}. */
    static List<RegionRef> shown(List<RegionRef> path, boolean countyAtMost) {
        if (!countyAtMost) {
            return path;
        }
        return path.stream()
                .filter(r -> r.code().length() <= COUNTY_CODE_LENGTH)
                .toList();
    }

    List<RegionRef> path(String code) {
        return regions.find(code).isEmpty()
                ? List.of()
                : regions.path(code).stream()
                        .map(r -> new RegionRef(r.code(), r.name()))
                        .toList();
    }

    static @Nullable OffsetDateTime local(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}

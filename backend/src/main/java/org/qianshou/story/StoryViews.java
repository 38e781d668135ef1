package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.qianshou.region.RegionView.RegionRef;

/** The JSON of stories (contract "Story JSON"). */
public final class StoryViews {

    private StoryViews() {}

    /** A story as its authors and the moderators see it: everything, with consents and the protection flags. */
    @Serdeable
    public record Story(
            long id,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            String title,
            String summary,
            String bodyHtml,
            String bodyText,
            String regionCode,
            List<RegionRef> regionPath,
            List<String> targetGroups,
            boolean aboutProtectedGroup,
            @Nullable String serviceCategory,
            @Nullable String programme,
            String status,
            @Nullable String statusReason,
            @Nullable Long coverPhotoId,
            List<Photo> photos,
            List<Consent> consents,
            List<Flag> flags,
            boolean demo,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Nullable OffsetDateTime submittedAt,
            @Nullable OffsetDateTime publishedAt) {}

    /**
     * A published story as the public sees it: no consents, flags or reasons; with its project and the project's
     * published openings that have a shift ahead.
     */
    @Serdeable
    public record PublicStory(
            long id,
            long organisationId,
            String organisationName,
            long projectId,
            @Nullable String projectTitle,
            String title,
            String summary,
            String bodyHtml,
            String bodyText,
            String regionCode,
            List<RegionRef> regionPath,
            List<String> targetGroups,
            @Nullable String serviceCategory,
            @Nullable String programme,
            String status,
            @Nullable Long coverPhotoId,
            List<Photo> photos,
            boolean demo,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Nullable OffsetDateTime publishedAt,
            Project project,
            List<Opening> openings) {}

    /**
     * The story's project on its public page; {@code title} is {@code null} where a story about a protected group would
     * show a place through it (the page then says "the project").
     */
    @Serdeable
    public record Project(
            long id,
            @Nullable String title,
            long organisationId,
            String organisationName,
            List<RegionRef> regionPath) {}

    /** An opening of the story's project ("volunteer here"); no {@code title} where it would show a place, as above. */
    @Serdeable
    public record Opening(
            long id, @Nullable String title, OffsetDateTime nextShiftStartsAt, List<RegionRef> regionPath) {}

    /** A story in a list (the organisation's stories, the moderation queue). */
    @Serdeable
    public record Summary(
            long id,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            String title,
            String summary,
            String regionCode,
            List<RegionRef> regionPath,
            List<String> targetGroups,
            String status,
            @Nullable String statusReason,
            int blockingFlags,
            boolean demo,
            long version,
            OffsetDateTime updatedAt,
            @Nullable OffsetDateTime submittedAt,
            @Nullable OffsetDateTime publishedAt) {}

    /**
     * A photo (pho's PhotoJSON): {@code urls} maps each served width to its address; the original's cleaned copy is at
     * {@code …/original}.
     */
    @Serdeable
    public record Photo(
            long id,
            int width,
            int height,
            String altText,
            String caption,
            boolean showsPeople,
            boolean noIdentifiableFace,
            int position,
            Map<String, String> urls) {}

    /** A consent record (never public). */
    @Serdeable
    public record Consent(
            long id,
            String personLabel,
            boolean minor,
            String givenBy,
            @Nullable String givenByRelation,
            String method,
            LocalDate givenOn,
            boolean scopeText,
            boolean scopePhotos,
            String scopeNote) {}

    /**
     * A protection flag: {@code start}/{@code end} are UTF-16 offsets into {@code bodyText} (field {@code body}) or into
     * the title or summary; numbers are masked in {@code text}.
     */
    @Serdeable
    public record Flag(
            String field,
            String kind,
            int start,
            int end,
            String text,
            @Nullable String justification,
            boolean blocking) {}
}

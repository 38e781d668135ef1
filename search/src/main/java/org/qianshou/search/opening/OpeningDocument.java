package org.qianshou.search.opening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.Lists;
import org.qianshou.search.Regions;
import org.qianshou.search.text.ZhFields;

/**
 * A volunteer opening as the search index holds it: a derived copy of the PostgreSQL rows (the opening, its join
 * tables and its shifts).
 *
 * @param regionAncestors the opening's region and all its ancestors (the region filter and facet use it)
 * @param regionNames names of those regions, so a keyword such as 昭通 or 镇雄 matches
 * @param regionPath the names from the province down, joined by {@code " › "}
 * @param serviceCategories the opening's one service category (a list, so the filters every kind shares apply)
 * @param status {@code published} only while the opening is published and its organisation verified; public queries
 *     ask for it
 * @param shifts every shift, cancelled ones included
 * @param freePlaces free places of the open shifts that had not started when the document was written (a search
 *     recomputes it at its own time from {@code shifts})
 * @param lastEndsAt when the last open shift ends ({@code null} without one): a published opening is found until then
 * @param version the newest change of the opening or its shifts (microseconds), the external version of every write
 * @param publishedAt when the opening was published ({@code null} for a draft never published): what a saved search's
 *     digest calls new
 */
@JsonIgnoreProperties(
        value = {ZhFields.OBJECT, Regions.LEVELS},
        allowGetters = true)
public record OpeningDocument(
        long id,
        long version,
        String title,
        String description,
        long organisationId,
        String organisationName,
        long projectId,
        String projectTitle,
        String regionCode,
        List<String> regionAncestors,
        List<String> regionNames,
        String regionPath,
        List<String> targetGroups,
        List<String> serviceCategories,
        List<String> skills,
        boolean adultsOnly,
        String screening,
        Instant signupDeadline,
        String status,
        boolean demo,
        List<Shift> shifts,
        int freePlaces,
        boolean hasFreePlaces,
        Instant lastEndsAt,
        Instant updatedAt,
        Instant publishedAt)
        implements IndexedDocument {

    public OpeningDocument {
        regionAncestors = Lists.copy(regionAncestors);
        regionNames = Lists.copy(regionNames);
        targetGroups = Lists.copy(targetGroups);
        serviceCategories = Lists.copy(serviceCategories);
        skills = Lists.copy(skills);
        shifts = Lists.copy(shifts);
    }

    /** {@code regionAncestors} by level, the region facet's fields ({@link Regions#byLevel}): written to the index, never read back. */
    @JsonProperty(Regions.LEVELS)
    public Map<String, List<String>> regionLevels() {
        return Regions.byLevel(regionAncestors);
    }

    /** The text as Chinese search needs it (see {@link ZhFields}): written to the index, never read back. */
    @JsonProperty(ZhFields.OBJECT)
    public Map<String, Object> zh() {
        return ZhFields.builder()
                .text("title", title)
                .text("description", description)
                .text("organisationName", organisationName)
                .texts("regionNames", regionNames)
                .pinyin(java.util.Arrays.asList(title, organisationName))
                .places(regionNames)
                .suggest("published".equals(status) ? title : null, regionNames)
                .build();
    }

    /** A shift (a nested document): {@code free} = capacity − confirmed, 0 for a cancelled shift. */
    public record Shift(
            long id, Instant startsAt, Instant endsAt, int capacity, int confirmed, int free, String status) {

        public static final String OPEN = "open";

        public boolean open() {
            return OPEN.equals(status);
        }
    }

    /** Free places of the open shifts that start after {@code now}. */
    public int freePlacesAt(Instant now) {
        return shifts.stream()
                .filter(s -> s.open() && s.startsAt().isAfter(now))
                .mapToInt(Shift::free)
                .sum();
    }
}

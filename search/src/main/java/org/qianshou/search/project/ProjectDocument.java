package org.qianshou.search.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.Lists;
import org.qianshou.search.Regions;
import org.qianshou.search.text.ZhFields;

/**
 * A project as the search index holds it: a derived copy of the PostgreSQL rows.
 *
 * @param regionCodes the project's own regions
 * @param regionAncestors every code of {@code regionCodes} plus all their ancestors, deduplicated (the region
 *     filter and the region facet use it)
 * @param regionNames names of those regions and ancestors, so a keyword such as 昭通 or 镇雄 matches
 * @param version the project row's version, used as the external version of every write
 * @param publishedAt when the project was first made public ({@code null} for a draft never published): what a saved
 *     search's digest calls new
 */
@JsonIgnoreProperties(
        value = {ZhFields.OBJECT, Regions.LEVELS},
        allowGetters = true)
public record ProjectDocument(
        long id,
        long version,
        String title,
        String description,
        long organisationId,
        String organisationName,
        List<String> regionCodes,
        List<String> regionAncestors,
        List<String> regionNames,
        List<String> targetGroups,
        List<String> serviceCategories,
        String programme,
        String fundingType,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        long budgetFen,
        boolean demo,
        Instant updatedAt,
        Instant publishedAt)
        implements IndexedDocument {

    public ProjectDocument {
        regionCodes = Lists.copy(regionCodes);
        regionAncestors = Lists.copy(regionAncestors);
        regionNames = Lists.copy(regionNames);
        targetGroups = Lists.copy(targetGroups);
        serviceCategories = Lists.copy(serviceCategories);
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
}

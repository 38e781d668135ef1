package org.qianshou.search.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.Lists;

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
}

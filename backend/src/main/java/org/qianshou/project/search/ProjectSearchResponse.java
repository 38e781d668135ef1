package org.qianshou.project.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.qianshou.region.RegionView.RegionRef;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.RegionCount;

/**
 * One page of search results with facet counts.
 *
 * @param loose whether these are close matches, shown because the keywords as typed found nothing ("没有完全匹配的结果，以下是相近的结果")
 */
@Serdeable
public record ProjectSearchResponse(long total, int page, int size, List<Hit> items, Facets facets, boolean loose) {

    /** A result: the project's summary and the highlighted parts (matches between U+E000 and U+E001). */
    @Serdeable
    public record Hit(
            long id,
            String title,
            String summary,
            String organisationName,
            List<RegionRef> regions,
            List<String> targetGroups,
            List<String> serviceCategories,
            String programme,
            String status,
            long budgetFen,
            LocalDate startDate,
            LocalDate endDate,
            boolean demo,
            Highlights highlights) {}

    @Serdeable
    public record Highlights(@Nullable String title, List<String> description) {}

    /**
     * Counts per value. {@code regions}: the children of the selected region (or the prefectures),
     * with the other filters applied; {@code targetGroups}/{@code categories}: every filter except their own.
     */
    @Serdeable
    public record Facets(List<RegionCount> regions, List<CodeCount> targetGroups, List<CodeCount> categories) {}
}

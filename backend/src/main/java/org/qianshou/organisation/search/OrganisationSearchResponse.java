package org.qianshou.organisation.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.qianshou.region.RegionView.RegionRef;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.RegionCount;

/**
 * One page of verified organisations with facet counts.
 *
 * @param loose whether these are close matches, shown because the keywords as typed found nothing ("没有完全匹配的结果，以下是相近的结果")
 */
@Serdeable
public record OrganisationSearchResponse(
        long total, int page, int size, List<Hit> items, Facets facets, boolean loose) {

    /** An organisation found: public facts only, and the highlighted parts (matches between U+E000 and U+E001). */
    @Serdeable
    public record Hit(
            long id,
            String name,
            String kind,
            String subtype,
            @Nullable RegionRef registeredRegion,
            List<RegionRef> serviceRegions,
            List<String> targetGroups,
            List<String> serviceCategories,
            Highlight highlight) {}

    /** {@code name}: the whole name with marks, or null when it did not match; {@code description}: fragments. */
    @Serdeable
    public record Highlight(@Nullable String name, List<String> description) {}

    /**
     * Counts per value. {@code regions}: the children of the selected region (or the prefectures), with the other
     * filters applied; {@code kinds}/{@code targetGroups}/{@code categories}: every filter except their own.
     */
    @Serdeable
    public record Facets(
            List<RegionCount> regions,
            List<CodeCount> kinds,
            List<CodeCount> targetGroups,
            List<CodeCount> categories) {}
}

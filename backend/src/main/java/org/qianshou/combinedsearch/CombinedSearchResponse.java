package org.qianshou.combinedsearch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.RegionCount;

/**
 * One page of the combined search.
 *
 * @param total how many hits there are: of the chosen kind, or of every kind
 * @param loose whether the hits are close matches because nothing matched exactly
 * @param kinds every kind with how many of it match the shared filters (the chosen kind: with its own filters too),
 *     each equal to the total of the kind's own search for the same filters
 * @param hits the page: of the chosen kind in its own order, or of every kind blended (the first of each kind, then
 *     the second of each, …)
 */
@Serdeable
public record CombinedSearchResponse(
        long total, boolean loose, int page, int size, List<KindCount> kinds, Facets facets, List<FoundItem> hits) {

    @Serdeable
    public record KindCount(String kind, long count) {}

    /**
     * {@code region} (the children of the selected region, or the prefectures) and {@code targetGroup} count the hits
     * of the kinds searched, each with every filter but its own; the other facets are the chosen kind's own, as its
     * own search counts them, and {@code null} when another kind or none is chosen.
     */
    @Serdeable
    public record Facets(
            List<RegionCount> region,
            List<CodeCount> targetGroup,
            @Nullable List<CodeCount> category,
            @Nullable List<CodeCount> skill,
            @Nullable List<CodeCount> fundingType,
            @Nullable List<CodeCount> programme,
            @Nullable List<CodeCount> organisationKind) {}
}

package org.qianshou.search;

import java.util.List;

/**
 * One page of hits with disjunctive facets.
 *
 * @param total exact number of matching projects
 * @param regionFacets children of the selected region (the prefectures without one), with every other filter
 *     applied
 * @param targetGroupFacets counted with every filter except the target groups
 * @param categoryFacets counted with every filter except the categories
 */
public record ProjectSearchResult(
        long total,
        int page,
        int size,
        List<ProjectHit> hits,
        List<FacetCount> regionFacets,
        List<FacetCount> targetGroupFacets,
        List<FacetCount> categoryFacets) {}

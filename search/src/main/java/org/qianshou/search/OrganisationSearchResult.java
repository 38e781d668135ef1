package org.qianshou.search;

import java.util.List;

/**
 * One page of organisations with disjunctive facets.
 *
 * @param total exact number of matching organisations
 * @param regionFacets children of the selected region (the prefectures without one), with every other filter
 *     applied
 * @param kindFacets counted with every filter except the kinds
 * @param targetGroupFacets counted with every filter except the target groups
 * @param categoryFacets counted with every filter except the categories
 */
public record OrganisationSearchResult(
        long total,
        int page,
        int size,
        List<OrganisationHit> hits,
        List<FacetCount> regionFacets,
        List<FacetCount> kindFacets,
        List<FacetCount> targetGroupFacets,
        List<FacetCount> categoryFacets) {}

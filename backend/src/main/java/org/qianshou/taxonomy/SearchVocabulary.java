package org.qianshou.taxonomy;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.region.RegionView.RegionRef;
import org.qianshou.search.FacetCount;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.RegionCount;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * Regions and taxonomy terms as every public search uses them: known codes as filters ({@code region},
 * {@code targetGroup}, {@code category}), and facets that list every region below the selected one and every term,
 * with their counts.
 */
@Singleton
public class SearchVocabulary {

    private final RegionService regions;
    private final TaxonomyService taxonomies;

    SearchVocabulary(RegionService regions, TaxonomyService taxonomies) {
        this.regions = regions;
        this.taxonomies = taxonomies;
    }

    /**
     * The shared parameters checked: {@code region} against the known regions, each target group and category against
     * the vocabulary (an unknown one is a violation of {@code targetGroup} or {@code category}). A kind checks its own
     * filters on the result, then calls {@link SearchParameters#validate()}.
     */
    public SearchParameters parameters(SearchInput input) {
        return parameters(input, SearchParameters.MAX_WINDOW);
    }

    /** As {@link #parameters(SearchInput)}, paging through at most {@code window} hits. */
    public SearchParameters parameters(SearchInput input, int window) {
        var p = new SearchParameters(input.q(), input.region(), regions::exists, input.page(), input.size(), window);
        return p.withCodes(
                p.codes(
                        input.targetGroup(),
                        "targetGroup",
                        "field.target-group.unknown",
                        c -> taxonomies.exists(Kind.TARGET_GROUP, c)),
                p.codes(
                        input.category(),
                        "category",
                        "field.category.unknown",
                        c -> taxonomies.exists(Kind.SERVICE_CATEGORY, c)));
    }

    /** The checked service categories of a kind's own {@code category} parameter (each unknown one a violation). */
    public List<String> categories(SearchParameters p, @Nullable List<String> raw) {
        return p.codes(raw, "category", "field.category.unknown", c -> taxonomies.exists(Kind.SERVICE_CATEGORY, c));
    }

    /** The children of the selected region (the prefectures without one), each with its count. */
    public List<RegionCount> regionFacet(@Nullable String regionCode, List<FacetCount> facet) {
        return SearchParameters.regionCounts(
                regions.children(regionCode == null ? RegionService.ROOT : regionCode),
                Region::code,
                Region::name,
                facet);
    }

    public List<CodeCount> targetGroupFacet(List<FacetCount> facet) {
        return SearchParameters.codeCounts(codes(Kind.TARGET_GROUP), facet);
    }

    public List<CodeCount> categoryFacet(List<FacetCount> facet) {
        return SearchParameters.codeCounts(codes(Kind.SERVICE_CATEGORY), facet);
    }

    /** A region with its name, for a hit (its code as name when unknown). */
    public RegionRef regionRef(String code) {
        return new RegionRef(code, regions.find(code).map(Region::name).orElse(code));
    }

    /** The region from the province down, as a hit of the combined search shows it (empty when unknown). */
    public List<FoundItem.Place> path(@Nullable String code) {
        if (code == null || !regions.exists(code)) {
            return List.of();
        }
        return regions.path(code).stream()
                .map(r -> new FoundItem.Place(r.code(), r.name()))
                .toList();
    }

    /** The codes of a vocabulary, in its order. */
    public List<String> codes(Kind kind) {
        return taxonomies.terms(kind).stream().map(Term::code).toList();
    }
}

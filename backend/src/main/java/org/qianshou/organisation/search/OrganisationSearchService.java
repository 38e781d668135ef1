package org.qianshou.organisation.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qianshou.organisation.Organisation;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.region.RegionView.RegionRef;
import org.qianshou.search.FacetCount;
import org.qianshou.search.OrganisationDocument;
import org.qianshou.search.OrganisationHit;
import org.qianshou.search.OrganisationQuery;
import org.qianshou.search.OrganisationSearch;
import org.qianshou.search.OrganisationSearchResult;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;
import org.qianshou.taxonomy.Term;

/** Validates a public search of verified organisations, runs it on the index and shapes the answer. */
@Singleton
public class OrganisationSearchService {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_LENGTH = 100;

    /** The kinds in the order the facet lists them. */
    static final List<String> KINDS = Organisation.KINDS.stream().sorted().toList();

    private final OrganisationSearch search;
    private final RegionService regions;
    private final TaxonomyService taxonomies;

    OrganisationSearchService(OrganisationSearch search, RegionService regions, TaxonomyService taxonomies) {
        this.search = search;
        this.regions = regions;
        this.taxonomies = taxonomies;
    }

    public OrganisationSearchResponse search(
            @Nullable String q,
            @Nullable String region,
            @Nullable List<String> kinds,
            @Nullable List<String> targetGroups,
            @Nullable List<String> categories,
            @Nullable Integer page,
            @Nullable Integer size) {
        List<Violation> violations = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            violations.add(new Violation("q", "field.q.too-long", MAX_QUERY_LENGTH));
        }
        String regionCode = region == null || region.isBlank() ? null : region.strip();
        if (regionCode != null && !regions.exists(regionCode)) {
            violations.add(new Violation("region", "field.region.unknown", regionCode));
        }
        List<String> kindCodes = codes(kinds);
        kindCodes.stream()
                .filter(c -> !Organisation.KINDS.contains(c))
                .forEach(c -> violations.add(new Violation("kind", "field.organisation-kind.unknown", c)));
        List<String> groups = codes(targetGroups);
        groups.stream()
                .filter(c -> !taxonomies.exists(Kind.TARGET_GROUP, c))
                .forEach(c -> violations.add(new Violation("targetGroup", "field.target-group.unknown", c)));
        List<String> cats = codes(categories);
        cats.stream()
                .filter(c -> !taxonomies.exists(Kind.SERVICE_CATEGORY, c))
                .forEach(c -> violations.add(new Violation("category", "field.category.unknown", c)));
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add(new Violation("size", "field.size.range", MAX_SIZE));
            pageSize = DEFAULT_SIZE;
        }
        int maxPage = MAX_WINDOW / pageSize - 1;
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0 || pageNumber > maxPage) {
            violations.add(new Violation("page", "field.page.range", maxPage));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        OrganisationSearchResult result =
                search.search(new OrganisationQuery(text, regionCode, kindCodes, groups, cats, pageNumber, pageSize));
        List<OrganisationSearchResponse.Hit> items =
                result.hits().stream().map(this::hit).toList();
        return new OrganisationSearchResponse(result.total(), pageNumber, pageSize, items, facets(regionCode, result));
    }

    private OrganisationSearchResponse.Facets facets(@Nullable String regionCode, OrganisationSearchResult result) {
        Map<String, Long> regionCounts = counts(result.regionFacets());
        List<OrganisationSearchResponse.RegionCount> regionFacet =
                regions.children(regionCode == null ? RegionService.ROOT : regionCode).stream()
                        .map(r -> new OrganisationSearchResponse.RegionCount(
                                r.code(), r.name(), regionCounts.getOrDefault(r.code(), 0L)))
                        .toList();
        Map<String, Long> kindCounts = counts(result.kindFacets());
        List<OrganisationSearchResponse.CodeCount> kindFacet = KINDS.stream()
                .map(code -> new OrganisationSearchResponse.CodeCount(code, kindCounts.getOrDefault(code, 0L)))
                .toList();
        return new OrganisationSearchResponse.Facets(
                regionFacet,
                kindFacet,
                termCounts(Kind.TARGET_GROUP, result.targetGroupFacets()),
                termCounts(Kind.SERVICE_CATEGORY, result.categoryFacets()));
    }

    private List<OrganisationSearchResponse.CodeCount> termCounts(Kind kind, List<FacetCount> facet) {
        Map<String, Long> counts = counts(facet);
        return taxonomies.terms(kind).stream()
                .map(Term::code)
                .map(code -> new OrganisationSearchResponse.CodeCount(code, counts.getOrDefault(code, 0L)))
                .toList();
    }

    private static Map<String, Long> counts(List<FacetCount> facet) {
        return facet.stream().collect(Collectors.toMap(FacetCount::key, FacetCount::count, Long::sum));
    }

    private OrganisationSearchResponse.Hit hit(OrganisationHit hit) {
        OrganisationDocument d = hit.document();
        return new OrganisationSearchResponse.Hit(
                d.id(),
                d.name(),
                d.kind(),
                d.subtype(),
                d.registeredRegionCode() == null ? null : region(d.registeredRegionCode()),
                d.serviceRegionCodes().stream().map(this::region).toList(),
                d.targetGroups(),
                d.serviceCategories(),
                new OrganisationSearchResponse.Highlight(
                        hit.nameHighlight(),
                        hit.descriptionHighlights() == null ? List.of() : hit.descriptionHighlights()));
    }

    private RegionRef region(String code) {
        return new RegionRef(code, regions.find(code).map(Region::name).orElse(code));
    }

    private static List<String> codes(@Nullable List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
    }
}

package org.qianshou.project;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.region.RegionView.RegionRef;
import org.qianshou.search.FacetCount;
import org.qianshou.search.ProjectDocument;
import org.qianshou.search.ProjectQuery;
import org.qianshou.search.ProjectSearch;
import org.qianshou.search.ProjectSearchResult;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;
import org.qianshou.taxonomy.Term;

/** Validates a public search, runs it on the index and shapes the answer. */
@Singleton
public class ProjectSearchService {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_LENGTH = 100;
    private static final int SUMMARY_LENGTH = 120;

    private final ProjectSearch search;
    private final RegionService regions;
    private final TaxonomyService taxonomies;

    ProjectSearchService(ProjectSearch search, RegionService regions, TaxonomyService taxonomies) {
        this.search = search;
        this.regions = regions;
        this.taxonomies = taxonomies;
    }

    public ProjectSearchResponse search(
            @Nullable String q,
            @Nullable String region,
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

        ProjectSearchResult result = search.search(
                new ProjectQuery(text, regionCode, groups, cats, ProjectStatus.PUBLIC, pageNumber, pageSize));
        List<ProjectSearchResponse.Hit> items = result.hits().stream()
                .map(hit -> hit(hit.document(), hit.titleHighlight(), hit.descriptionHighlights()))
                .toList();
        return new ProjectSearchResponse(result.total(), pageNumber, pageSize, items, facets(regionCode, result));
    }

    private ProjectSearchResponse.Facets facets(@Nullable String regionCode, ProjectSearchResult result) {
        Map<String, Long> regionCounts = counts(result.regionFacets());
        List<ProjectSearchResponse.RegionCount> regionFacet =
                regions.children(regionCode == null ? RegionService.ROOT : regionCode).stream()
                        .map(r -> new ProjectSearchResponse.RegionCount(
                                r.code(), r.name(), regionCounts.getOrDefault(r.code(), 0L)))
                        .toList();
        return new ProjectSearchResponse.Facets(
                regionFacet,
                termCounts(Kind.TARGET_GROUP, result.targetGroupFacets()),
                termCounts(Kind.SERVICE_CATEGORY, result.categoryFacets()));
    }

    private List<ProjectSearchResponse.CodeCount> termCounts(Kind kind, List<FacetCount> facet) {
        Map<String, Long> counts = counts(facet);
        return taxonomies.terms(kind).stream()
                .map(Term::code)
                .map(code -> new ProjectSearchResponse.CodeCount(code, counts.getOrDefault(code, 0L)))
                .toList();
    }

    private static Map<String, Long> counts(List<FacetCount> facet) {
        return facet.stream().collect(Collectors.toMap(FacetCount::key, FacetCount::count, Long::sum));
    }

    private ProjectSearchResponse.Hit hit(
            ProjectDocument d, @Nullable String titleHighlight, List<String> descriptionHighlights) {
        List<RegionRef> regionRefs = d.regionCodes().stream()
                .map(code -> regions.find(code)
                        .map(Region::name)
                        .map(name -> new RegionRef(code, name))
                        .orElse(new RegionRef(code, code)))
                .toList();
        return new ProjectSearchResponse.Hit(
                d.id(),
                d.title(),
                summary(d.description()),
                d.organisationName(),
                regionRefs,
                d.targetGroups(),
                d.serviceCategories(),
                d.programme(),
                d.status(),
                d.budgetFen(),
                d.startDate(),
                d.endDate(),
                d.demo(),
                new ProjectSearchResponse.Highlights(
                        titleHighlight, descriptionHighlights == null ? List.of() : descriptionHighlights));
    }

    static String summary(String description) {
        String flat = description.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= SUMMARY_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }

    private static List<String> codes(@Nullable List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
    }
}

package org.qianshou.combinedsearch;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qianshou.search.FacetCount;
import org.qianshou.search.Filters;
import org.qianshou.search.Searcher;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.CombinedPart;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;

/**
 * One search over every kind ({@code GET /api/search}): projects, volunteer openings, funding calls, organisations and
 * stories.
 *
 * <p>How the kinds are combined: one {@code _msearch} request holding one search per kind, each the very request the
 * kind's own endpoint sends (built by the kind's own {@code KindQueries} from the same checked filters), each on its
 * own index. So every kind keeps its own rules — statuses and visibility, its meaning of a region (a call is found from
 * below and from above its region), openings' condition on one shift, its order — and the count of each kind is the
 * total its own search answers, by construction. One request over the five indices with each kind's query as a clause
 * was the other choice: it would page natively, but it must take the kinds' requests apart (query, post filter,
 * facets without each selection) and rebuild them, and one sort and one score cannot serve kinds ordered by different
 * things (calls by state and close time, stories by publication without keywords), whose scores are not comparable
 * anyway (term statistics are per index).
 *
 * <p>The hits: with one kind chosen, a page of that kind in its own order. With every kind, the kinds' orders blended
 * by rank — the first of each kind (in the order project, opening, call, organisation, story), then the second of
 * each, and so on, a kind that runs out leaving its place to the others — which is reciprocal-rank fusion of lists
 * that share no document. Page {@code p} needs at most {@code (p + 1) × size} hits of each kind, so this search pages
 * through the first {@value #BLENDED_WINDOW} hits (a kind's own search: 10,000).
 *
 * <p>Facets: the kinds' documents are disjoint, so the region and target-group counts of every kind are the sums of
 * each kind's own facet counts (each counted by its own search with every filter but its own).
 */
@Singleton
public class CombinedSearchService {

    /**
     * How many blended hits may be paged through: ten pages of 20. Page {@code p} fetches {@code (p + 1) × size} hits
     * of each kind, so this bounds one anonymous request to 5 × 200 hits.
     */
    public static final int BLENDED_WINDOW = 200;

    private final List<CombinedSearchKind> kinds;
    private final SearchVocabulary vocabulary;

    CombinedSearchService(List<CombinedSearchKind> kinds, SearchVocabulary vocabulary) {
        this.kinds = kinds.stream()
                .sorted(io.micronaut.core.order.OrderUtil.COMPARATOR)
                .toList();
        this.vocabulary = vocabulary;
    }

    /** The kinds' names, in their order. */
    public List<String> kinds() {
        return kinds.stream().map(CombinedSearchKind::kind).toList();
    }

    public CombinedSearchResponse search(CombinedSearchInput input) {
        return search(input, Instant.now());
    }

    CombinedSearchResponse search(CombinedSearchInput input, Instant now) {
        String chosen = input.kind() == null || input.kind().isBlank()
                ? null
                : input.kind().strip();
        SearchParameters p = vocabulary.parameters(
                new SearchInput(input.q(), input.region(), input.targetGroup(), null, input.page(), input.size()),
                chosen == null ? BLENDED_WINDOW : SearchParameters.MAX_WINDOW);
        if (chosen != null && !kinds().contains(chosen)) {
            p.add(new Violation("kind", "field.search.kind.unknown", chosen, String.join(", ", kinds())));
            chosen = null;
        }
        checkOwnParameters(p, input, chosen);
        List<CombinedPart<?>> parts = new ArrayList<>();
        for (CombinedSearchKind kind : kinds) {
            boolean isChosen = kind.kind().equals(chosen);
            Map<String, List<String>> own = isChosen ? input.own() : Map.of();
            if (chosen == null) {
                // Blended: the first (page + 1) × size of each kind's own order.
                parts.add(kind.prepare(p, own, now, 0, (p.page() + 1) * p.size()));
            } else {
                parts.add(kind.prepare(p, own, now, isChosen ? p.page() : 0, isChosen ? p.size() : 0));
            }
        }
        p.validate();

        Searcher.searchTogether(
                parts.stream().<Searcher.Pending<?>>map(CombinedPart::pending).toList());

        List<CombinedPart<?>> searched = chosen == null
                ? parts
                : parts.stream()
                        .filter(part -> part.kind().equals(input.kind().strip()))
                        .toList();
        long total = searched.stream().mapToLong(CombinedPart::total).sum();
        List<FoundItem> hits = chosen == null
                ? blend(parts, p.page(), p.size())
                : searched.get(0).items();
        Map<String, List<CodeCount>> own =
                chosen == null ? Map.of() : searched.get(0).ownFacets();
        CombinedSearchResponse.Facets facets = new CombinedSearchResponse.Facets(
                vocabulary.regionFacet(p.regionCode(), sum(searched, Filters.REGION_FACET)),
                vocabulary.targetGroupFacet(sum(searched, Filters.TARGET_GROUP_FACET)),
                own.get("category"),
                own.get("skill"),
                own.get("fundingType"),
                own.get("programme"),
                own.get("organisationKind"));
        return new CombinedSearchResponse(
                total,
                false,
                p.page(),
                p.size(),
                parts.stream()
                        .map(part -> new CombinedSearchResponse.KindCount(part.kind(), part.total()))
                        .toList(),
                facets,
                hits);
    }

    /** A kind's own parameter needs that kind chosen; any other is a violation naming it. */
    private void checkOwnParameters(SearchParameters p, CombinedSearchInput input, String chosen) {
        List<String> allowed = kinds.stream()
                .filter(k -> k.kind().equals(chosen))
                .findFirst()
                .map(CombinedSearchKind::ownParameters)
                .orElse(List.of());
        input.own().forEach((name, values) -> {
            if (values != null && !values.isEmpty() && !allowed.contains(name)) {
                List<String> of = kinds.stream()
                        .filter(k -> k.ownParameters().contains(name))
                        .map(CombinedSearchKind::kind)
                        .toList();
                p.add(new Violation(name, "field.search.kind-parameter", name, String.join(", ", of)));
            }
        });
    }

    /** The kinds' hits by rank: the first of each kind in the kinds' order, then the second of each, … */
    static List<FoundItem> blend(List<CombinedPart<?>> parts, int page, int size) {
        List<List<FoundItem>> lists = parts.stream().map(CombinedPart::items).toList();
        List<FoundItem> blended = new ArrayList<>();
        int end = (page + 1) * size;
        for (int rank = 0; blended.size() < end; rank++) {
            boolean any = false;
            for (List<FoundItem> list : lists) {
                if (rank < list.size() && blended.size() < end) {
                    blended.add(list.get(rank));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return blended.subList(Math.min(page * size, blended.size()), blended.size());
    }

    private static List<FacetCount> sum(List<CombinedPart<?>> parts, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        parts.forEach(part -> part.facet(facet).forEach(c -> counts.merge(c.key(), c.count(), Long::sum)));
        return counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .toList();
    }
}

package org.qianshou.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facets the kind's queries asked for.
 *
 * @param total exact number of matching documents
 * @param facets aggregation name → counts; how each facet is filtered is the kind's queries' business
 * @param loose whether these are the looser match's results, the strict one having found nothing (see {@link
 *     QueryParts#loosely}); the answer then says "showing close matches"
 */
public record SearchResult<D>(long total, List<Hit<D>> hits, Map<String, List<FacetCount>> facets, boolean loose) {

    public SearchResult {
        hits = Lists.copy(hits);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }

    /** A strict match's results. */
    public SearchResult(long total, List<Hit<D>> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, false);
    }

    /** The counts of one facet; empty when the request did not ask for it (e.g. regions below a village). */
    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}

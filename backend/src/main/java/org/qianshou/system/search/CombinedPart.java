package org.qianshou.system.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.qianshou.search.FacetCount;
import org.qianshou.search.Hit;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;

/**
 * One kind's part of a combined search: the kind's own request (built by its own {@code KindQueries}, as its endpoint
 * sends it), how its hits read as {@link FoundItem}s and its own facets. Its answers are there once {@link
 * Searcher#searchTogether} has run the {@link #pending()} search.
 *
 * @param <D> the kind's document
 */
public final class CombinedPart<D extends IndexedDocument> {

    private final String kind;
    private final Searcher.Pending<D> pending;
    private final Function<Hit<D>, FoundItem> item;
    private final Function<SearchResult<D>, Map<String, List<CodeCount>>> ownFacets;

    /**
     * @param ownFacets the kind's own facets by parameter name (e.g. {@code category}), from its answer
     */
    public CombinedPart(
            String kind,
            Searcher.Pending<D> pending,
            Function<Hit<D>, FoundItem> item,
            Function<SearchResult<D>, Map<String, List<CodeCount>>> ownFacets) {
        this.kind = kind;
        this.pending = pending;
        this.item = item;
        this.ownFacets = ownFacets;
    }

    public String kind() {
        return kind;
    }

    public Searcher.Pending<D> pending() {
        return pending;
    }

    /** How many of the kind match: what the kind's own search answers as its total. */
    public long total() {
        return pending.result().total();
    }

    public List<FacetCount> facet(String name) {
        return pending.result().facet(name);
    }

    public List<FoundItem> items() {
        return pending.result().hits().stream().map(item).toList();
    }

    public Map<String, List<CodeCount>> ownFacets() {
        return ownFacets.apply(pending.result());
    }
}

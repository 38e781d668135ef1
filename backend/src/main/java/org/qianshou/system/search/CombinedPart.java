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
    private final java.util.function.Supplier<java.util.Optional<Searcher.Pending<D>>> loosePending;
    private Searcher.Pending<D> pending;
    private final Function<Hit<D>, FoundItem> item;
    private final Function<SearchResult<D>, Map<String, List<CodeCount>>> ownFacets;

    /**
     * @param ownFacets the kind's own facets by parameter name (e.g. {@code category}), from its answer
     */
    public CombinedPart(
            String kind,
            Searcher.Pending<D> pending,
            java.util.function.Supplier<java.util.Optional<Searcher.Pending<D>>> loosePending,
            Function<Hit<D>, FoundItem> item,
            Function<SearchResult<D>, Map<String, List<CodeCount>>> ownFacets) {
        this.kind = kind;
        this.pending = pending;
        this.loosePending = loosePending;
        this.item = item;
        this.ownFacets = ownFacets;
    }

    /**
     * The part of a kind whose own endpoint runs {@code query} with {@code search}: its strict request and, to take its
     * place when that finds nothing, its looser one.
     *
     * @param size hits per page (0: only the total and the facets)
     */
    public static <D extends IndexedDocument, Q> CombinedPart<D> of(
            String kind,
            Searcher<D, Q> search,
            Q query,
            int size,
            Function<Hit<D>, FoundItem> item,
            Function<SearchResult<D>, Map<String, List<CodeCount>>> ownFacets) {
        return new CombinedPart<>(
                kind, search.prepare(query, size == 0), () -> search.prepareLoose(query, size == 0), item, ownFacets);
    }

    public String kind() {
        return kind;
    }

    public Searcher.Pending<D> pending() {
        return pending;
    }

    /**
     * Puts the kind's looser search (as its own endpoint runs it when the strict one finds nothing) in place of the
     * strict one, to be run again; false when the kind has none (no keywords).
     */
    public boolean loosen() {
        java.util.Optional<Searcher.Pending<D>> loose = loosePending.get();
        loose.ifPresent(p -> pending = p);
        return loose.isPresent();
    }

    /** Whether the kind's hits are close matches (its strict search found nothing, its looser one did). */
    public boolean loose() {
        return pending.result().loose() && pending.result().total() > 0;
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

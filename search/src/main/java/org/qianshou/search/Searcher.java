package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a kind's queries on its index and reads the answer the same way for every kind: the exact total, the hits
 * with their highlights, and every facet the request asked for. When the keywords find nothing, runs the looser match
 * once ({@link KindQueries#looseRequest}) and answers with its results, marked {@link SearchResult#loose()}.
 * Thread-safe.
 *
 * @param <D> the document type
 * @param <Q> the kind's query record
 */
public final class Searcher<D extends IndexedDocument, Q> {
    private final ElasticsearchClient client;
    private final SearchIndex<D> index;
    private final KindQueries<Q> queries;

    public Searcher(SearchIndex<D> index, KindQueries<Q> queries) {
        this.client = index.client();
        this.index = index;
        this.queries = queries;
    }

    /** A searcher with the queries of the index's kind. */
    public static <D extends IndexedDocument, Q> Searcher<D, Q> of(SearchIndex<D> index, IndexKind<D, Q> kind) {
        return new Searcher<>(index, kind.queries());
    }

    /**
     * @throws IllegalArgumentException for a query the kind refuses (a page beyond the first 10,000 hits, a malformed
     *     region code)
     * @throws SearchUnavailableException when Elasticsearch cannot be reached or the index is missing
     */
    public SearchResult<D> search(Q query) {
        String alias = index.alias();
        SearchResult<D> strict = run(alias, queries.request(alias, query), false);
        if (strict.total() > 0) {
            return strict;
        }
        return queries.looseRequest(alias, query)
                .map(request -> run(alias, request, true))
                .filter(loose -> loose.total() > 0)
                .orElse(strict);
    }

    private SearchResult<D> run(String alias, SearchRequest request, boolean loose) {
        SearchResponse<D> response;
        try {
            response = Elastic.call(
                    "search " + alias, () -> client.search(request, index.kind().documentClass()));
        } catch (ElasticsearchException e) {
            if (Elastic.isIndexNotFound(e)) {
                throw new SearchUnavailableException("search index " + alias + " is missing; rebuild it", e);
            }
            throw e;
        }
        long total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        List<Hit<D>> hits = response.hits().hits().stream()
                .map(h -> new Hit<>(h.source(), marks(h.highlight())))
                .toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        response.aggregations().forEach((name, aggregate) -> facets.put(name, facet(aggregate)));
        return new SearchResult<>(total, hits, facets, loose);
    }

    private static Map<String, List<String>> marks(Map<String, List<String>> highlight) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        highlight.forEach((field, fragments) -> result.put(
                field, fragments.stream().map(QueryParts::joinAdjacentMarks).toList()));
        return result;
    }

    private static List<FacetCount> facet(Aggregate facet) {
        return facet.filter().aggregations().get(QueryParts.FACET_TERMS).sterms().buckets().array().stream()
                .map(b -> new FacetCount(b.key().stringValue(), b.docCount()))
                .toList();
    }
}

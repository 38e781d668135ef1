package org.qianshou.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;

/**
 * A kind's queries: builds the search request for one of its query records. The {@link Searcher} runs it and reads
 * hits, total, facets and highlights the same way for every kind; the facets a request asks for are read back by
 * their aggregation names (see {@link QueryParts#facet}).
 *
 * @param <Q> the kind's query record
 */
@FunctionalInterface
public interface KindQueries<Q> {

    /**
     * @throws IllegalArgumentException for a query the index cannot answer (a page beyond the first 10,000 hits, a
     *     malformed region code)
     */
    SearchRequest request(String alias, Q query);

    /**
     * The same request in loose mode, for when the strict one finds nothing: its keywords match two thirds of their
     * character pairs ({@link QueryParts#loosely}). Empty when the query has no keywords.
     */
    default java.util.Optional<SearchRequest> looseRequest(String alias, Q query) {
        return QueryParts.loosely(() -> request(alias, query));
    }
}

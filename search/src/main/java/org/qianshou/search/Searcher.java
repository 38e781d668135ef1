package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import java.io.StringReader;
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
    /** The date field of every kind's documents that says when the item was first made public. */
    public static final String PUBLISHED_AT = "publishedAt";

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
        SearchResult<D> strict = run(alias, strictRequest(query), false);
        if (strict.total() > 0) {
            return strict;
        }
        return looseRequest(query)
                .map(request -> run(alias, request, true))
                .filter(loose -> loose.total() > 0)
                .orElse(strict);
    }

    /**
     * The body {@link #search} sends to Elasticsearch first for {@code query} (the strict request, on {@link
     * #alias()}), as JSON: what a benchmark sends to Elasticsearch directly to compare like with like.
     *
     * @throws IllegalArgumentException for a query the kind refuses
     */
    public String requestJson(Q query) {
        return JsonpUtils.toJsonString(queries.request(index.alias(), query), client._jsonpMapper());
    }

    /** The alias this searcher's requests name. */
    public String alias() {
        return index.alias();
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
        SearchResult<D> result = result(response, index.kind().documentClass());
        return loose ? new SearchResult<>(result.total(), result.hits(), result.facets(), true) : result;
    }

    /**
     * A search of this kind prepared to run beside other kinds' in one {@code _msearch} ({@link #searchTogether}):
     * the request is the one {@link #search} would send.
     *
     * @param countOnly only the total and the facets, no hits
     * @throws IllegalArgumentException for a query the kind refuses
     */
    public Pending<D> prepare(Q query, boolean countOnly) {
        return new Pending<>(index, strictRequest(query), countOnly, false);
    }

    /** The kind's request, built for the fields of the index behind the alias ({@link QueryParts#forIndexFields}). */
    private SearchRequest strictRequest(Q query) {
        return QueryParts.forIndexFields(index.liveFields(), () -> queries.request(index.alias(), query));
    }

    private java.util.Optional<SearchRequest> looseRequest(Q query) {
        return QueryParts.forIndexFields(index.liveFields(), () -> queries.looseRequest(index.alias(), query));
    }

    /**
     * The kind's looser search for the same query ({@link KindQueries#looseRequest}), prepared as {@link #prepare}:
     * what {@link #search} runs when the strict one finds nothing; its result is marked loose. Empty without keywords.
     */
    public java.util.Optional<Pending<D>> prepareLoose(Q query, boolean countOnly) {
        return looseRequest(query).map(r -> new Pending<>(index, r, countOnly, true));
    }

    /** A prepared search; its {@link #result()} is there once {@link #searchTogether} has run it. */
    public static final class Pending<D extends IndexedDocument> {
        private final SearchIndex<D> index;
        private final SearchRequest request;
        private final boolean countOnly;
        private final boolean loose;
        private SearchResult<D> result;

        private Pending(SearchIndex<D> index, SearchRequest request, boolean countOnly, boolean loose) {
            this.index = index;
            this.request = request;
            this.countOnly = countOnly;
            this.loose = loose;
        }

        /** The alias it searches. */
        public String alias() {
            return index.alias();
        }

        /** The request's body as sent, JSON (for tools that evaluate the search, such as {@code _rank_eval}). */
        public String body() {
            return JsonpUtils.toJsonString(request, index.client()._jsonpMapper());
        }

        /** @throws IllegalStateException before {@link #searchTogether} ran it */
        public SearchResult<D> result() {
            if (result == null) {
                throw new IllegalStateException("search of " + index.alias() + " has not run");
            }
            return result;
        }

        /** The request as an {@code _msearch} line pair: the same body, without hits when only counting. */
        private RequestItem item(JsonpMapper mapper) {
            String body = JsonpUtils.toJsonString(request, mapper);
            return RequestItem.of(i -> i.header(h -> h.index(index.alias())).body(b -> {
                b.withJson(new StringReader(body));
                if (countOnly) {
                    b.size(0).from(0).highlight((co.elastic.clients.elasticsearch.core.search.Highlight) null);
                }
                return b;
            }));
        }

        private void read(MultiSearchResponseItem<JsonData> item, JsonpMapper mapper) {
            if (item.isFailure()) {
                ElasticsearchException e = new ElasticsearchException("msearch " + index.alias(), item.failure());
                if (Elastic.isIndexNotFound(e)) {
                    throw new SearchUnavailableException(
                            "search index " + index.alias() + " is missing; rebuild it", e);
                }
                if (e.status() >= 500) {
                    throw new SearchUnavailableException(
                            "Elasticsearch is unavailable (msearch): " + e.getMessage(), e);
                }
                throw e;
            }
            Class<D> documentClass = index.kind().documentClass();
            SearchResult<D> read =
                    Searcher.<JsonData, D>read(item.result(), source -> source.to(documentClass, mapper));
            result = loose ? new SearchResult<>(read.total(), read.hits(), read.facets(), true) : read;
        }
    }

    /**
     * Runs searches of several kinds in one {@code _msearch} request, each with its own body on its own index, and
     * gives each {@link Pending} its result, read as {@link #search} reads one.
     *
     * @throws SearchUnavailableException when Elasticsearch cannot be reached or an index is missing
     */
    public static void searchTogether(List<Pending<?>> searches) {
        if (searches.isEmpty()) {
            return;
        }
        ElasticsearchClient client = searches.get(0).index.client();
        JsonpMapper mapper = client._jsonpMapper();
        MsearchRequest request = MsearchRequest.of(
                m -> m.searches(searches.stream().map(s -> s.item(mapper)).toList()));
        MsearchResponse<JsonData> response = Elastic.call("msearch", () -> client.msearch(request, JsonData.class));
        for (int i = 0; i < searches.size(); i++) {
            searches.get(i).read(response.responses().get(i), mapper);
        }
    }

    private static <D extends IndexedDocument> SearchResult<D> result(ResponseBody<D> response, Class<D> type) {
        return read(response, type::cast);
    }

    /** Total, hits with their marks, and the facets of an answer, whatever the shape its sources come in. */
    private static <S, D extends IndexedDocument> SearchResult<D> read(
            ResponseBody<S> response, java.util.function.Function<S, D> document) {
        long total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        List<Hit<D>> hits = response.hits().hits().stream()
                .map(h -> new Hit<>(document.apply(h.source()), marks(h.highlight())))
                .toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        response.aggregations().forEach((name, aggregate) -> facets.put(name, facet(aggregate)));
        return new SearchResult<>(total, hits, facets);
    }

    /**
     * The documents the kind's search for {@code query} finds (its statuses, visibility, region meaning and filters,
     * facet selections included) that were first made public after {@code since} (field {@value #PUBLISHED_AT}),
     * leaving out {@code seen} ids; the earliest published first, at most {@code limit}. What a saved search's digest
     * lists.
     *
     * @throws IllegalArgumentException for a query the kind refuses
     * @throws SearchUnavailableException when Elasticsearch cannot be reached or the index is missing
     */
    public List<D> publishedSince(Q query, java.time.Instant since, java.util.Collection<Long> seen, int limit) {
        String alias = index.alias();
        SearchRequest kinds = strictRequest(query);
        List<String> seenIds = seen.stream().map(String::valueOf).toList();
        SearchRequest request = SearchRequest.of(s -> s.index(alias)
                .query(q -> q.bool(b -> {
                    if (kinds.query() != null) {
                        b.must(kinds.query());
                    }
                    if (kinds.postFilter() != null) {
                        b.filter(kinds.postFilter());
                    }
                    b.filter(f -> f.range(r -> r.date(d -> d.field(PUBLISHED_AT).gt(since.toString()))));
                    if (!seenIds.isEmpty()) {
                        b.mustNot(n -> n.ids(i -> i.values(seenIds)));
                    }
                    return b;
                }))
                .size(limit)
                .source(QueryParts.withoutZh())
                .trackTotalHits(t -> t.enabled(false))
                .sort(o -> o.field(
                        f -> f.field(PUBLISHED_AT).order(co.elastic.clients.elasticsearch._types.SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("id").order(co.elastic.clients.elasticsearch._types.SortOrder.Asc))));
        SearchResponse<D> response;
        try {
            response = Elastic.call(
                    "search new in " + alias,
                    () -> client.search(request, index.kind().documentClass()));
        } catch (ElasticsearchException e) {
            if (Elastic.isIndexNotFound(e)) {
                throw new SearchUnavailableException("search index " + alias + " is missing; rebuild it", e);
            }
            throw e;
        }
        return response.hits().hits().stream().map(h -> h.source()).toList();
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

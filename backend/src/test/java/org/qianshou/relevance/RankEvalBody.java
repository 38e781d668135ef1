package org.qianshou.relevance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The body of an Elasticsearch {@code _rank_eval} request for judged queries: one rated request per query, its
 * {@code request} the search body the application sends for it, its {@code ratings} every document judged above 0,
 * and the metric ({@link #dcg} for nDCG@k, {@link #recall} for recall@k, as {@link RankEvalMetrics} computes them).
 */
final class RankEvalBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One judged document: the concrete index it is in (not the alias: hits name their index), its id, its grade. */
    record Rating(String index, String id, int rating) {}

    /** One judged query: its id in the set, the search body the application sends, the documents judged above 0. */
    record Rated(String id, String searchBody, List<Rating> ratings) {}

    private RankEvalBody() {}

    /** {@code dcg} with {@code normalize: true}: nDCG@k. */
    static ObjectNode dcg(int k) {
        ObjectNode metric = JSON.createObjectNode();
        metric.putObject("dcg").put("k", k).put("normalize", true);
        return metric;
    }

    /** {@code recall} with {@code relevant_rating_threshold}: recall@k. */
    static ObjectNode recall(int k, int threshold) {
        ObjectNode metric = JSON.createObjectNode();
        metric.putObject("recall").put("k", k).put("relevant_rating_threshold", threshold);
        return metric;
    }

    static String of(List<Rated> queries, ObjectNode metric) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (Rated query : queries) {
            ObjectNode request = requests.addObject();
            request.put("id", query.id());
            request.set("request", searchSource(query.searchBody()));
            ArrayNode ratings = request.putArray("ratings");
            for (Rating rating : query.ratings()) {
                ratings.addObject()
                        .put("_index", rating.index())
                        .put("_id", rating.id())
                        .put("rating", rating.rating());
            }
        }
        body.set("metric", metric);
        return body.toString();
    }

    /**
     * The search body as a rated request takes it: the query, post filter and order as sent; without what
     * {@code _rank_eval} refuses or sets itself (aggregations, highlight, the page: the metric's {@code k} is the size).
     */
    static ObjectNode searchSource(String searchBody) {
        try {
            ObjectNode source = (ObjectNode) JSON.readTree(searchBody);
            source.remove(List.of("aggregations", "aggs", "highlight", "from", "size", "track_total_hits"));
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

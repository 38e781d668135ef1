package org.qianshou.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.RankEvalResponse;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Elasticsearch's {@code _rank_eval}, on a node that has the {@code rank-eval} module. */
final class RankEvalApi {

    private final ElasticsearchClient client;

    RankEvalApi(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Why the node cannot evaluate, or empty when it can: a {@code _rank_eval} of one query rating one document on
     * {@code alias} must answer. A node without the module answers 405 (or 400, no handler).
     */
    Optional<String> unavailable(String alias) {
        String probe = RankEvalBody.of(
                List.of(new RankEvalBody.Rated(
                        "probe",
                        "{\"query\":{\"match_all\":{}}}",
                        List.of(new RankEvalBody.Rating(concreteIndex(alias), "0", 1)))),
                RankEvalBody.dcg(1));
        try {
            evaluate(alias, probe);
            return Optional.empty();
        } catch (RuntimeException | IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Each rated request's {@code metric_score} by its id. */
    Map<String, Double> scores(String alias, String body) throws IOException {
        Map<String, Double> scores = new LinkedHashMap<>();
        evaluate(alias, body).details().forEach((id, detail) -> scores.put(id, detail.metricScore()));
        return scores;
    }

    /** The index behind the alias: the hits, and so the ratings, name it. */
    String concreteIndex(String alias) {
        try {
            return client.indices()
                    .getAlias(a -> a.name(alias))
                    .result()
                    .keySet()
                    .iterator()
                    .next();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private RankEvalResponse evaluate(String alias, String body) throws IOException {
        return client.rankEval(r -> r.index(alias).withJson(new StringReader(body)));
    }
}

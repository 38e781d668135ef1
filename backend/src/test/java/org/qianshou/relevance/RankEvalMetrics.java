package org.qianshou.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * nDCG@k and recall@k as Elasticsearch's {@code _rank_eval} API defines them ({@code dcg} with {@code normalize: true},
 * {@code recall} with {@code relevant_rating_threshold}), computed from a query's ranked hits and its judgements, for
 * a node without the {@code rank-eval} module. A hit without a judgement counts as rating 0 (rank_eval's
 * {@code unknown_doc_rating} unset).
 */
final class RankEvalMetrics {

    private RankEvalMetrics() {}

    /**
     * Discounted cumulative gain of the first {@code k} hits, normalised by the ideal order of every judged document:
     * DCG = Σ_{i=1..k} (2^rel_i − 1) / log2(i + 1), nDCG = DCG / IDCG; 0 when no document is judged above 0.
     *
     * @param hitRatings the ratings of the hits in their order, {@code null} for an unjudged hit
     * @param judged the ratings of every judged document of the query
     */
    static double ndcg(List<Integer> hitRatings, List<Integer> judged, int k) {
        double dcg = dcg(hitRatings, k);
        List<Integer> ideal = new ArrayList<>(judged);
        ideal.sort(Comparator.reverseOrder());
        double idcg = dcg(ideal, k);
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double dcg(List<Integer> ratings, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, ratings.size()); i++) {
            Integer rating = ratings.get(i);
            if (rating != null) {
                sum += (Math.pow(2, rating) - 1) / (Math.log(i + 2) / Math.log(2));
            }
        }
        return sum;
    }

    /**
     * The share of the relevant documents (rating ≥ {@code threshold}) found among the first {@code k} hits; 0 when no
     * document is relevant.
     */
    static double recall(List<Integer> hitRatings, List<Integer> judged, int k, int threshold) {
        long relevant = judged.stream().filter(r -> r >= threshold).count();
        if (relevant == 0) {
            return 0;
        }
        long found = hitRatings.stream()
                .limit(k)
                .filter(r -> r != null && r >= threshold)
                .count();
        return (double) found / relevant;
    }
}

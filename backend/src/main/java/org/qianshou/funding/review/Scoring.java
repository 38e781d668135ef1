package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.qianshou.funding.call.CallCriterion;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.review.ReviewViews.ScoreView;

/** A review's weighted score: Σ weight × score / 100 over the call's criteria (weights in percent, sum 100). */
final class Scoring {

    private Scoring() {}

    /** The weighted score of scores by criterion id, or {@code null} unless every criterion is scored. */
    static @Nullable BigDecimal weighted(CallFacts call, Map<Long, Integer> scoreByCriterion) {
        long sum = 0;
        for (CallCriterion c : call.criteria()) {
            Integer score = scoreByCriterion.get(c.id());
            if (score == null) {
                return null;
            }
            sum += (long) c.weight() * score;
        }
        return call.criteria().isEmpty() ? null : BigDecimal.valueOf(sum).movePointLeft(2);
    }

    static @Nullable BigDecimal weighted(CallFacts call, Collection<ScoreView> scores) {
        Map<Long, Integer> byCriterion = new HashMap<>();
        scores.forEach(s -> byCriterion.put(s.criterionId(), s.score()));
        return weighted(call, byCriterion);
    }
}

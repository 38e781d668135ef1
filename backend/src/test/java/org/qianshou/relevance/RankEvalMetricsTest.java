package org.qianshou.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metrics against the worked examples of Elasticsearch's own tests of {@code _rank_eval} (8.x). */
class RankEvalMetricsTest {

    @Test
    void dcgOfSixRatedHitsIsElasticsearchsWorkedExample() {
        // DiscountedCumulativeGainTests.testDCGAt: ratings 3, 2, 3, 0, 1, 2
        // DCG = 7/1 + 3/log2(3) + 7/2 + 0/log2(5) + 1/log2(6) + 3/log2(7) = 13.84826362927298
        List<Integer> hits = List.of(3, 2, 3, 0, 1, 2);
        assertThat(RankEvalMetrics.dcg(hits, 10)).isCloseTo(13.84826362927298, within(1e-9));
        // ideal order 3, 3, 2, 2, 1, 0: IDCG = 14.595390756454922
        assertThat(RankEvalMetrics.ndcg(hits, hits, 10))
                .isCloseTo(13.84826362927298 / 14.595390756454922, within(1e-9));
    }

    @Test
    void unratedHitsCountAsZeroAndTheIdealUsesTheJudgedDocuments() {
        // testDCGAtSixMissingRatings: the 4th and 6th hits are not judged; DCG = 12.779642067948913
        List<Integer> hits = Arrays.asList(3, 2, 3, null, 1, null);
        assertThat(RankEvalMetrics.dcg(hits, 10)).isCloseTo(12.779642067948913, within(1e-9));
        // ideal from the four judged documents 3, 3, 2, 1: IDCG = 13.347184833073591
        assertThat(RankEvalMetrics.ndcg(hits, List.of(3, 2, 3, 1), 10))
                .isCloseTo(12.779642067948913 / 13.347184833073591, within(1e-9));
    }

    @Test
    void onlyTheFirstKHitsCount() {
        List<Integer> hits = List.of(0, 0, 3);
        assertThat(RankEvalMetrics.ndcg(hits, List.of(3), 2)).isZero();
        // the only relevant document third: 7 / log2(4) over 7 / log2(2)
        assertThat(RankEvalMetrics.ndcg(hits, List.of(3), 3)).isCloseTo(0.5, within(1e-12));
        assertThat(RankEvalMetrics.ndcg(List.of(), List.of(), 10)).isZero();
    }

    @Test
    void recallIsTheShareOfRelevantDocumentsFoundInTheFirstK() {
        // RecallAtKTests: relevant means rating >= relevant_rating_threshold
        List<Integer> hits = Arrays.asList(1, 0, null, 2, 1);
        List<Integer> judged = List.of(1, 0, 2, 1, 3, 1, 2, 0);
        assertThat(RankEvalMetrics.recall(hits, judged, 20, 1)).isCloseTo(3.0 / 6, within(1e-12));
        assertThat(RankEvalMetrics.recall(hits, judged, 20, 2)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(RankEvalMetrics.recall(hits, judged, 1, 1)).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(RankEvalMetrics.recall(hits, List.of(0, 0), 20, 1)).isZero();
    }
}

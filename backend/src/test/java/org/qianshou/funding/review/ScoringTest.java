package org.qianshou.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qianshou.funding.call.CallCriterion;
import org.qianshou.funding.call.CallFacts;

class ScoringTest {

    @Test
    void aWeightedScoreIsTheSumOfWeightTimesScoreOverAHundredWithTwoExactDecimals() {
        CallFacts call = call(criterion(1, 50), criterion(2, 30), criterion(3, 20));
        assertThat(Scoring.weighted(call, Map.of(1L, 8, 2L, 6, 3L, 5))).isEqualByComparingTo("6.80");
        assertThat(Scoring.weighted(call, Map.of(1L, 6, 2L, 9, 3L, 10))).isEqualByComparingTo("7.70");
        assertThat(Scoring.weighted(call, Map.of(1L, 10, 2L, 10, 3L, 10))).isEqualByComparingTo("10");
        assertThat(Scoring.weighted(call, Map.of(1L, 8, 2L, 6)))
                .as("a criterion unscored")
                .isNull();
    }

    @Test
    void onlyWholeNumbersAreScores() {
        assertThat(ReviewerDesk.wholeScore(new BigDecimal("7"))).contains(7);
        assertThat(ReviewerDesk.wholeScore(new BigDecimal("7.0"))).contains(7);
        assertThat(ReviewerDesk.wholeScore(new BigDecimal("-1"))).contains(-1);
        assertThat(ReviewerDesk.wholeScore(new BigDecimal("7.5"))).isEmpty();
        assertThat(ReviewerDesk.wholeScore(new BigDecimal("0.001"))).isEmpty();
        assertThat(ReviewerDesk.wholeScore(new BigDecimal("1E+12"))).isEmpty();
        assertThat(ReviewerDesk.wholeScore(null)).isEmpty();
    }

    @Test
    void timesAreWrittenInShanghaiAndScoresWithTwoDecimals() {
        assertThat(ReviewTimes.at(Instant.parse("2026-05-02T01:00:00Z"))).hasToString("2026-05-02T09:00+08:00");
        assertThat(ReviewTimes.score(new BigDecimal("7.245"))).isEqualByComparingTo("7.25");
        assertThat(ReviewTimes.score(new BigDecimal("7.244999"))).hasToString("7.24");
        assertThat(ReviewTimes.score(null)).isNull();
    }

    private static CallCriterion criterion(long id, int weight) {
        return new CallCriterion(id, (int) id, "标准" + id, "", weight);
    }

    private static CallFacts call(CallCriterion... criteria) {
        return new CallFacts(
                1,
                2,
                "基金会",
                "征集",
                "government-purchase",
                null,
                50_000_000,
                0,
                15_000_000,
                1000,
                "5306",
                "either",
                0,
                List.of(),
                List.of(),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"),
                false,
                null,
                false,
                0,
                10,
                3,
                "published",
                List.of(),
                List.of(),
                List.of(criteria));
    }
}

package org.qianshou.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code _rank_eval} request built from judged queries, in the shape of Elasticsearch's API (8.x). */
class RankEvalBodyTest {

    private static final String SEARCH = "{\"query\":{\"bool\":{\"must\":[{\"multi_match\":{\"query\":\"留守儿童\"}}]}},"
            + "\"post_filter\":{\"terms\":{\"targetGroups\":[\"left-behind-children\"]}},"
            + "\"aggregations\":{\"regions\":{\"filter\":{\"match_all\":{}}}},"
            + "\"highlight\":{\"fields\":{\"title\":{}}},\"from\":20,\"size\":20,\"track_total_hits\":true,"
            + "\"sort\":[{\"_score\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"desc\"}}]}";

    @Test
    void oneRatedRequestPerQueryWithItsRatingsAndTheMetric() throws Exception {
        String body = RankEvalBody.of(
                List.of(
                        new RankEvalBody.Rated(
                                "q01",
                                SEARCH,
                                List.of(
                                        new RankEvalBody.Rating("qs-projects-v4-1", "17", 3),
                                        new RankEvalBody.Rating("qs-projects-v4-1", "18", 1))),
                        new RankEvalBody.Rated("q02", "{\"query\":{\"match_all\":{}}}", List.of())),
                RankEvalBody.dcg(10));
        JsonNode json = new ObjectMapper().readTree(body);

        assertThat(json.at("/requests")).hasSize(2);
        JsonNode first = json.at("/requests/0");
        assertThat(first.at("/id").asText()).isEqualTo("q01");
        assertThat(first.at("/ratings/0/_index").asText()).isEqualTo("qs-projects-v4-1");
        assertThat(first.at("/ratings/0/_id").asText()).isEqualTo("17");
        assertThat(first.at("/ratings/0/rating").asInt()).isEqualTo(3);
        assertThat(first.at("/ratings/1/rating").asInt()).isEqualTo(1);
        // the search as sent: query, post filter and order; not what _rank_eval refuses (aggregations, highlight)
        // or sets itself (the page: k is the size)
        JsonNode request = first.at("/request");
        assertThat(request.at("/query/bool/must/0/multi_match/query").asText()).isEqualTo("留守儿童");
        assertThat(request.at("/post_filter/terms/targetGroups/0").asText()).isEqualTo("left-behind-children");
        assertThat(request.at("/sort/1/id/order").asText()).isEqualTo("desc");
        assertThat(request.has("aggregations")).isFalse();
        assertThat(request.has("highlight")).isFalse();
        assertThat(request.has("from")).isFalse();
        assertThat(request.has("size")).isFalse();
        assertThat(json.at("/requests/1/ratings")).isEmpty();

        assertThat(json.at("/metric/dcg/k").asInt()).isEqualTo(10);
        assertThat(json.at("/metric/dcg/normalize").asBoolean()).isTrue();
    }

    @Test
    void recallCountsGradesFromTheThreshold() throws Exception {
        JsonNode json = new ObjectMapper().readTree(RankEvalBody.of(List.of(), RankEvalBody.recall(20, 1)));
        assertThat(json.at("/metric/recall/k").asInt()).isEqualTo(20);
        assertThat(json.at("/metric/recall/relevant_rating_threshold").asInt()).isEqualTo(1);
        assertThat(json.at("/requests")).isEmpty();
    }
}

package org.qianshou.search.call;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallQueriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static JsonNode json(CallQuery query) throws Exception {
        var request = CallQueries.request("qs-calls", query);
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    }

    @Test
    void theRegionMatchesBothWaysInThePostFilter() throws Exception {
        JsonNode body = json(new CallQuery(null, "530627", List.of(), List.of(), List.of(), false, NOW, 0, 20));
        // the region holds for the hits and every facet alike, so it restricts the query rather than the post filter
        String filters = body.at("/query/function_score/query/bool/filter").toString();
        assertThat(filters).contains("regionAncestors", "530627", "regionCode", "\"53\"", "\"5306\"");
        assertThat(body.at("/post_filter").toString()).doesNotContain("regionAncestors");
        assertThat(filters).contains("published", "closed");
    }

    @Test
    void closingSoonIsARangeAtTheMomentOfTheSearchAndTheOrderIsComputedFromTheTimes() throws Exception {
        JsonNode body = json(new CallQuery(null, null, List.of(), List.of(), List.of(), true, NOW, 0, 20));
        String filters = body.at("/query/function_score/query/bool/filter").toString();
        assertThat(filters).contains("opensAt", "closesAt", NOW.toString(), "2026-12-15T02:00:00Z");
        JsonNode rank = body.at("/query/function_score");
        assertThat(rank.at("/functions").toString()).contains("opensAt", "closesAt", NOW.toString());
        assertThat(rank.at("/boost_mode").asText()).isEqualTo("replace");
        assertThat(body.at("/sort").toString()).contains("_score", "closesAt").doesNotContain("_script");
        assertThat(body.at("/aggregations").has(CallQueries.FUNDING_TYPE_FACET)).isTrue();
        assertThat(body.at("/aggregations").has(CallQueries.PROGRAMME_FACET)).isTrue();
    }
}

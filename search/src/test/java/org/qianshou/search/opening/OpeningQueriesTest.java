package org.qianshou.search.opening;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.search.Filters;

class OpeningQueriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static JsonNode json(OpeningQuery query) throws Exception {
        var request = OpeningQueries.request("qs-openings", query);
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    }

    private static Filters all() {
        return new Filters(null, null, null, null, 0, 20);
    }

    @Test
    void statusesAndOpeningsWhoseLastShiftHasNotEndedRestrictHitsAndFacets() throws Exception {
        JsonNode body = json(new OpeningQuery(all(), List.of("published"), List.of(), null, null, false, NOW));
        JsonNode filters = body.at("/query/bool/filter");
        assertThat(filters.toString()).contains("\"status\"", "published", "lastEndsAt", NOW.toString());
        assertThat(body.toString()).doesNotContain("nested");
        assertThat(body.at("/aggregations").has("skills")).isTrue();
        assertThat(body.at("/aggregations").has("targetGroups")).isTrue();
    }

    @Test
    void theDateRangeAndFreePlacesAskOneAndTheSameOpenShift() throws Exception {
        Instant from = Instant.parse("2026-12-04T16:00:00Z");
        Instant to = Instant.parse("2026-12-06T16:00:00Z");
        JsonNode body = json(new OpeningQuery(all(), List.of("published"), List.of(), from, to, true, NOW));
        JsonNode nested = body.at("/query/bool/filter").findValue("nested");
        assertThat(nested.at("/path").asText()).isEqualTo("shifts");
        String conditions = nested.at("/query/bool/filter").toString();
        assertThat(conditions)
                .contains("shifts.status", "open", "shifts.startsAt", from.toString(), to.toString(), "shifts.free");
        assertThat(body.at("/query/bool/filter").findValues("nested")).hasSize(1);
    }

    @Test
    void skillsAreADisjunctiveFacetInThePostFilter() throws Exception {
        JsonNode body =
                json(new OpeningQuery(all(), List.of("published"), List.of("tutoring"), null, null, false, NOW));
        assertThat(body.at("/post_filter").toString()).contains("skills", "tutoring");
        // The skill facet does not filter on its own selection.
        assertThat(body.at("/aggregations/skills/filter").toString()).doesNotContain("tutoring");
        assertThat(body.at("/aggregations/targetGroups/filter").toString()).contains("tutoring");
    }
}

package org.qianshou.search.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.search.Filters;
import org.qianshou.search.QueryParts;

class ProjectQueriesTest {

    private static JsonNode json(ProjectQuery query) throws Exception {
        var request = ProjectQueries.request("qs-projects", query);
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    }

    @Test
    void keywordsAreSplitOnTheSpacesAndPunctuationPeopleTypeBetweenThem() {
        assertThat(ProjectQueries.keywords("昭通市，留守儿童、镇雄 (social work)；“关爱”"))
                .containsExactly("昭通市", "留守儿童", "镇雄", "social", "work", "关爱");
        assertThat(ProjectQueries.keywords("  ，、 ")).isEmpty();
        assertThat(ProjectQueries.keywords("COVID-19 3.5")).containsExactly("COVID-19", "3.5");
    }

    @Test
    void eachKeywordIsARequiredPhraseAndBigramsOnlyScore() throws Exception {
        JsonNode body = json(new ProjectQuery(new Filters("留守儿童  昭通\u3000social", null, null, null, 0, 20), null));

        JsonNode must = body.at("/query/bool/must");
        assertThat(must).hasSize(3);
        // a keyword with synonyms: any of them as a phrase, the keyword first
        assertThat(must.get(0).at("/bool/should").findValuesAsText("query"))
                .startsWith("留守儿童")
                .contains("留守娃");
        assertThat(must.get(0).at("/bool/minimum_should_match").asText()).isEqualTo("1");
        assertThat(must.get(1).at("/multi_match/query").asText()).isEqualTo("昭通");
        assertThat(must.get(1).at("/multi_match/type").asText()).isEqualTo("phrase");
        assertThat(must.get(1).at("/multi_match/fields").toString()).contains("zh.title^4", "zh.regionNames");
        assertThat(must.get(2).findValuesAsText("query")).contains("social");
        assertThat(body.at("/query/bool/should/0/multi_match/fields").toString())
                .contains("zh.title.bigram");
        assertThat(body.at("/sort/0").has("_score")).isTrue();
        assertThat(body.at("/highlight/pre_tags/0").asText()).isEqualTo("\uE000");
        assertThat(body.at("/highlight/fields/description/number_of_fragments").asInt())
                .isEqualTo(2);
    }

    @Test
    void emptyTextMatchesAllNewestFirstWithoutHighlights() throws Exception {
        JsonNode body = json(new ProjectQuery(new Filters("  ", null, null, null, 0, 20), null));

        assertThat(body.at("/query/bool/must").isMissingNode()).isTrue();
        assertThat(body.at("/sort/0/updatedAt/order").asText()).isEqualTo("desc");
        assertThat(body.has("highlight")).isFalse();
        assertThat(body.at("/track_total_hits").asBoolean()).isTrue();
        // only the fields the hits show come back: not the zh and regionLevels objects, nor the ancestors or timestamps
        assertThat(body.at("/_source/includes").toString())
                .isEqualTo(
                        "[\"id\",\"title\",\"description\",\"organisationName\",\"regionCodes\",\"targetGroups\","
                                + "\"serviceCategories\",\"programme\",\"status\",\"budgetFen\",\"startDate\",\"endDate\",\"demo\"]");
        assertThat(body.at("/_source/excludes").isMissingNode()).isTrue();
        // the prefectures, counted on the prefectures' field
        assertThat(body.at("/aggregations/regions/aggregations/terms/terms/field")
                        .asText())
                .isEqualTo("regionLevels.prefectures");
    }

    @Test
    void theRegionFacetCountsOnTheChildrensLevelOrOnTheAncestorsOfAnOlderIndex() throws Exception {
        ProjectQuery query = new ProjectQuery(new Filters(null, "530621", null, null, 0, 10), null);
        JsonNode body = json(query);
        assertThat(body.at("/aggregations/regions/aggregations/terms/terms/field")
                        .asText())
                .isEqualTo("regionLevels.townships");
        assertThat(body.at("/aggregations/regions/aggregations/terms/terms/include")
                        .asText())
                .isEqualTo("530621[0-9]{3}");

        // an index of version 6, live while the rebuild to this version runs, has no region levels
        var older = QueryParts.forIndexFields(
                new org.qianshou.search.IndexFields(true, true, true),
                () -> ProjectQueries.request("qs-projects", query));
        JsonNode olderBody = new ObjectMapper().readTree(JsonpUtils.toJsonString(older, new JacksonJsonpMapper()));
        assertThat(olderBody
                        .at("/aggregations/regions/aggregations/terms/terms/field")
                        .asText())
                .isEqualTo("regionAncestors");
        assertThat(olderBody
                        .at("/aggregations/regions/aggregations/terms/terms/include")
                        .asText())
                .isEqualTo("530621[0-9]{3}");
    }

    @Test
    void filtersArePostFiltersAndEachFacetIgnoresOnlyItsOwn() throws Exception {
        JsonNode body = json(new ProjectQuery(
                new Filters(null, "5306", List.of("left-behind-children"), List.of("special-groups"), 1, 10),
                List.of("published")));

        assertThat(body.at("/from").asInt()).isEqualTo(10);
        assertThat(body.at("/query/bool/filter/0/terms/status").toString()).contains("published");
        // the region holds for every facet (its own is of its children, all inside it): it restricts the query
        assertThat(body.at("/query/bool/filter/1/term/regionAncestors/value").asText())
                .isEqualTo("5306");
        String postFilter = body.at("/post_filter").toString();
        assertThat(postFilter).contains("targetGroups", "serviceCategories").doesNotContain("regionAncestors");

        String regions = body.at("/aggregations/regions/filter").toString();
        assertThat(regions).contains("targetGroups", "serviceCategories").doesNotContain("regionAncestors");
        assertThat(body.at("/aggregations/regions/aggregations/terms/terms/include")
                        .asText())
                .isEqualTo("5306[0-9]{2}");
        assertThat(body.at("/aggregations/regions/aggregations/terms/terms/field")
                        .asText())
                .isEqualTo("regionLevels.counties");
        String targetGroups = body.at("/aggregations/targetGroups/filter").toString();
        assertThat(targetGroups).contains("serviceCategories").doesNotContain("targetGroups");
        String categories = body.at("/aggregations/categories/filter").toString();
        assertThat(categories).contains("targetGroups").doesNotContain("serviceCategories");
    }

    @Test
    void aVillageHasNoRegionFacet() throws Exception {
        JsonNode body = json(new ProjectQuery(new Filters(null, "530621100201", null, null, 0, 10), null));

        assertThat(body.at("/aggregations").has("regions")).isFalse();
    }

    @Test
    void deepPagingIsRefused() {
        assertThatThrownBy(() -> ProjectQueries.request(
                        "a", new ProjectQuery(new Filters(null, null, null, null, 100, 100), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProjectQueries.request("a", new ProjectQuery(new Filters(null, null, null, null, 99, 100), null)))
                .isNotNull();
    }

    @Test
    void aMalformedRegionCodeIsRefused() {
        assertThatThrownBy(() -> ProjectQueries.request(
                        "a", new ProjectQuery(new Filters(null, "53.*", null, null, 0, 10), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjacentMarksAreJoined() {
        assertThat(QueryParts.joinAdjacentMarks("关爱\uE000留\uE001\uE000守\uE001\uE000儿\uE001\uE000童\uE001"))
                .isEqualTo("关爱\uE000留守儿童\uE001");
    }
}

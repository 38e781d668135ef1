package org.qianshou.search.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.search.Filters;

class OrganisationQueriesTest {

    private static JsonNode json(OrganisationQuery query) throws Exception {
        var request = OrganisationQueries.request("qs-organisations", query);
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    }

    @Test
    void eachKeywordIsARequiredPhraseOverNameRegionsAndDescription() throws Exception {
        JsonNode body = json(new OrganisationQuery(new Filters("留守儿童，昭通", null, null, null, 0, 20), null));

        JsonNode must = body.at("/query/bool/must");
        assertThat(must).hasSize(2);
        assertThat(must.get(0).findValuesAsText("query")).startsWith("留守儿童");
        assertThat(must.get(1).at("/multi_match/query").asText()).isEqualTo("昭通");
        assertThat(must.get(1).at("/multi_match/type").asText()).isEqualTo("phrase");
        assertThat(must.get(1).at("/multi_match/fields").toString())
                .contains("zh.name^4", "zh.regionNames^2", "zh.description")
                .doesNotContain("title");
        assertThat(body.at("/query/bool/should/0/multi_match/fields").toString())
                .contains("name.bigram");
        assertThat(body.at("/highlight/fields").has("name")).isTrue();
        assertThat(body.at("/highlight/fields/description/number_of_fragments").asInt())
                .isEqualTo(2);
        assertThat(body.at("/sort/0").has("_score")).isTrue();
    }

    @Test
    void emptyTextMatchesAllNewestFirstWithoutHighlights() throws Exception {
        JsonNode body = json(new OrganisationQuery(new Filters(" ", null, null, null, 0, 20), null));

        assertThat(body.at("/query/bool/must").isMissingNode()).isTrue();
        assertThat(body.at("/sort/0/updatedAt/order").asText()).isEqualTo("desc");
        assertThat(body.has("highlight")).isFalse();
    }

    @Test
    void filtersArePostFiltersAndEachFacetIgnoresOnlyItsOwn() throws Exception {
        JsonNode body = json(new OrganisationQuery(
                new Filters(null, "5306", List.of("left-behind-children"), List.of("special-groups"), 2, 10),
                List.of("agency")));

        assertThat(body.at("/from").asInt()).isEqualTo(20);
        // the region restricts the query: it holds for every facet, its own being of its children
        assertThat(body.at("/query/bool/filter").toString()).contains("regionAncestors", "5306");
        assertThat(body.at("/post_filter").toString())
                .contains("\"kind\"", "targetGroups", "serviceCategories")
                .doesNotContain("regionAncestors");
        assertThat(body.at("/aggregations/regions/filter").toString())
                .contains("\"kind\"", "targetGroups", "serviceCategories")
                .doesNotContain("regionAncestors");
        assertThat(body.at("/aggregations/regions/aggregations/terms/terms/include")
                        .asText())
                .isEqualTo("5306[0-9]{2}");
        assertThat(body.at("/aggregations/kinds/filter").toString())
                .contains("targetGroups", "serviceCategories")
                .doesNotContain("\"kind\"");
        assertThat(body.at("/aggregations/targetGroups/filter").toString())
                .contains("\"kind\"", "serviceCategories")
                .doesNotContain("targetGroups");
        assertThat(body.at("/aggregations/categories/filter").toString())
                .contains("\"kind\"", "targetGroups")
                .doesNotContain("serviceCategories");
    }

    @Test
    void aVillageHasNoRegionFacet() throws Exception {
        JsonNode body = json(new OrganisationQuery(new Filters(null, "530621100201", null, null, 0, 10), null));

        assertThat(body.at("/aggregations").has("regions")).isFalse();
        assertThat(body.at("/aggregations").has("kinds")).isTrue();
    }

    @Test
    void deepPagingIsRefused() {
        assertThatThrownBy(() -> OrganisationQueries.request(
                        "a", new OrganisationQuery(new Filters(null, null, null, null, 100, 100), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OrganisationQueries.request(
                        "a", new OrganisationQuery(new Filters(null, null, null, null, 99, 100), null)))
                .isNotNull();
        assertThatThrownBy(() -> OrganisationQueries.request(
                        "a", new OrganisationQuery(new Filters(null, null, null, null, 0, 0), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedRegionCodeIsRefused() {
        assertThatThrownBy(() -> OrganisationQueries.request(
                        "a", new OrganisationQuery(new Filters(null, "53.*", null, null, 0, 10), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

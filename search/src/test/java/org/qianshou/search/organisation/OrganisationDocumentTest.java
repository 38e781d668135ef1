package org.qianshou.search.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.search.SearchClients;

class OrganisationDocumentTest {

    private static OrganisationDocument serving(String registered, List<String> served) {
        return new OrganisationDocument(
                1,
                1,
                "机构",
                "agency",
                "social-work-agency",
                registered,
                served,
                List.of(),
                List.of(),
                List.of(),
                "",
                false,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void regionAncestorsAreTheRegisteredAndServedRegionsWithEveryRegionAboveThem() {
        OrganisationDocument d = serving("530102", List.of("530621100", "530627"));

        assertThat(d.regionAncestors())
                .containsExactly("53", "5301", "530102", "5306", "530621", "530621100", "530627");
    }

    @Test
    void regionAncestorsCannotBeSetByHand() {
        var d = new OrganisationDocument(
                1,
                1,
                "机构",
                "agency",
                "social-work-agency",
                "533321",
                List.of(),
                List.of("5306"),
                List.of(),
                List.of(),
                List.of(),
                "",
                false,
                Instant.EPOCH,
                Instant.EPOCH);

        assertThat(d.regionAncestors()).containsExactly("53", "5333", "533321");
    }

    @Test
    void aMalformedRegionCodeIsRefused() {
        assertThatThrownBy(() -> serving("530", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> serving("5306", List.of("5306*"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(serving(null, List.of("5306")).regionAncestors()).containsExactly("53", "5306");
    }

    @Test
    void listsAreCopies() {
        List<String> served = new ArrayList<>(List.of("5306"));
        OrganisationDocument d = serving("5301", served);
        served.add("5333");

        assertThat(d.serviceRegionCodes()).containsExactly("5306");
        assertThat(d.targetGroups()).isEmpty();
    }

    @Test
    void theJsonHoldsNoPersonalDataAndReadsBack() throws Exception {
        var mapper = SearchClients.objectMapper();
        OrganisationDocument d = Organisations.organisation(7, 3, "鲁甸县阳光社会工作服务中心");

        JsonNode json = mapper.valueToTree(d);

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "id",
                        "version",
                        "name",
                        "kind",
                        "subtype",
                        "registeredRegionCode",
                        "serviceRegionCodes",
                        "regionAncestors",
                        "regionLevels",
                        "regionNames",
                        "targetGroups",
                        "serviceCategories",
                        "description",
                        "demo",
                        "updatedAt",
                        "publishedAt",
                        "zh");
        // the search copies are made of the name, the description and the region names only
        assertThat(json.at("/zh/name").asText()).isEqualTo("鲁甸县阳光社会工作服务中心");
        assertThat(json.at("/zh").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "name", "description", "regionNames", "pinyin", "initials", "places", "suggest");
        assertThat(json.at("/zh/pinyin/0").asText())
                .isEqualTo("lu dian xian yang guang she hui gong zuo fu wu zhong xin");
        // the places by their whole names only, never by 县 or 市 alone
        assertThat(json.at("/zh/places").toString()).contains("\"ludian\"").doesNotContain("\"xian\"");
        assertThat(mapper.treeToValue(json, OrganisationDocument.class)).isEqualTo(d);
    }
}

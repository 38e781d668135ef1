package org.qianshou.search.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.search.organisation.Organisations.organisation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.FacetCount;
import org.qianshou.search.Filters;
import org.qianshou.search.Hit;
import org.qianshou.search.RebuildResult;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.SearchResult;
import org.qianshou.search.SearchUnavailableException;
import org.qianshou.search.Searcher;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationSearchIT {
    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private final SearchIndex<OrganisationDocument> index =
            new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), OrganisationQueries.KIND);
    private final Searcher<OrganisationDocument, OrganisationQuery> search =
            Searcher.of(index, OrganisationQueries.KIND);

    @BeforeAll
    void indexOrganisations() {
        RebuildResult rebuilt = index.rebuild(List.of(List.of(
                organisation(
                        1,
                        1,
                        "鲁甸县阳光社会工作服务中心",
                        "agency",
                        "530621",
                        List.of("530621100", "530627"),
                        List.of("left-behind-children"),
                        List.of("left-behind-children"),
                        "在文屏镇和镇雄县为留守儿童提供监护探访、成长辅导和控辍保学服务。"),
                organisation(
                        2,
                        1,
                        "云南青少年发展基金会",
                        "funder",
                        "5301",
                        List.of("533321"),
                        List.of("at-risk-youth", "left-behind-children"),
                        List.of("capacity-building"),
                        "资助青少年成长项目。"),
                organisation(
                        3,
                        1,
                        "云南大学社会工作系",
                        "university",
                        "530102",
                        List.of("5306"),
                        List.of("poor-households"),
                        List.of("social-assistance", "capacity-building"),
                        "共建社会工作实习基地，开展督导和培训。"),
                organisation(
                        4,
                        1,
                        "颐养院",
                        "agency",
                        "533321",
                        List.of(),
                        List.of("elderly-in-difficulty"),
                        List.of("special-groups"),
                        "为特殊困难老年人提供照料。Elderly care in the valley."),
                organisation(
                        5,
                        1,
                        "乡村互助社",
                        "agency",
                        "530627",
                        List.of("530627"),
                        List.of("children-in-difficulty"),
                        List.of("special-groups"),
                        "留在家里的儿童和老人需要陪伴。"))));
        assertThat(rebuilt.documents()).isEqualTo(5);
    }

    @AfterAll
    void deleteIndex() {
        index.deleteAll();
    }

    private SearchResult<OrganisationDocument> find(String text) {
        return search.search(new OrganisationQuery(new Filters(text, null, null, null, 0, 20), null));
    }

    private SearchResult<OrganisationDocument> in(String region) {
        return search.search(new OrganisationQuery(new Filters(null, region, null, null, 0, 20), null));
    }

    private static List<Long> ids(SearchResult<OrganisationDocument> result) {
        return result.hits().stream().map(h -> h.document().id()).toList();
    }

    @Test
    void aChineseKeywordMatchesOnlyItsCharactersInARow() {
        SearchResult<OrganisationDocument> result = find("留守儿童");

        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.total()).isEqualTo(1);
    }

    @Test
    void matchesAreMarkedInNameAndDescription() {
        Hit<OrganisationDocument> byName = find("阳光").hits().get(0);
        Hit<OrganisationDocument> byDescription = find("留守儿童").hits().get(0);

        assertThat(byName.highlight("name")).isEqualTo("鲁甸县\uE000阳光\uE001社会工作服务中心");
        assertThat(byName.fragments("description")).isEmpty();
        assertThat(byDescription.highlight("name")).isNull();
        assertThat(byDescription.fragments("description"))
                .singleElement()
                .asString()
                .contains("为\uE000留守儿童\uE001提供");
        assertThat(byDescription.document().description()).doesNotContain("\uE000");
    }

    @Test
    void aPlaceNameFindsTheOrganisationsRegisteredOrServingThere() {
        assertThat(ids(find("昭通"))).containsExactlyInAnyOrder(1L, 3L, 5L);
        assertThat(ids(find("泸水"))).containsExactlyInAnyOrder(2L, 4L);
        assertThat(ids(find("镇雄"))).containsExactlyInAnyOrder(1L, 5L);
    }

    @Test
    void everyKeywordIsRequired() {
        assertThat(ids(find("社会工作 昭通"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(find("社会工作 怒江"))).isEmpty();
    }

    @Test
    void latinWordsMatchWhateverTheCase() {
        assertThat(ids(find("ELDERLY valley"))).containsExactly(4L);
    }

    @Test
    void aPrefectureFindsTheOrganisationsOfItsCountiesAndTownshipsOnly() {
        assertThat(ids(in("5306"))).containsExactlyInAnyOrder(1L, 3L, 5L);
        assertThat(ids(in("530627"))).containsExactlyInAnyOrder(1L, 5L);
        assertThat(ids(in("530621100"))).containsExactly(1L);
        assertThat(ids(in("5301"))).containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids(in("5333"))).containsExactlyInAnyOrder(2L, 4L);
        assertThat(in("53").total()).isEqualTo(5);
    }

    @Test
    void theRegionFacetCountsTheChildrenOfTheSelectedRegion() {
        assertThat(in(null).facet(Filters.REGION_FACET))
                .containsExactly(new FacetCount("5306", 3), new FacetCount("5301", 2), new FacetCount("5333", 2));
        assertThat(in("5306").facet(Filters.REGION_FACET))
                .containsExactly(new FacetCount("530627", 2), new FacetCount("530621", 1));
        assertThat(in("530621").facet(Filters.REGION_FACET)).containsExactly(new FacetCount("530621100", 1));
    }

    @Test
    void theKindFacetIgnoresTheKindFilterAndTheOthersObeyIt() {
        var funders =
                search.search(new OrganisationQuery(new Filters(null, null, null, null, 0, 20), List.of("funder")));

        assertThat(ids(funders)).containsExactly(2L);
        assertThat(funders.facet(OrganisationQueries.KIND_FACET))
                .containsExactly(
                        new FacetCount("agency", 3), new FacetCount("funder", 1), new FacetCount("university", 1));
        assertThat(funders.facet(Filters.TARGET_GROUP_FACET))
                .containsExactlyInAnyOrder(
                        new FacetCount("at-risk-youth", 1), new FacetCount("left-behind-children", 1));
        assertThat(funders.facet(Filters.CATEGORY_FACET)).containsExactly(new FacetCount("capacity-building", 1));
        assertThat(funders.facet(Filters.REGION_FACET))
                .containsExactly(new FacetCount("5301", 1), new FacetCount("5333", 1));
    }

    @Test
    void eachFacetIgnoresItsOwnFilterAndObeysTheOthers() {
        var result = search.search(
                new OrganisationQuery(new Filters(null, "5306", List.of("left-behind-children"), null, 0, 20), null));

        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.facet(Filters.TARGET_GROUP_FACET))
                .containsExactlyInAnyOrder(
                        new FacetCount("left-behind-children", 1),
                        new FacetCount("poor-households", 1),
                        new FacetCount("children-in-difficulty", 1));
        assertThat(result.facet(OrganisationQueries.KIND_FACET)).containsExactly(new FacetCount("agency", 1));
        assertThat(result.facet(Filters.CATEGORY_FACET)).containsExactly(new FacetCount("left-behind-children", 1));
        assertThat(result.facet(Filters.REGION_FACET))
                .containsExactly(new FacetCount("530621", 1), new FacetCount("530627", 1));
    }

    @Test
    void anOrganisationMatchesWhenItHasAnyOfTheGivenCategories() {
        var result = search.search(new OrganisationQuery(
                new Filters(null, null, null, List.of("special-groups", "capacity-building"), 0, 20), null));

        assertThat(ids(result)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
        assertThat(result.facet(Filters.CATEGORY_FACET)).hasSize(4);
    }

    @Test
    void withoutTextTheNewestComeFirstAndPagesAreCut() {
        SearchResult<OrganisationDocument> page =
                search.search(new OrganisationQuery(new Filters(null, null, null, null, 1, 2), null));

        assertThat(page.total()).isEqualTo(5);
        assertThat(ids(page)).containsExactly(3L, 2L);
        assertThat(page.hits().get(0).highlight("name")).isNull();
        assertThat(page.hits().get(0).document().regionAncestors()).containsExactly("53", "5301", "530102", "5306");
    }

    @Test
    void aMissingIndexMakesSearchUnavailable() {
        var nowhere = Searcher.of(
                new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), OrganisationQueries.KIND),
                OrganisationQueries.KIND);

        assertThatThrownBy(() -> nowhere.search(new OrganisationQuery(new Filters("x", null, null, null, 0, 20), null)))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("missing");
    }
}

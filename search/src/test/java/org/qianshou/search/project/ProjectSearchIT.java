package org.qianshou.search.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.search.project.Projects.project;

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
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.Indexer;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.SearchResult;
import org.qianshou.search.SearchUnavailableException;
import org.qianshou.search.Searcher;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectSearchIT {
    private static final List<String> PUBLIC = List.of("published", "closed");

    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private final SearchIndex<ProjectDocument> index =
            new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), ProjectQueries.KIND);
    private final Searcher<ProjectDocument, ProjectQuery> search = Searcher.of(index, ProjectQueries.KIND);

    @BeforeAll
    void indexProjects() {
        index.ensureIndex();
        List<IndexResult> results = new Indexer<>(index)
                .apply(List.of(
                        upsert(project(
                                1,
                                1,
                                "关爱留守儿童成长计划",
                                "为镇雄县的留守儿童提供监护探访、成长辅导和控辍保学服务。",
                                "530627",
                                List.of("left-behind-children"),
                                List.of("left-behind-children"),
                                "published")),
                        upsert(project(
                                2,
                                1,
                                "乡村互助小组",
                                "留在家里的儿童和老人需要陪伴。",
                                "530621100",
                                List.of("children-in-difficulty", "elderly-in-difficulty"),
                                List.of("special-groups"),
                                "published")),
                        upsert(project(
                                3,
                                1,
                                "五华区社区矫正服务",
                                "Community corrections social work in Kunming.",
                                "530102",
                                List.of("community-corrections"),
                                List.of("special-groups"),
                                "published")),
                        upsert(project(
                                4,
                                1,
                                "易地搬迁融合适应",
                                "2017年起，搬迁群众的就业与社会网络重建。",
                                "533321",
                                List.of("relocated"),
                                List.of("relocation-integration"),
                                "published")),
                        upsert(project(
                                5,
                                1,
                                "鲁甸县留守儿童之家",
                                "草稿",
                                "530621",
                                List.of("left-behind-children"),
                                List.of("left-behind-children"),
                                "draft")),
                        upsert(project(
                                6,
                                1,
                                "产业发展合作社",
                                "一村一品，种植与养殖。",
                                "530621",
                                List.of("poor-households"),
                                List.of("industry-development"),
                                "closed"))));
        assertThat(results).allMatch(IndexResult::ok);
        index.refresh();
    }

    @AfterAll
    void deleteIndex() {
        index.deleteAll();
    }

    private static IndexOperation<ProjectDocument> upsert(ProjectDocument document) {
        return IndexOperation.upsert(document);
    }

    private SearchResult<ProjectDocument> find(String text) {
        return search.search(new ProjectQuery(new Filters(text, null, null, null, 0, 20), PUBLIC));
    }

    private static List<Long> ids(SearchResult<ProjectDocument> result) {
        return result.hits().stream().map(h -> h.document().id()).toList();
    }

    @Test
    void aChineseKeywordMatchesOnlyItsCharactersInARow() {
        SearchResult<ProjectDocument> result = find("留守儿童");

        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.total()).isEqualTo(1);
    }

    @Test
    void matchesAreMarkedInTitleAndDescription() {
        Hit<ProjectDocument> hit = find("留守儿童").hits().get(0);

        assertThat(hit.highlight("title")).isEqualTo("关爱\uE000留守儿童\uE001成长计划");
        assertThat(hit.fragments("description")).singleElement().asString().contains("\uE000留守儿童\uE001");
        assertThat(hit.document().description()).doesNotContain("\uE000");
    }

    @Test
    void aPlaceNameFindsTheProjectsOfThatPlace() {
        assertThat(ids(find("昭通"))).containsExactlyInAnyOrder(1L, 2L, 6L);
        assertThat(ids(find("镇雄"))).containsExactly(1L);
        assertThat(find("乡村").hits().get(0).highlight("title")).isEqualTo("\uE000乡村\uE001互助小组");
    }

    @Test
    void everyKeywordIsRequired() {
        assertThat(ids(find("留守儿童 镇雄"))).containsExactly(1L);
        assertThat(ids(find("留守儿童 怒江"))).isEmpty();
    }

    @Test
    void latinWordsAndDigitsMatch() {
        assertThat(ids(find("KUNMING community"))).containsExactly(3L);
        assertThat(ids(find("2017"))).containsExactly(4L);
        assertThat(ids(find("2017年 搬迁"))).containsExactly(4L);
    }

    @Test
    void statusesRestrictEverything() {
        var drafts = search.search(new ProjectQuery(new Filters("留守儿童", null, null, null, 0, 20), List.of("draft")));

        assertThat(ids(drafts)).containsExactly(5L);
        assertThat(drafts.facet(Filters.TARGET_GROUP_FACET)).containsExactly(new FacetCount("left-behind-children", 1));
    }

    @Test
    void withoutTextTheNewestComeFirstAndPagesAreCut() {
        SearchResult<ProjectDocument> page =
                search.search(new ProjectQuery(new Filters(null, null, null, null, 1, 2), PUBLIC));

        assertThat(page.total()).isEqualTo(5);
        assertThat(ids(page)).containsExactly(3L, 2L);
        assertThat(page.hits().get(0).highlight("title")).isNull();
        assertThat(page.hits().get(0).fragments("description")).isEmpty();
    }

    @Test
    void aPrefectureFindsItsCountiesAndTownshipsOnly() {
        var result = search.search(new ProjectQuery(new Filters(null, "5306", null, null, 0, 20), PUBLIC));

        assertThat(ids(result)).containsExactlyInAnyOrder(1L, 2L, 6L).doesNotContain(3L);
    }

    @Test
    void theRegionFacetCountsTheChildrenOfTheSelectedRegion() {
        assertThat(search.search(new ProjectQuery(new Filters(null, null, null, null, 0, 20), PUBLIC))
                        .facet(Filters.REGION_FACET))
                .containsExactly(new FacetCount("5306", 3), new FacetCount("5301", 1), new FacetCount("5333", 1));
        assertThat(search.search(new ProjectQuery(new Filters(null, "5306", null, null, 0, 20), PUBLIC))
                        .facet(Filters.REGION_FACET))
                .containsExactly(new FacetCount("530621", 2), new FacetCount("530627", 1));
        assertThat(search.search(new ProjectQuery(new Filters(null, "530621", null, null, 0, 20), PUBLIC))
                        .facet(Filters.REGION_FACET))
                .containsExactly(new FacetCount("530621100", 1));
    }

    @Test
    void eachFacetIgnoresItsOwnFilterAndObeysTheOthers() {
        var result = search.search(
                new ProjectQuery(new Filters(null, "5306", List.of("left-behind-children"), null, 0, 20), PUBLIC));

        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.facet(Filters.TARGET_GROUP_FACET))
                .containsExactlyInAnyOrder(
                        new FacetCount("left-behind-children", 1),
                        new FacetCount("children-in-difficulty", 1),
                        new FacetCount("elderly-in-difficulty", 1),
                        new FacetCount("poor-households", 1));
        assertThat(result.facet(Filters.CATEGORY_FACET)).containsExactly(new FacetCount("left-behind-children", 1));
        assertThat(result.facet(Filters.REGION_FACET)).containsExactly(new FacetCount("530627", 1));
    }

    @Test
    void aProjectMatchesWhenItHasAnyOfTheGivenCodes() {
        var result = search.search(new ProjectQuery(
                new Filters(null, null, null, List.of("special-groups", "industry-development"), 0, 20), PUBLIC));

        assertThat(ids(result)).containsExactlyInAnyOrder(2L, 3L, 6L);
        assertThat(result.facet(Filters.CATEGORY_FACET)).hasSize(4);
    }

    @Test
    void aMissingIndexMakesSearchUnavailable() {
        var nowhere = Searcher.of(
                new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), ProjectQueries.KIND),
                ProjectQueries.KIND);

        assertThatThrownBy(() -> nowhere.search(new ProjectQuery(new Filters("x", null, null, null, 0, 20), PUBLIC)))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("missing");
    }
}

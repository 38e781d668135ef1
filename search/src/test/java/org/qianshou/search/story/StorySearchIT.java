package org.qianshou.search.story;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.FacetCount;
import org.qianshou.search.Filters;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.Indexer;
import org.qianshou.search.Regions;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;

/** Story documents in a real index (strict mapping): region subtree, target groups, programmes, keywords, order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorySearchIT {

    private static final Instant T0 = Instant.parse("2026-11-01T02:00:00Z");

    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private final SearchIndex<StoryDocument> index =
            new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), StoryQueries.KIND);
    private final Searcher<StoryDocument, StoryQuery> search = Searcher.of(index, StoryQueries.KIND);

    static StoryDocument story(
            long id, String title, String body, String region, List<String> groups, String programme, int day) {
        return new StoryDocument(
                id,
                1,
                title,
                "一个关于陪伴的故事",
                body,
                10,
                "镇雄县阳光社会工作服务中心",
                20,
                "留守儿童陪伴项目",
                region,
                Regions.withAncestors(List.of(region)),
                region.startsWith("5306") ? List.of("云南省", "昭通市", region) : List.of("云南省", "大理白族自治州"),
                groups,
                List.of("left-behind-children"),
                programme,
                T0.plus(Duration.ofDays(day)),
                "/api/stories/" + id + "/photos/1/640",
                false,
                T0);
    }

    @BeforeAll
    void indexStories() {
        index.ensureIndex();
        List<IndexResult> results = new Indexer<>(index)
                .apply(List.of(
                        // 1: 镇雄县, 留守儿童, demonstration, the oldest
                        IndexOperation.upsert(story(
                                1,
                                "小雨的暑假",
                                "社工每周到学校陪伴孩子们读书，暑假里组织了夏令营。",
                                "530627",
                                List.of("left-behind-children"),
                                "demonstration",
                                1)),
                        // 2: 昭阳区, elderly, the newest
                        IndexOperation.upsert(story(
                                2,
                                "奶奶的菜园",
                                "独居的老人在社工的帮助下重新种起了菜园。",
                                "530602",
                                List.of("elderly-in-difficulty"),
                                null,
                                3)),
                        // 3: 大理州, 留守儿童, outside 昭通市
                        IndexOperation.upsert(story(
                                3,
                                "山那边的读书角",
                                "志愿者为村小建起了读书角，孩子们放学后在这里读书。",
                                "5329",
                                List.of("left-behind-children"),
                                "twinning",
                                2)),
                        // 4: then taken away again (unpublished): never found
                        IndexOperation.upsert(
                                story(4, "撤下的案例", "读书", "530627", List.of("left-behind-children"), null, 4)),
                        IndexOperation.delete(4, 2)));
        assertThat(results).allSatisfy(r -> assertThat(r.ok()).as(r.toString()).isTrue());
        index.refresh();
    }

    private SearchResult<StoryDocument> find(String text, String region, List<String> groups, List<String> programmes) {
        return search.search(new StoryQuery(new Filters(text, region, groups, List.of(), 0, 20), programmes));
    }

    private static List<Long> ids(SearchResult<StoryDocument> result) {
        return result.hits().stream().map(h -> h.document().id()).toList();
    }

    @Test
    void withoutKeywordsTheNewestPublicationComesFirst() {
        assertThat(ids(find(null, null, List.of(), List.of()))).containsExactly(2L, 3L, 1L);
    }

    @Test
    void aPrefectureFindsTheStoriesOfItsCountiesAndTheFacetCountsThem() {
        SearchResult<StoryDocument> zhaotong = find(null, "5306", List.of(), List.of());
        assertThat(ids(zhaotong)).containsExactly(2L, 1L);
        assertThat(zhaotong.facet(Filters.REGION_FACET))
                .contains(new FacetCount("530627", 1), new FacetCount("530602", 1));
        assertThat(ids(find(null, "530627", List.of(), List.of()))).containsExactly(1L);
    }

    @Test
    void targetGroupsAndProgrammesFilterAndAreCountedWithTheOtherSelections() {
        SearchResult<StoryDocument> children = find(null, "5306", List.of("left-behind-children"), List.of());
        assertThat(ids(children)).containsExactly(1L);
        assertThat(children.facet(Filters.TARGET_GROUP_FACET))
                .contains(new FacetCount("left-behind-children", 1), new FacetCount("elderly-in-difficulty", 1));
        assertThat(ids(find(null, null, List.of(), List.of("twinning", "demonstration"))))
                .containsExactly(3L, 1L);
    }

    @Test
    void keywordsMatchTheBodyAndTheRegionNamesWithHighlights() {
        SearchResult<StoryDocument> reading = find("读书", null, List.of(), List.of());
        assertThat(ids(reading)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(reading.hits().stream().flatMap(h -> h.fragments("bodyText").stream()))
                .anyMatch(f -> f.contains("\uE000读\uE001\uE000书\uE001") || f.contains("\uE000读书\uE001"));
        SearchResult<StoryDocument> garden = find("菜园", null, List.of(), List.of());
        assertThat(ids(garden)).containsExactly(2L);
        assertThat(garden.hits().get(0).highlight("title")).contains("\uE000");
        assertThat(ids(find("昭通 读书", null, List.of(), List.of()))).containsExactly(1L);
    }
}

package org.qianshou.search.call;

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
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.Indexer;
import org.qianshou.search.Regions;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;

/** Call documents in a real index (strict mapping), searched at fixed moments: region both ways, state by the clock. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallSearchIT {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private final SearchIndex<CallDocument> index =
            new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), CallQueries.KIND);
    private final Searcher<CallDocument, CallQuery> search = Searcher.of(index, CallQueries.KIND);

    static CallDocument call(
            long id,
            String title,
            String region,
            List<String> groups,
            String fundingType,
            String programme,
            Instant opens,
            Instant closes,
            String status) {
        return new CallDocument(
                id,
                1,
                title,
                title + "：面向社会工作服务机构的资助项目征集。",
                100,
                "云南测试基金会",
                fundingType,
                programme,
                region,
                Regions.withAncestors(List.of(region)),
                List.of("云南省", region),
                "云南省 › " + region,
                groups,
                50_000_000,
                15_000_000,
                opens,
                closes,
                null,
                false,
                status,
                false,
                NOW,
                opens);
    }

    @BeforeAll
    void indexCalls() {
        index.ensureIndex();
        List<IndexResult> results = new Indexer<>(index)
                .apply(List.of(
                        // 1: 昭通市, open, closing in 10 days
                        IndexOperation.upsert(call(
                                1,
                                "昭通市留守儿童关爱服务",
                                "5306",
                                List.of("left-behind-children"),
                                "government-purchase",
                                "demonstration",
                                NOW.minus(DAY),
                                NOW.plus(DAY.multipliedBy(10)),
                                "published")),
                        // 2: 镇雄县, open, closing in 40 days
                        IndexOperation.upsert(call(
                                2,
                                "镇雄县易地搬迁社区融入",
                                "530627",
                                List.of("relocated"),
                                "venture-philanthropy",
                                null,
                                NOW.minus(DAY),
                                NOW.plus(DAY.multipliedBy(40)),
                                "published")),
                        // 3: 大理州, opens in 5 days
                        IndexOperation.upsert(call(
                                3,
                                "大理州留守儿童暑期项目",
                                "5329",
                                List.of("left-behind-children"),
                                "charity",
                                null,
                                NOW.plus(DAY.multipliedBy(5)),
                                NOW.plus(DAY.multipliedBy(35)),
                                "published")),
                        // 4: 云南省, closed yesterday by the clock (still "published")
                        IndexOperation.upsert(call(
                                4,
                                "全省留守儿童示范项目",
                                "53",
                                List.of("left-behind-children"),
                                "government-purchase",
                                "demonstration",
                                NOW.minus(DAY.multipliedBy(30)),
                                NOW.minus(DAY),
                                "published")),
                        // 5: closed by its funder, 昭阳区
                        IndexOperation.upsert(call(
                                5,
                                "昭阳区困境儿童项目",
                                "530602",
                                List.of("children-in-difficulty"),
                                "government-purchase",
                                null,
                                NOW.minus(DAY.multipliedBy(20)),
                                NOW.plus(DAY.multipliedBy(3)),
                                "closed")),
                        // 6: a draft and 7: cancelled — never found
                        IndexOperation.upsert(call(
                                6,
                                "昭通市草稿",
                                "5306",
                                List.of("left-behind-children"),
                                "government-purchase",
                                null,
                                NOW.minus(DAY),
                                NOW.plus(DAY),
                                "draft")),
                        IndexOperation.upsert(call(
                                7,
                                "昭通市已取消",
                                "5306",
                                List.of("left-behind-children"),
                                "government-purchase",
                                null,
                                NOW.minus(DAY),
                                NOW.plus(DAY),
                                "cancelled"))));
        assertThat(results).allSatisfy(r -> assertThat(r.ok()).as(r.toString()).isTrue());
        index.refresh();
    }

    private SearchResult<CallDocument> find(
            String text, String region, List<String> groups, boolean soon, Instant now) {
        return search.search(new CallQuery(text, region, groups, List.of(), List.of(), soon, now, 0, 20));
    }

    private static List<Long> ids(SearchResult<CallDocument> result) {
        return result.hits().stream().map(h -> h.document().id()).toList();
    }

    @Test
    void publishedAndClosedCallsAreFoundOpenFirstThenUpcomingThenClosed() {
        // Open by close time (1, 2), upcoming (3), closed by close time (4 yesterday; 5 closed by its funder).
        assertThat(ids(find(null, null, List.of(), false, NOW))).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void theStateChangesWithTheClockWithoutAReindex() {
        Instant later = NOW.plus(DAY.multipliedBy(11));
        // Call 1 has closed, call 3 has opened.
        assertThat(ids(find(null, null, List.of(), false, later))).containsExactly(3L, 2L, 4L, 5L, 1L);
        CallDocument first =
                find(null, "5306", List.of(), false, NOW).hits().get(0).document();
        assertThat(first.stateAt(NOW)).isEqualTo("open");
        assertThat(first.stateAt(later)).isEqualTo("closed");
        CallDocument upcoming =
                find("大理州", null, List.of(), false, NOW).hits().get(0).document();
        assertThat(upcoming.stateAt(NOW)).isEqualTo("upcoming");
    }

    @Test
    void aRegionFindsCallsInsideItAndCallsOfTheRegionsContainingIt() {
        // From 镇雄县: its own call, 昭通市's and the province's.
        assertThat(ids(find(null, "530627", List.of(), false, NOW))).containsExactly(1L, 2L, 4L);
        // From 昭通市: its own, those inside it (镇雄县, 昭阳区) and the province's.
        assertThat(ids(find(null, "5306", List.of(), false, NOW))).containsExactly(1L, 2L, 4L, 5L);
        // From 大理州: its own and the province's, nothing of 昭通市.
        assertThat(ids(find(null, "5329", List.of(), false, NOW))).containsExactly(3L, 4L);
    }

    @Test
    void targetGroupsFundingTypesAndClosingSoonFilter() {
        assertThat(ids(find(null, "530627", List.of("left-behind-children"), false, NOW)))
                .containsExactly(1L, 4L);
        assertThat(ids(search.search(new CallQuery(
                        null,
                        null,
                        List.of(),
                        List.of("venture-philanthropy", "charity"),
                        List.of(),
                        false,
                        NOW,
                        0,
                        20))))
                .containsExactly(2L, 3L);
        assertThat(ids(search.search(
                        new CallQuery(null, null, List.of(), List.of(), List.of("demonstration"), false, NOW, 0, 20))))
                .containsExactly(1L, 4L);
        // Closing soon: open now and closing within 14 days (not the one its funder closed, not the upcoming one).
        assertThat(ids(find(null, null, List.of(), true, NOW))).containsExactly(1L);
        assertThat(ids(find(null, null, List.of(), true, NOW.plus(DAY.multipliedBy(30)))))
                .containsExactly(3L, 2L);
    }

    @Test
    void facetsCountEveryValueWithTheOtherSelections() {
        SearchResult<CallDocument> result = find(null, "5306", List.of("left-behind-children"), false, NOW);
        assertThat(result.facet(CallQueries.TARGET_GROUP_FACET))
                .contains(
                        new FacetCount("left-behind-children", 2),
                        new FacetCount("relocated", 1),
                        new FacetCount("children-in-difficulty", 1));
        assertThat(result.facet(CallQueries.FUNDING_TYPE_FACET)).contains(new FacetCount("government-purchase", 2));
        // The children of 昭通市 with calls inside them (its own call and the province's are in none).
        assertThat(find(null, "5306", List.of(), false, NOW).facet(CallQueries.REGION_FACET))
                .containsExactlyInAnyOrder(new FacetCount("530627", 1), new FacetCount("530602", 1));
    }

    @Test
    void keywordsAreHighlighted() {
        SearchResult<CallDocument> result = find("留守儿童", null, List.of(), false, NOW);
        assertThat(ids(result)).containsExactly(1L, 3L, 4L);
        assertThat(result.hits().get(0).highlight("title")).isEqualTo("昭通市\uE000留守儿童\uE001关爱服务");
    }
}

package org.qianshou.search.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.search.opening.Openings.opening;
import static org.qianshou.search.opening.Openings.shift;

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
import org.qianshou.search.SearchIndex;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;

/** Opening documents with nested shifts in a real index (strict mapping), searched at a fixed moment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpeningSearchIT {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final List<String> PUBLISHED = List.of("published");

    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private final SearchIndex<OpeningDocument> index =
            new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), OpeningQueries.KIND);
    private final Searcher<OpeningDocument, OpeningQuery> search = Searcher.of(index, OpeningQueries.KIND);

    @BeforeAll
    void indexOpenings() {
        index.ensureIndex();
        List<IndexResult> results = new Indexer<>(index)
                .apply(List.of(
                        // 1: soon, one full shift and one with places a week later
                        upsert(opening(
                                1,
                                "留守儿童课业辅导",
                                "530627001",
                                List.of("left-behind-children"),
                                List.of("tutoring"),
                                "published",
                                NOW,
                                List.of(
                                        shift(11, NOW.plus(DAY), 5, 5, "open"),
                                        shift(12, NOW.plus(DAY.multipliedBy(8)), 5, 1, "open")))),
                        // 2: in Kunming, a cancelled shift soon and an open one later
                        upsert(opening(
                                2,
                                "五华区艺术课",
                                "530102",
                                List.of("left-behind-children"),
                                List.of("arts-sports", "language-yi"),
                                "published",
                                NOW,
                                List.of(
                                        shift(21, NOW.plus(DAY), 5, 0, "cancelled"),
                                        shift(22, NOW.plus(DAY.multipliedBy(20)), 5, 0, "open")))),
                        // 3: its only shift has ended
                        upsert(opening(
                                3,
                                "已经结束的留守儿童活动",
                                "530627",
                                List.of("left-behind-children"),
                                List.of("tutoring"),
                                "published",
                                NOW,
                                List.of(shift(31, NOW.minus(DAY), 5, 2, "open")))),
                        // 4: a draft
                        upsert(opening(
                                4,
                                "留守儿童草稿",
                                "530627",
                                List.of("left-behind-children"),
                                List.of(),
                                "draft",
                                NOW,
                                List.of(shift(41, NOW.plus(DAY), 5, 0, "open"))))));
        assertThat(results).allSatisfy(r -> assertThat(r.ok()).as(r.toString()).isTrue());
        index.refresh();
    }

    private static IndexOperation<OpeningDocument> upsert(OpeningDocument d) {
        return IndexOperation.upsert(d);
    }

    private SearchResult<OpeningDocument> find(
            String region, List<String> skills, Instant from, Instant to, boolean free) {
        return search.search(
                new OpeningQuery(new Filters(null, region, null, null, 0, 20), PUBLISHED, skills, from, to, free, NOW));
    }

    private static List<Long> ids(SearchResult<OpeningDocument> result) {
        return result.hits().stream().map(h -> h.document().id()).toList();
    }

    @Test
    void onlyPublishedOpeningsWhoseLastShiftHasNotEndedAreFound() {
        assertThat(ids(find(null, List.of(), null, null, false))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(find("5306", List.of(), null, null, false))).containsExactly(1L);
    }

    @Test
    void theDateRangeLooksAtOpenShiftsOnly() {
        // Tomorrow: opening 1's full shift; opening 2's shift that day is cancelled.
        assertThat(ids(find(null, List.of(), NOW, NOW.plus(DAY.multipliedBy(2)), false)))
                .containsExactly(1L);
        assertThat(ids(find(null, List.of(), NOW.plus(DAY.multipliedBy(10)), null, false)))
                .containsExactly(2L);
    }

    @Test
    void freePlacesAndTheDateRangeAskTheSameShift() {
        // Tomorrow's shift of opening 1 is full; its free shift is next week.
        assertThat(ids(find(null, List.of(), NOW, NOW.plus(DAY.multipliedBy(2)), true)))
                .isEmpty();
        assertThat(ids(find(null, List.of(), NOW, NOW.plus(DAY.multipliedBy(9)), true)))
                .containsExactly(1L);
        assertThat(ids(find(null, List.of(), null, null, true))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(find(null, List.of(), null, null, false).hits().stream()
                        .filter(h -> h.document().id() == 1)
                        .findFirst()
                        .orElseThrow()
                        .document()
                        .freePlacesAt(NOW))
                .isEqualTo(4);
    }

    @Test
    void skillsFilterAndTheirFacetCountsWithoutItsOwnSelection() {
        SearchResult<OpeningDocument> result = find(null, List.of("tutoring"), null, null, false);
        assertThat(ids(result)).containsExactly(1L);
        assertThat(result.facet(OpeningQueries.SKILL_FACET))
                .contains(
                        new FacetCount("tutoring", 1),
                        new FacetCount("arts-sports", 1),
                        new FacetCount("language-yi", 1));
    }
}

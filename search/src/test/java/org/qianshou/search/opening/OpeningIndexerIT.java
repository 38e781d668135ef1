package org.qianshou.search.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.search.opening.Openings.opening;
import static org.qianshou.search.opening.Openings.shift;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.Filters;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.Indexer;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.Searcher;

/**
 * Opening documents written with their version (the newest change of the opening or its shifts, in microseconds): a
 * confirmed count that changes later wins, an older write never does, and the document comes back as written.
 */
class OpeningIndexerIT {
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final long MICROS = 1_796_090_400_000_000L;

    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private SearchIndex<OpeningDocument> index;
    private Indexer<OpeningDocument> indexer;
    private Searcher<OpeningDocument, OpeningQuery> search;

    @BeforeEach
    void setUp() {
        index = new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), OpeningQueries.KIND);
        index.ensureIndex();
        indexer = new Indexer<>(index);
        search = Searcher.of(index, OpeningQueries.KIND);
    }

    @AfterEach
    void tearDown() {
        index.deleteAll();
    }

    /** Opening 1 with one shift of 5 places, {@code confirmed} of them taken, at {@code version}. */
    private static OpeningDocument withConfirmed(long version, int confirmed) {
        OpeningDocument d = opening(
                1,
                "留守儿童课业辅导",
                "530627001",
                List.of("left-behind-children"),
                List.of("tutoring"),
                "published",
                NOW,
                List.of(shift(11, NOW.plus(Duration.ofDays(2)), 5, confirmed, "open")));
        return new OpeningDocument(
                d.id(),
                version,
                d.title(),
                d.description(),
                d.organisationId(),
                d.organisationName(),
                d.projectId(),
                d.projectTitle(),
                d.regionCode(),
                d.regionAncestors(),
                d.regionNames(),
                d.regionPath(),
                d.targetGroups(),
                d.serviceCategories(),
                d.skills(),
                d.adultsOnly(),
                d.screening(),
                d.signupDeadline(),
                d.status(),
                d.demo(),
                d.shifts(),
                d.freePlaces(),
                d.hasFreePlaces(),
                d.lastEndsAt(),
                d.updatedAt(),
                d.publishedAt());
    }

    private List<OpeningDocument> found() {
        index.refresh();
        return search
                .search(new OpeningQuery(
                        new Filters(null, null, null, null, 0, 20),
                        List.of("published"),
                        List.of(),
                        null,
                        null,
                        false,
                        NOW))
                .hits()
                .stream()
                .map(h -> h.document())
                .toList();
    }

    @Test
    void theDocumentComesBackAsWrittenWithItsShifts() {
        OpeningDocument written = withConfirmed(MICROS, 2);
        assertThat(indexer.apply(List.of(IndexOperation.upsert(written))))
                .containsExactly(new IndexResult(1, true, null));
        assertThat(found()).containsExactly(written);
    }

    @Test
    void aLaterConfirmedCountWinsAndAnOlderWriteNeverDoes() {
        indexer.apply(List.of(IndexOperation.upsert(withConfirmed(MICROS, 2))));
        indexer.apply(List.of(IndexOperation.upsert(withConfirmed(MICROS + 1, 5))));
        assertThat(found().get(0).shifts().get(0).free()).isZero();

        List<IndexResult> stale = indexer.apply(List.of(IndexOperation.upsert(withConfirmed(MICROS - 10, 0))));
        assertThat(stale).containsExactly(new IndexResult(1, true, null));
        assertThat(found().get(0).shifts().get(0).confirmed()).isEqualTo(5);

        // The same state announced twice (an outbox row repeated) is written again without harm.
        assertThat(indexer.apply(List.of(IndexOperation.upsert(withConfirmed(MICROS + 1, 5)))))
                .containsExactly(new IndexResult(1, true, null));
        assertThat(found()).hasSize(1);
    }
}

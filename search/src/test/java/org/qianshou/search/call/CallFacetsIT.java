package org.qianshou.search.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.FacetCount;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.Indexer;
import org.qianshou.search.Regions;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;

/**
 * As {@code ProjectFacetsIT} for the calls, whose region is their own: a call is found from its region and every region
 * below it, and from every region inside its own (a province-wide call from 镇雄县). The total, the hits in order (open,
 * upcoming, closed at the moment of the search, each by close time, then id) and every facet count against their
 * definition computed from the documents: a facet counts the calls that match every selection but its own; the region
 * facet the children of the selected region among the calls' regions and their ancestors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallFacetsIT {
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final List<String> PLACES =
            List.of("53", "5301", "530102", "5306", "530621", "530627", "530621100", "5333", "533321");
    private static final List<String> GROUPS =
            List.of("left-behind-children", "elderly-in-difficulty", "disabled", "relocated");
    private static final List<String> FUNDING_TYPES = List.of("government-purchase", "foundation-grant", "matching");
    private static final List<String> PROGRAMMES = List.of("spring-bud", "silver-age");
    private static final List<String> STATUSES = List.of("published", "published", "published", "closed", "draft");

    private final SearchIndex<CallDocument> index =
            new SearchIndex<>(ElasticsearchFixture.client(), ElasticsearchFixture.uniquePrefix(), CallQueries.KIND);
    private final Searcher<CallDocument, CallQuery> search = Searcher.of(index, CallQueries.KIND);
    private final List<CallDocument> documents = documents();

    /** 120 calls drawn with a fixed seed: open, upcoming and closed, in the province, prefectures, counties, a township. */
    private static List<CallDocument> documents() {
        Random random = new Random(20170101);
        List<CallDocument> result = new ArrayList<>();
        for (long id = 1; id <= 120; id++) {
            String region = PLACES.get(random.nextInt(PLACES.size()));
            List<String> groups = new ArrayList<>();
            for (String group : GROUPS) {
                if (random.nextInt(3) == 0) {
                    groups.add(group);
                }
            }
            Instant opens = NOW.plus(Duration.ofDays(random.nextInt(40) - 30));
            Instant closes = opens.plus(Duration.ofDays(5 + random.nextInt(40)));
            result.add(new CallDocument(
                    id,
                    1,
                    "资助项目征集 " + id,
                    "面向社会工作服务机构的资助项目征集。",
                    100 + id % 5,
                    "云南测试基金会",
                    FUNDING_TYPES.get(random.nextInt(FUNDING_TYPES.size())),
                    random.nextInt(3) == 0 ? null : PROGRAMMES.get(random.nextInt(PROGRAMMES.size())),
                    region,
                    Regions.withAncestors(List.of(region)),
                    List.of("云南省"),
                    "云南省",
                    groups,
                    50_000_000,
                    15_000_000,
                    opens,
                    closes,
                    null,
                    false,
                    STATUSES.get(random.nextInt(STATUSES.size())),
                    false,
                    NOW,
                    opens));
        }
        return result;
    }

    @BeforeAll
    void indexCalls() {
        index.ensureIndex();
        List<IndexResult> results = new Indexer<>(index)
                .apply(documents.stream().map(IndexOperation::upsert).toList());
        assertThat(results).allMatch(IndexResult::ok);
        index.refresh();
    }

    @AfterAll
    void deleteIndex() {
        index.deleteAll();
    }

    static Stream<CallQuery> searches() {
        return Stream.of(
                query(null, List.of(), List.of(), List.of()),
                query("53", List.of(), List.of(), List.of()),
                query("5306", List.of(), List.of(), List.of()),
                query("530621", List.of("left-behind-children"), List.of(), List.of()),
                query("5333", List.of(), List.of("government-purchase", "matching"), List.of()),
                query("5301", List.of("elderly-in-difficulty"), List.of(), List.of()),
                query("530621100", List.of(), List.of(), List.of("spring-bud")),
                query(null, List.of("disabled", "relocated"), List.of("foundation-grant"), List.of("silver-age")));
    }

    private static CallQuery query(
            String region, List<String> groups, List<String> fundingTypes, List<String> programmes) {
        return new CallQuery(null, region, groups, fundingTypes, programmes, false, NOW, 0, 200);
    }

    @ParameterizedTest
    @MethodSource("searches")
    void totalHitsInOrderAndEveryFacetCountAreThoseOfTheirDefinition(CallQuery query) {
        SearchResult<CallDocument> result = search.search(query);

        List<CallDocument> hits = documents.stream().filter(matching(query, "")).toList();
        assertThat(hits).as("the data set has hits for %s", query).isNotEmpty();
        assertThat(result.total()).isEqualTo(hits.size());
        assertThat(result.hits().stream().map(h -> h.document().id()).toList())
                .containsExactlyElementsOf(hits.stream()
                        .sorted(Comparator.comparing((CallDocument d) -> -state(d))
                                .thenComparing(CallDocument::closesAt)
                                .thenComparing(CallDocument::id))
                        .map(CallDocument::id)
                        .toList());

        assertThat(result.facet(CallQueries.TARGET_GROUP_FACET))
                .as("target groups")
                .containsExactlyElementsOf(counts(query, CallQueries.TARGET_GROUP_FACET, CallDocument::targetGroups));
        assertThat(result.facet(CallQueries.FUNDING_TYPE_FACET))
                .as("funding types")
                .containsExactlyElementsOf(
                        counts(query, CallQueries.FUNDING_TYPE_FACET, d -> List.of(d.fundingType())));
        assertThat(result.facet(CallQueries.PROGRAMME_FACET))
                .as("programmes")
                .containsExactlyElementsOf(counts(
                        query,
                        CallQueries.PROGRAMME_FACET,
                        d -> d.programme() == null ? List.of() : List.of(d.programme())));
        List<FacetCount> regions = counts(
                query,
                CallQueries.REGION_FACET,
                d -> d.regionAncestors().stream()
                        .filter(code -> isChild(code, query.regionCode()))
                        .toList());
        if (query.regionCode() == null || query.regionCode().length() <= 6) {
            assertThat(regions)
                    .as("the data set has children of %s", query.regionCode())
                    .isNotEmpty();
        }
        assertThat(result.facet(CallQueries.REGION_FACET)).as("regions").containsExactlyElementsOf(regions);
    }

    /** 3 open, 2 upcoming, 1 closed (by its funder or by the clock) at the moment of the search. */
    private static int state(CallDocument d) {
        boolean live = d.status().equals(CallDocument.PUBLISHED) && d.closesAt().isAfter(NOW);
        return !live ? 1 : d.opensAt().isAfter(NOW) ? 2 : 3;
    }

    /**
     * A public call that matches every selection of {@code query} but that of facet {@code ignored}; the region: the
     * call's region is it, inside it or contains it.
     */
    private static Predicate<CallDocument> matching(CallQuery query, String ignored) {
        return d -> List.of(CallDocument.PUBLISHED, CallDocument.CLOSED).contains(d.status())
                && (ignored.equals(CallQueries.REGION_FACET)
                        || query.regionCode() == null
                        || d.regionAncestors().contains(query.regionCode())
                        || Regions.withAncestors(List.of(query.regionCode())).contains(d.regionCode()))
                && (ignored.equals(CallQueries.TARGET_GROUP_FACET)
                        || query.targetGroups().isEmpty()
                        || d.targetGroups().stream().anyMatch(query.targetGroups()::contains))
                && (ignored.equals(CallQueries.FUNDING_TYPE_FACET)
                        || query.fundingTypes().isEmpty()
                        || query.fundingTypes().contains(d.fundingType()))
                && (ignored.equals(CallQueries.PROGRAMME_FACET)
                        || query.programmes().isEmpty()
                        || (d.programme() != null && query.programmes().contains(d.programme())));
    }

    /** The facet's counts as Elasticsearch orders them: most calls first, then by value. */
    private List<FacetCount> counts(CallQuery query, String facet, Function<CallDocument, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        documents.stream()
                .filter(matching(query, facet))
                .forEach(d -> values.apply(d).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** A child of {@code region} (a prefecture when there is none). */
    private static boolean isChild(String code, String region) {
        if (region == null) {
            return code.length() == 4;
        }
        int child = region.length() == 2 || region.length() == 4 ? region.length() + 2 : region.length() + 3;
        return code.length() == child && code.startsWith(region);
    }
}

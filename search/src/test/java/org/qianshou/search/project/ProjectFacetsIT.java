package org.qianshou.search.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

/**
 * The search's total, hits in order and every facet count against their definition, computed here from the documents
 * themselves: a document is a hit when it has one of the statuses, the keyword in its title, the region among its
 * ancestors, one of the selected target groups and one of the selected categories; a facet counts, for each of its
 * values, the documents that match every selection but the facet's own (the region facet: the children of the selected
 * region, or the prefectures). However the request is built (what sits in the query, in {@code post_filter} or in the
 * facets' filters), these numbers may not change. Projects in two regions of different prefectures are among them, so
 * that a region's facet meets children of another region.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectFacetsIT {
    private static final List<String> PUBLIC = List.of("published", "closed");
    private static final String KEYWORD = "萤火";
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("53", "云南省"),
            Map.entry("5301", "昆明市"),
            Map.entry("530102", "五华区"),
            Map.entry("530112", "西山区"),
            Map.entry("5306", "昭通市"),
            Map.entry("530621", "鲁甸县"),
            Map.entry("530627", "镇雄县"),
            Map.entry("530621100", "文屏镇"),
            Map.entry("530621101", "龙头山镇"),
            Map.entry("530621100201", "砚池社区"),
            Map.entry("530621100202", "龙井社区"),
            Map.entry("5333", "怒江傈僳族自治州"),
            Map.entry("533321", "泸水市"));
    private static final List<String> PLACES = List.of(
            "530102",
            "530112",
            "5306",
            "530621",
            "530627",
            "530621100",
            "530621101",
            "530621100201",
            "530621100202",
            "533321",
            "5301");
    private static final List<String> GROUPS =
            List.of("left-behind-children", "elderly-in-difficulty", "disabled", "relocated", "poor-households");
    private static final List<String> CATEGORIES =
            List.of("special-groups", "left-behind-children", "relocation-integration", "industry-development");
    private static final List<String> STATUSES = List.of("published", "published", "published", "closed", "draft");
    private static final String[] TITLES = {"乡村互助小组", "社区养老服务", "残疾人康复站", "搬迁社区融合", "产业合作社"};

    private final SearchIndex<ProjectDocument> index =
            new SearchIndex<>(ElasticsearchFixture.client(), ElasticsearchFixture.uniquePrefix(), ProjectQueries.KIND);
    private final Searcher<ProjectDocument, ProjectQuery> search = Searcher.of(index, ProjectQueries.KIND);
    private final List<ProjectDocument> documents = documents();

    /** 160 projects drawn with a fixed seed; one in four in a second region, often of another prefecture. */
    private static List<ProjectDocument> documents() {
        Random random = new Random(20170101);
        List<ProjectDocument> result = new ArrayList<>();
        for (long id = 1; id <= 160; id++) {
            List<String> regions = new ArrayList<>(List.of(pick(random, PLACES)));
            if (random.nextInt(4) == 0) {
                String second = pick(random, PLACES);
                if (!regions.contains(second)) {
                    regions.add(second);
                }
            }
            List<String> ancestors = Regions.withAncestors(regions);
            String title = TITLES[random.nextInt(TITLES.length)] + (random.nextInt(5) == 0 ? KEYWORD + "计划" : "");
            result.add(new ProjectDocument(
                    id,
                    1,
                    title,
                    "为当地群众提供社会工作服务。",
                    100 + id % 7,
                    "社会工作服务中心 " + id % 7,
                    regions,
                    ancestors,
                    ancestors.stream().map(NAMES::get).toList(),
                    some(random, GROUPS),
                    some(random, CATEGORIES),
                    "demonstration",
                    "government-purchase",
                    pick(random, STATUSES),
                    LocalDate.of(2018, 1, 1),
                    LocalDate.of(2019, 12, 31),
                    5_000_000,
                    false,
                    // a few share their time, so that the order by id counts too
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(120)),
                    Instant.parse("2025-12-01T00:00:00Z")));
        }
        return result;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> some(Random random, List<String> values) {
        List<String> chosen = new ArrayList<>();
        for (String value : values) {
            if (random.nextInt(3) == 0) {
                chosen.add(value);
            }
        }
        return chosen.isEmpty() ? List.of(pick(random, values)) : chosen;
    }

    @BeforeAll
    void indexProjects() {
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

    static Stream<Filters> searches() {
        return Stream.of(
                filters(null, null, List.of(), List.of()),
                filters(null, "5306", List.of(), List.of()),
                filters(null, "5301", List.of(), List.of("special-groups")),
                filters(null, "530621", List.of("left-behind-children"), List.of()),
                filters(null, "530621100", List.of(), List.of()),
                filters(null, "530621100201", List.of(), List.of()),
                filters(
                        null,
                        "53",
                        List.of("disabled", "relocated"),
                        List.of("special-groups", "industry-development")),
                filters(
                        null,
                        null,
                        List.of("elderly-in-difficulty", "poor-households"),
                        List.of("left-behind-children")),
                filters(KEYWORD, null, List.of(), List.of()),
                filters(KEYWORD, "5306", List.of("left-behind-children"), List.of()));
    }

    private static Filters filters(String text, String region, List<String> groups, List<String> categories) {
        return new Filters(text, region, groups, categories, 0, 200);
    }

    @ParameterizedTest
    @MethodSource("searches")
    void totalHitsAndEveryFacetCountAreThoseOfTheirDefinition(Filters filters) {
        SearchResult<ProjectDocument> result = search.search(new ProjectQuery(filters, PUBLIC));

        List<ProjectDocument> hits =
                documents.stream().filter(matching(filters, "")).toList();
        assertThat(hits).as("the data set has hits for %s", filters).isNotEmpty();
        assertThat(result.total()).isEqualTo(hits.size());
        List<Long> ids = result.hits().stream().map(h -> h.document().id()).toList();
        if (filters.text() == null) {
            assertThat(ids)
                    .containsExactlyElementsOf(hits.stream()
                            .sorted(Comparator.comparing(ProjectDocument::updatedAt)
                                    .thenComparing(ProjectDocument::id)
                                    .reversed())
                            .map(ProjectDocument::id)
                            .toList());
        } else {
            assertThat(ids)
                    .containsExactlyInAnyOrderElementsOf(
                            hits.stream().map(ProjectDocument::id).toList());
        }

        assertThat(result.facet(Filters.TARGET_GROUP_FACET))
                .as("target groups")
                .containsExactlyElementsOf(counts(filters, Filters.TARGET_GROUP_FACET, ProjectDocument::targetGroups));
        assertThat(result.facet(Filters.CATEGORY_FACET))
                .as("categories")
                .containsExactlyElementsOf(counts(filters, Filters.CATEGORY_FACET, ProjectDocument::serviceCategories));
        assertThat(result.facet(Filters.REGION_FACET))
                .as("regions")
                .containsExactlyElementsOf(counts(
                        filters,
                        Filters.REGION_FACET,
                        d -> d.regionAncestors().stream()
                                .filter(code -> isChild(code, filters.regionCode()))
                                .toList()));
        if (filters.regionCode() == null || filters.regionCode().length() < 12) {
            assertThat(result.facet(Filters.REGION_FACET)).as("regions").isNotEmpty();
        }
    }

    /** A document that matches every selection of {@code filters} but that of facet {@code ignored}. */
    private static Predicate<ProjectDocument> matching(Filters filters, String ignored) {
        return d -> PUBLIC.contains(d.status())
                && (filters.text() == null || d.title().contains(filters.text()))
                && (ignored.equals(Filters.REGION_FACET)
                        || filters.regionCode() == null
                        || d.regionAncestors().contains(filters.regionCode()))
                && (ignored.equals(Filters.TARGET_GROUP_FACET)
                        || filters.targetGroups().isEmpty()
                        || d.targetGroups().stream().anyMatch(filters.targetGroups()::contains))
                && (ignored.equals(Filters.CATEGORY_FACET)
                        || filters.categories().isEmpty()
                        || d.serviceCategories().stream().anyMatch(filters.categories()::contains));
    }

    /** The facet's counts as Elasticsearch orders them: most documents first, then by value. */
    private List<FacetCount> counts(
            Filters filters, String facet, java.util.function.Function<ProjectDocument, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        documents.stream()
                .filter(matching(filters, facet))
                .forEach(d -> values.apply(d).forEach(v -> counts.merge(v, 1L, Long::sum)));
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** A child of {@code region} (a prefecture when there is none; a village has none). */
    private static boolean isChild(String code, String region) {
        if (region == null) {
            return code.length() == 4;
        }
        int child = switch (region.length()) {
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            case 9 -> 12;
            default -> -1;
        };
        return code.length() == child && code.startsWith(region);
    }
}

package org.qianshou.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qianshou.project.search.ProjectSearchResponse;
import org.qianshou.search.FacetCount;
import org.qianshou.search.Filters;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;

/**
 * The public project search done with PostgreSQL alone, for the benchmark's comparison (P2): the same parameters,
 * checks and answer as {@code GET /api/projects/search} without keywords (region with everything below it, target
 * groups, categories, newest first, the three disjunctive facets), on the table {@value #TABLE} that {@code
 * bench/scale/postgres-search.sql} builds from the project tables: one row per public project with its region codes
 * and their ancestors, target groups and categories as arrays (GIN-indexed) and a (updated_at, id) index for the
 * order. One scan of the selected region's rows counts the total and every facet. Exists only with {@code
 * QIANSHOU_BENCH_ENDPOINTS=true}.
 */
@Singleton
@Requires(property = BenchController.FLAG, value = "true")
class PostgresProjectSearchRepository {

    static final String TABLE = "bench_project_search";

    /** As the public search's hits. */
    private static final int SUMMARY_LENGTH = 120;

    /** Total and facets in one pass over the rows of the selected region (all rows without one). */
    private static final String COUNTS = "WITH base AS MATERIALIZED ("
            + " SELECT target_groups, categories, region_paths,"
            + "  (cardinality(?::text[]) = 0 OR target_groups && ?::text[]) AS group_ok,"
            + "  (cardinality(?::text[]) = 0 OR categories && ?::text[]) AS category_ok"
            + " FROM " + TABLE + " WHERE (?::text IS NULL OR region_paths @> ARRAY[?::text]))"
            + " SELECT 't', NULL, count(*) FROM base WHERE group_ok AND category_ok"
            + " UNION ALL SELECT 'g', g, count(*) FROM base, unnest(target_groups) g WHERE category_ok GROUP BY g"
            + " UNION ALL SELECT 'c', c, count(*) FROM base, unnest(categories) c WHERE group_ok GROUP BY c"
            + " UNION ALL SELECT 'r', a, count(*) FROM base, unnest(region_paths) a"
            + "  WHERE group_ok AND category_ok AND length(a) = ? AND a LIKE ? GROUP BY a";

    private static final String HITS = "SELECT id, title, description, organisation_name, region_codes, target_groups,"
            + " categories, programme_code, status, budget_fen, start_date, end_date, demo FROM " + TABLE
            + " WHERE (?::text IS NULL OR region_paths @> ARRAY[?::text])"
            + " AND (cardinality(?::text[]) = 0 OR target_groups && ?::text[])"
            + " AND (cardinality(?::text[]) = 0 OR categories && ?::text[])"
            + " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?";

    private final JdbcOperations jdbc;
    private final SearchVocabulary vocabulary;

    PostgresProjectSearchRepository(JdbcOperations jdbc, SearchVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    /**
     * @throws InvalidInputException for parameters the public search refuses, and for keywords (this search has none)
     */
    @Transactional(readOnly = true)
    public ProjectSearchResponse search(SearchInput input) {
        SearchParameters p = vocabulary.parameters(input);
        if (p.text() != null && !p.text().isBlank()) {
            p.add(new InvalidInputException.Violation("q", "field.q.unsupported"));
        }
        p.validate();
        Filters f = p.filters();
        String region = f.regionCode() == null || f.regionCode().isBlank() ? null : f.regionCode();
        return jdbc.execute(connection -> {
            Array groups = connection.createArrayOf("text", f.targetGroups().toArray());
            Array categories = connection.createArrayOf("text", f.categories().toArray());
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            long total = counts(connection, region, groups, categories, facets);
            List<ProjectSearchResponse.Hit> items = hits(connection, region, groups, categories, f.page(), f.size());
            return new ProjectSearchResponse(
                    total,
                    p.page(),
                    p.size(),
                    items,
                    new ProjectSearchResponse.Facets(
                            vocabulary.regionFacet(region, facets.getOrDefault("r", List.of())),
                            vocabulary.targetGroupFacet(facets.getOrDefault("g", List.of())),
                            vocabulary.categoryFacet(facets.getOrDefault("c", List.of()))),
                    false);
        });
    }

    private static long counts(
            Connection connection,
            @Nullable String region,
            Array groups,
            Array categories,
            Map<String, List<FacetCount>> facets)
            throws SQLException {
        int childLength = region == null
                ? 4
                : region.length() == 2 || region.length() == 4 ? region.length() + 2 : region.length() + 3;
        String childPrefix = region == null ? "53" : region;
        long total = 0;
        try (PreparedStatement st = connection.prepareStatement(COUNTS)) {
            st.setArray(1, groups);
            st.setArray(2, groups);
            st.setArray(3, categories);
            st.setArray(4, categories);
            st.setString(5, region);
            st.setString(6, region);
            st.setInt(7, childLength);
            st.setString(8, childPrefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    if ("t".equals(kind)) {
                        total = rs.getLong(3);
                    } else {
                        facets.computeIfAbsent(kind, k -> new ArrayList<>())
                                .add(new FacetCount(rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        }
        // as Elasticsearch orders a terms aggregation: count descending, then the key
        facets.values()
                .forEach(list -> list.sort(
                        Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::key)));
        return total;
    }

    private List<ProjectSearchResponse.Hit> hits(
            Connection connection, @Nullable String region, Array groups, Array categories, int page, int size)
            throws SQLException {
        List<ProjectSearchResponse.Hit> items = new ArrayList<>(size);
        try (PreparedStatement st = connection.prepareStatement(HITS)) {
            st.setString(1, region);
            st.setString(2, region);
            st.setArray(3, groups);
            st.setArray(4, groups);
            st.setArray(5, categories);
            st.setArray(6, categories);
            st.setInt(7, size);
            st.setLong(8, (long) page * size);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(new ProjectSearchResponse.Hit(
                            rs.getLong("id"),
                            rs.getString("title"),
                            FoundItem.start(rs.getString("description"), SUMMARY_LENGTH),
                            rs.getString("organisation_name"),
                            strings(rs.getArray("region_codes")).stream()
                                    .map(vocabulary::regionRef)
                                    .toList(),
                            strings(rs.getArray("target_groups")),
                            strings(rs.getArray("categories")),
                            rs.getString("programme_code"),
                            rs.getString("status"),
                            rs.getLong("budget_fen"),
                            rs.getObject("start_date", java.time.LocalDate.class),
                            rs.getObject("end_date", java.time.LocalDate.class),
                            rs.getBoolean("demo"),
                            new ProjectSearchResponse.Highlights(null, List.of())));
                }
            }
        }
        return items;
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}

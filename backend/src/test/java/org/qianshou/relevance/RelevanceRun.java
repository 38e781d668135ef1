package org.qianshou.relevance;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.qianshou.combinedsearch.CombinedSearchInput;
import org.qianshou.combinedsearch.CombinedSearchResponse;
import org.qianshou.combinedsearch.CombinedSearchService;
import org.qianshou.system.search.FoundItem;

/**
 * Runs the judged set against the loaded demo data through the combined search ({@code GET /api/search}'s service: a
 * query's {@code kind} filter chooses one kind's own search, none blends the five), and scores each query's first 20
 * hits with nDCG@10 and recall@20 ({@link RankEvalMetrics}).
 */
final class RelevanceRun {

    static final int NDCG_AT = 10;
    static final int RECALL_AT = 20;
    /** rank_eval's {@code relevant_rating_threshold} for recall: every grade above 0 is relevant. */
    static final int RELEVANT = 1;

    /** One query's figures: its hits' keys and grades, what the judges rated above 0, and the two metrics. */
    record QueryResult(
            JudgedSet.JudgedQuery query,
            long total,
            List<String> keys,
            List<Integer> grades,
            long relevant,
            double ndcg,
            double recall,
            double bestRecall) {}

    /** The set's figures: the means over the queries, as rank_eval's {@code metric_score}. */
    record Report(List<QueryResult> queries) {
        double ndcg() {
            return queries.stream().mapToDouble(QueryResult::ndcg).average().orElse(0);
        }

        double recall() {
            return queries.stream().mapToDouble(QueryResult::recall).average().orElse(0);
        }

        double bestRecall() {
            return queries.stream()
                    .mapToDouble(QueryResult::bestRecall)
                    .average()
                    .orElse(0);
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "queries: %d%nnDCG@%d: %.4f%nrecall@%d: %.4f (the best possible with %d hits: %.4f)",
                    queries.size(),
                    NDCG_AT,
                    ndcg(),
                    RECALL_AT,
                    recall(),
                    RECALL_AT,
                    bestRecall());
        }

        String table() {
            StringBuilder out = new StringBuilder(String.format(
                    Locale.ROOT, "%-5s %7s %9s %8s %8s  %s%n", "id", "nDCG", "recall", "rated>0", "total", "query"));
            for (QueryResult r : queries) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-5s %7.3f %9.3f %8d %8d  %s %s%n",
                        r.query().id(),
                        r.ndcg(),
                        r.recall(),
                        r.relevant(),
                        r.total(),
                        r.query().q(),
                        r.query().filters().isEmpty() ? "" : r.query().filters()));
            }
            return out.toString();
        }
    }

    private final CombinedSearchService search;
    private final DataSource dataSource;

    RelevanceRun(CombinedSearchService search, DataSource dataSource) {
        this.search = search;
        this.dataSource = dataSource;
    }

    Report run(JudgedSet set, List<DemoDocuments.Doc> docs) {
        Map<String, String> keys = keysByHit(docs);
        List<QueryResult> results = new ArrayList<>();
        for (JudgedSet.JudgedQuery query : set.queries()) {
            Map<String, Integer> grades = new HashMap<>();
            List<Integer> judged = new ArrayList<>();
            for (DemoDocuments.Doc doc : docs) {
                int grade =
                        doc.visible() && (query.kind() == null || query.kind().equals(doc.kind()))
                                ? query.grade(doc)
                                : 0;
                if (grade > 0) {
                    grades.put(doc.key(), grade);
                    judged.add(grade);
                }
            }
            CombinedSearchResponse answer = search.search(new CombinedSearchInput(
                    query.q(),
                    query.kind(),
                    query.filters().get("region"),
                    query.filters().containsKey("targetGroup")
                            ? List.of(query.filters().get("targetGroup"))
                            : null,
                    0,
                    RECALL_AT,
                    Map.of()));
            List<String> hitKeys = new ArrayList<>();
            List<Integer> hitGrades = new ArrayList<>();
            for (FoundItem hit : answer.hits()) {
                String key = keys.get(hit.kind() + "#" + hit.id());
                if (key == null) {
                    throw new IllegalStateException("a hit that is no demo document: " + hit);
                }
                hitKeys.add(key);
                hitGrades.add(grades.getOrDefault(key, 0));
            }
            long relevant = judged.stream().filter(g -> g >= RELEVANT).count();
            results.add(new QueryResult(
                    query,
                    answer.total(),
                    hitKeys,
                    hitGrades,
                    relevant,
                    RankEvalMetrics.ndcg(hitGrades, judged, NDCG_AT),
                    RankEvalMetrics.recall(hitGrades, judged, RECALL_AT, RELEVANT),
                    relevant == 0 ? 0 : Math.min(RECALL_AT, relevant) / (double) relevant));
        }
        return new Report(results);
    }

    /**
     * The stable key of each demo row, {@code kind#id} → {@code kind:n}: the loader creates each kind's rows in the
     * generator's order, so the n-th row by id is the generator's n-th document, checked by its title.
     */
    private Map<String, String> keysByHit(List<DemoDocuments.Doc> docs) {
        Map<String, String> keys = new HashMap<>();
        keys(keys, docs, "project", "SELECT id, title FROM project WHERE demo ORDER BY id");
        keys(keys, docs, "opening", "SELECT id, title FROM opening WHERE demo ORDER BY id");
        keys(keys, docs, "call", "SELECT id, title FROM funding_call WHERE demo ORDER BY id");
        keys(keys, docs, "organisation", "SELECT id, name FROM organisation WHERE demo ORDER BY id");
        keys(keys, docs, "story", "SELECT id, title FROM story WHERE demo ORDER BY id");
        return keys;
    }

    private void keys(Map<String, String> keys, List<DemoDocuments.Doc> docs, String kind, String sql) {
        List<DemoDocuments.Doc> ofKind =
                docs.stream().filter(d -> d.kind().equals(kind)).toList();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = 0;
            while (rs.next()) {
                if (n >= ofKind.size() || !ofKind.get(n).title().equals(rs.getString(2))) {
                    throw new IllegalStateException(
                            "the demo " + kind + " rows are not the generator's: row " + n + " is " + rs.getString(2));
                }
                keys.put(kind + "#" + rs.getLong(1), ofKind.get(n).key());
                n++;
            }
            if (n != ofKind.size()) {
                throw new IllegalStateException(
                        "the database holds " + n + " demo " + kind + " rows, the generator " + ofKind.size());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.qianshou.relevance;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.qianshou.system.search.CombinedPart;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;

/**
 * Runs the judged set against the loaded demo data through the combined search ({@code GET /api/search}'s service: a
 * query's {@code kind} filter chooses one kind's own search, none blends the five), and scores each query's first 20
 * hits with nDCG@10 and recall@20: with Elasticsearch's {@code _rank_eval} when the node has the {@code rank-eval}
 * module (each one-kind query's request as the kind sends it, strict or loose as the search ran it, with its ratings;
 * {@link RankEvalBody}), otherwise computed in Java with the same definitions ({@link RankEvalMetrics}). A blended
 * query is always computed in Java: its order is the application's blend of five searches, not one Elasticsearch
 * search that {@code _rank_eval} could run.
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

    /**
     * The set's figures: the means over the queries, as rank_eval's {@code metric_score}.
     *
     * @param method which computed them, in words
     */
    record Report(List<QueryResult> queries, String method) {
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
                    "queries: %d%nmetrics: %s%nnDCG@%d: %.4f%nrecall@%d: %.4f (the best possible with %d hits: %.4f)",
                    queries.size(),
                    method,
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
    private final List<CombinedSearchKind> kinds;
    private final SearchVocabulary vocabulary;
    private final RankEvalApi rankEval;

    RelevanceRun(
            CombinedSearchService search,
            DataSource dataSource,
            List<CombinedSearchKind> kinds,
            SearchVocabulary vocabulary,
            RankEvalApi rankEval) {
        this.search = search;
        this.dataSource = dataSource;
        this.kinds = kinds;
        this.vocabulary = vocabulary;
        this.rankEval = rankEval;
    }

    /**
     * Runs every query of {@code set} and scores its hits with {@code judgements} (the written-out set, or what the
     * rules give for another load: {@link Judgements#of}).
     *
     * @throws IllegalStateException when a judgement names a document the load does not hold
     */
    Report run(JudgedSet set, List<DemoDocuments.Doc> docs, Judgements judgements) {
        Map<String, String> keys = keysByHit(docs);
        Map<String, String> idsByKey = new HashMap<>();
        keys.forEach((hit, key) -> idsByKey.put(key, hit.substring(hit.indexOf('#') + 1)));
        Map<String, List<RankEvalBody.Rated>> ratedByAlias = new java.util.LinkedHashMap<>();
        List<QueryResult> results = new ArrayList<>();
        for (JudgedSet.JudgedQuery query : set.queries()) {
            Map<String, Integer> grades = new HashMap<>(judgements.of(query.id()));
            for (String key : grades.keySet()) {
                if (!idsByKey.containsKey(key)) {
                    throw new IllegalStateException(query.id() + " judges " + key + ", which this load does not hold");
                }
            }
            List<Integer> judged = new ArrayList<>(grades.values());
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
            if (query.kind() != null) {
                boolean loose = answer.kinds().stream().anyMatch(k -> k.kind().equals(query.kind()) && k.loose());
                CombinedPart<?> part = request(query, loose);
                List<RankEvalBody.Rating> ratings = new ArrayList<>();
                grades.forEach((key, grade) ->
                        ratings.add(new RankEvalBody.Rating(part.pending().alias(), idsByKey.get(key), grade)));
                ratedByAlias
                        .computeIfAbsent(part.pending().alias(), a -> new ArrayList<>())
                        .add(new RankEvalBody.Rated(query.id(), part.pending().body(), ratings));
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
        return withRankEval(results, ratedByAlias);
    }

    /** The one-kind query's request as its kind sends it for the run: strict, or loose when the search ran loose. */
    private CombinedPart<?> request(JudgedSet.JudgedQuery query, boolean loose) {
        CombinedSearchKind kind = kinds.stream()
                .filter(k -> k.kind().equals(query.kind()))
                .findFirst()
                .orElseThrow();
        SearchParameters p = vocabulary.parameters(
                new SearchInput(
                        query.q(),
                        query.filters().get("region"),
                        query.filters().containsKey("targetGroup")
                                ? List.of(query.filters().get("targetGroup"))
                                : null,
                        null,
                        0,
                        RECALL_AT),
                SearchParameters.MAX_WINDOW);
        CombinedPart<?> part = kind.prepare(p, Map.of(), java.time.Instant.now(), 0, RECALL_AT);
        p.validate();
        if (loose) {
            part.loosen();
        }
        return part;
    }

    /**
     * The figures of the one-kind queries from {@code _rank_eval} when the node has it (the ratings then name the
     * concrete index behind each alias), the blended ones kept as computed; all computed in Java otherwise.
     */
    private Report withRankEval(List<QueryResult> results, Map<String, List<RankEvalBody.Rated>> ratedByAlias) {
        if (rankEval == null || ratedByAlias.isEmpty()) {
            return new Report(results, "computed in Java with _rank_eval's definitions");
        }
        String anyAlias = ratedByAlias.keySet().iterator().next();
        java.util.Optional<String> unavailable = rankEval.unavailable(anyAlias);
        if (unavailable.isPresent()) {
            return new Report(
                    results,
                    "computed in Java with _rank_eval's definitions (the node has no _rank_eval: "
                            + unavailable.get().lines().findFirst().orElse("") + ")");
        }
        Map<String, Double> ndcg = new HashMap<>();
        Map<String, Double> recall = new HashMap<>();
        try {
            for (var entry : ratedByAlias.entrySet()) {
                String index = rankEval.concreteIndex(entry.getKey());
                List<RankEvalBody.Rated> rated = entry.getValue().stream()
                        .map(r -> new RankEvalBody.Rated(
                                r.id(),
                                r.searchBody(),
                                r.ratings().stream()
                                        .map(x -> new RankEvalBody.Rating(index, x.id(), x.rating()))
                                        .toList()))
                        .toList();
                ndcg.putAll(rankEval.scores(entry.getKey(), RankEvalBody.of(rated, RankEvalBody.dcg(NDCG_AT))));
                recall.putAll(rankEval.scores(
                        entry.getKey(), RankEvalBody.of(rated, RankEvalBody.recall(RECALL_AT, RELEVANT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<QueryResult> evaluated = results.stream()
                .map(r -> ndcg.containsKey(r.query().id())
                        ? new QueryResult(
                                r.query(),
                                r.total(),
                                r.keys(),
                                r.grades(),
                                r.relevant(),
                                ndcg.get(r.query().id()),
                                recall.get(r.query().id()),
                                r.bestRecall())
                        : r)
                .toList();
        return new Report(
                evaluated,
                "Elasticsearch's _rank_eval for the " + ndcg.size()
                        + " one-kind queries; the blended ones computed in Java with its definitions");
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

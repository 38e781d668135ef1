package org.qianshou.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The judged set written out document by document: for each query, every document graded above 0 with its grade
 * ({@code bench/relevance/judgements.tsv} for {@link RelevanceIT}'s demo load). The rules of {@code queries.tsv}
 * produce it ({@link #of}); the file is what a person reviews, and {@link RelevanceIT} fails when the rules grade
 * otherwise, so that a change of a rule shows as changed lines of this file.
 *
 * @param grades query id → document key → grade (1–3), the queries in the set's order, the documents by grade
 *     (highest first), then in the demo data's order
 */
record Judgements(Map<String, Map<String, Integer>> grades) {

    /** Where the written-out set lives, beside {@link JudgedSet#file()}. */
    static Path file() {
        return JudgedSet.file().resolveSibling("judgements.tsv");
    }

    /**
     * The grades the rules give: a document the search may not show (a draft project, a call its funder closed) or of
     * another kind than the query's is graded 0, so it is not listed.
     */
    static Judgements of(JudgedSet set, List<DemoDocuments.Doc> docs) {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (JudgedSet.JudgedQuery query : set.queries()) {
            Map<String, Integer> byGrade = new LinkedHashMap<>();
            for (int grade = 3; grade >= 1; grade--) {
                for (DemoDocuments.Doc doc : docs) {
                    if (doc.visible()
                            && (query.kind() == null || query.kind().equals(doc.kind()))
                            && query.grade(doc) == grade) {
                        byGrade.put(doc.key(), grade);
                    }
                }
            }
            grades.put(query.id(), byGrade);
        }
        return new Judgements(grades);
    }

    /** The grades of one query's documents (none for an unknown query). */
    Map<String, Integer> of(String queryId) {
        return grades.getOrDefault(queryId, Map.of());
    }

    /**
     * The file's text: a header naming the load, then per query a comment with the query and its counts by grade and
     * one line per document: query id, grade, document key, the document's title (what a reviewer reads).
     */
    String render(JudgedSet set, List<DemoDocuments.Doc> docs, int projects, long seed) {
        Map<String, String> titles = new LinkedHashMap<>();
        docs.forEach(d -> titles.put(d.key(), d.title()));
        StringBuilder out = new StringBuilder();
        out.append("# The judged set written out for the demo load of ")
                .append(projects)
                .append(" projects, seed ")
                .append(seed)
                .append(": every document graded above 0\n")
                .append("# for each query of queries.tsv, by its rules (README.md). RelevanceIT scores its load with")
                .append(" judgements.tsv\n")
                .append("# and fails when the rules no longer give exactly these lines: review the difference, then")
                .append(" copy\n")
                .append("# backend/target/judgements.tsv over judgements.tsv.\n")
                .append("# query\tgrade\tdocument\ttitle\n");
        for (JudgedSet.JudgedQuery query : set.queries()) {
            Map<String, Integer> graded = of(query.id());
            Map<Integer, Long> counts = new TreeMap<>(java.util.Comparator.reverseOrder());
            graded.values().forEach(g -> counts.merge(g, 1L, Long::sum));
            out.append("\n# ")
                    .append(query.id())
                    .append(' ')
                    .append(query.q())
                    .append(query.filters().isEmpty() ? "" : " " + query.filters())
                    .append(": ")
                    .append(graded.size())
                    .append(" documents graded");
            counts.forEach((g, n) -> out.append(", ").append(n).append(" × ").append(g));
            out.append('\n');
            graded.forEach((key, grade) -> out.append(query.id())
                    .append('\t')
                    .append(grade)
                    .append('\t')
                    .append(key)
                    .append('\t')
                    .append(titles.get(key))
                    .append('\n'));
        }
        return out.toString();
    }

    static Judgements read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Judgements parse(List<String> lines) {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3) {
                throw new IllegalArgumentException("line " + (n + 1) + ": query, grade, document expected");
            }
            int grade = Integer.parseInt(cells[1].strip());
            if (grade < 1 || grade > 3) {
                throw new IllegalArgumentException("line " + (n + 1) + ": grade " + grade + " is not 1, 2 or 3");
            }
            Integer was = grades.computeIfAbsent(cells[0].strip(), q -> new LinkedHashMap<>())
                    .put(cells[2].strip(), grade);
            if (was != null) {
                throw new IllegalArgumentException("line " + (n + 1) + ": " + cells[2] + " graded twice");
            }
        }
        return new Judgements(grades);
    }

    /**
     * The lines of {@code expected} missing from {@code actual} ({@code -}) and those added ({@code +}), at most
     * {@code limit} of each: what changed, readable in a test's message.
     */
    static List<String> difference(String expected, String actual, int limit) {
        List<String> was = expected.lines().toList();
        List<String> now = actual.lines().toList();
        java.util.Set<String> wasSet = new java.util.HashSet<>(was);
        java.util.Set<String> nowSet = new java.util.HashSet<>(now);
        List<String> out = new ArrayList<>();
        was.stream().filter(l -> !nowSet.contains(l)).limit(limit).forEach(l -> out.add("- " + l));
        now.stream().filter(l -> !wasSet.contains(l)).limit(limit).forEach(l -> out.add("+ " + l));
        return out;
    }
}

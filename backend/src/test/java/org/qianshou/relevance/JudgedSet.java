package org.qianshou.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The judged query set of {@code bench/relevance/queries.tsv}: each query with its filters and the rules a person
 * followed to grade documents 3, 2 and 1 from what they say (everything else 0). {@code bench/relevance/README.md}
 * says how the grades were given and what the rules' words mean.
 */
record JudgedSet(List<JudgedQuery> queries) {

    /** Where the set lives, from the repository's root or from the backend module (where Maven runs tests). */
    static Path file() {
        Path fromModule = Path.of("..", "bench", "relevance", "queries.tsv");
        return Files.exists(fromModule) ? fromModule : Path.of("bench", "relevance", "queries.tsv");
    }

    static JudgedSet read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JudgedSet parse(List<String> lines) {
        List<JudgedQuery> queries = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 6) {
                throw new IllegalArgumentException("line " + (n + 1) + ": id, q, filters, grade 3, 2, 1 expected");
            }
            queries.add(new JudgedQuery(
                    cells[0].strip(),
                    cells[1].strip(),
                    filters(cells[2].strip(), n + 1),
                    List.of(rule(cells[3], n + 1), rule(cells[4], n + 1), rule(cells[5], n + 1))));
        }
        long ids = queries.stream().map(JudgedQuery::id).distinct().count();
        if (ids != queries.size()) {
            throw new IllegalArgumentException("query ids repeat");
        }
        return new JudgedSet(List.copyOf(queries));
    }

    /** One judged query: the search's parameters and the rules of grades 3, 2 and 1. */
    record JudgedQuery(String id, String q, Map<String, String> filters, List<Rule> rules) {

        /** The grade of a document: the highest whose rule it meets, 0 when none. */
        int grade(DemoDocuments.Doc doc) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).test(doc)) {
                    return 3 - i;
                }
            }
            return 0;
        }

        String kind() {
            return filters.get("kind");
        }
    }

    /** A grade's rule as written, and what it tests. */
    record Rule(String text, Predicate<DemoDocuments.Doc> test) {
        boolean test(DemoDocuments.Doc doc) {
            return test.test(doc);
        }
    }

    private static Map<String, String> filters(String cell, int line) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (cell.isEmpty() || cell.equals("-")) {
            return filters;
        }
        for (String pair : cell.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !List.of("kind", "region", "targetGroup").contains(kv[0])) {
                throw new IllegalArgumentException("line " + line + ": filter " + pair);
            }
            filters.put(kv[0], kv[1]);
        }
        return filters;
    }

    /**
     * A rule: alternatives separated by {@code |}, each a conjunction of words separated by {@code &}: {@code t:X} the
     * title holds X, {@code x:X} the title or the text holds X, {@code o:X} the organisation's name holds X, {@code g:G}
     * a target group, {@code c:C} a service category, {@code r:CODE} a region at or under CODE, {@code k:KIND} the kind,
     * a leading {@code !} negates a word; {@code -} matches nothing.
     */
    static Rule rule(String cell, int line) {
        String text = cell.strip();
        if (text.isEmpty() || text.equals("-")) {
            return new Rule("-", doc -> false);
        }
        List<Predicate<DemoDocuments.Doc>> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|")) {
            List<Predicate<DemoDocuments.Doc>> words = Arrays.stream(alternative.split("&"))
                    .map(String::strip)
                    .map(word -> word(word, line))
                    .toList();
            alternatives.add(doc -> words.stream().allMatch(w -> w.test(doc)));
        }
        return new Rule(text, doc -> alternatives.stream().anyMatch(a -> a.test(doc)));
    }

    private static Predicate<DemoDocuments.Doc> word(String word, int line) {
        if (word.startsWith("!")) {
            return word(word.substring(1), line).negate();
        }
        if (word.length() < 3 || word.charAt(1) != ':') {
            throw new IllegalArgumentException("line " + line + ": rule word " + word);
        }
        String value = word.substring(2);
        return switch (word.charAt(0)) {
            case 't' -> doc -> doc.title().contains(value);
            case 'x' -> doc -> doc.title().contains(value) || doc.text().contains(value);
            case 'o' -> doc -> doc.organisation().contains(value);
            case 'g' -> doc -> doc.targetGroups().contains(value);
            case 'c' -> doc -> doc.categories().contains(value);
            case 'r' -> doc -> doc.regions().stream().anyMatch(code -> code.startsWith(value));
            case 'k' -> doc -> doc.kind().equals(value);
            default -> throw new IllegalArgumentException("line " + line + ": rule word " + word);
        };
    }
}

package org.qianshou.search.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of words that mean the same to the people searching (易地扶贫搬迁 = 易地搬迁, 留守娃 = 留守儿童), applied to
 * the keywords when a query is built, so a change needs no reindex. The groups come from the versioned file {@code
 * /search/synonyms.txt} ({@link #defaults()}) and the administrators' additions; {@link #use} installs the set every
 * query uses from then on. Words are folded ({@link ChineseText#fold}). Immutable and thread-safe.
 */
public final class Synonyms {

    /** The file's resource path. */
    public static final String RESOURCE = "/search/synonyms.txt";

    private static final Synonyms DEFAULTS = parse(read(RESOURCE), RESOURCE);
    private static volatile Synonyms current = DEFAULTS;

    private final List<List<String>> groups;
    /** word → the groups it belongs to, merged: every other word it may be replaced with, itself first. */
    private final Map<String, List<String>> alternatives;
    /** Every word, longest first, for the longest match at a position. */
    private final List<String> words;

    private Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        Map<String, Set<String>> byWord = new HashMap<>();
        for (List<String> group : this.groups) {
            for (String word : group) {
                Set<String> alts = byWord.computeIfAbsent(word, w -> new LinkedHashSet<>(List.of(w)));
                alts.addAll(group);
            }
        }
        Map<String, List<String>> alts = new HashMap<>();
        byWord.forEach((word, set) -> alts.put(word, List.copyOf(set)));
        this.alternatives = Map.copyOf(alts);
        this.words = byWord.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The groups of the file in the repository. */
    public static Synonyms defaults() {
        return DEFAULTS;
    }

    /** The set every query uses now. */
    public static Synonyms current() {
        return current;
    }

    /** Makes {@code synonyms} the set every query uses from now on. */
    public static void use(Synonyms synonyms) {
        current = synonyms;
    }

    /** These groups, each of at least two distinct folded words; shorter groups are dropped. */
    public static Synonyms of(List<List<String>> groups) {
        List<List<String>> clean = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> words = group.stream()
                    .map(ChineseText::fold)
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .distinct()
                    .toList();
            if (words.size() >= 2) {
                clean.add(words);
            }
        }
        return new Synonyms(clean);
    }

    /** These groups and {@code more}. */
    public Synonyms with(List<List<String>> more) {
        List<List<String>> all = new ArrayList<>(groups);
        all.addAll(more);
        return of(all);
    }

    public List<List<String>> groups() {
        return groups;
    }

    /**
     * One group per line, its words separated by commas (ASCII or Chinese); {@code #} starts a comment.
     *
     * @throws IllegalArgumentException for a line with a single word
     */
    public static Synonyms parse(String text, String source) {
        List<List<String>> groups = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> group = Arrays.stream(line.split("[,，、]"))
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .toList();
            if (group.size() < 2) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": a group needs two words or more");
            }
            groups.add(group);
        }
        return of(groups);
    }

    /**
     * The keyword as typed (folded) first, then the same with each synonym found in it replaced by the other words of
     * its group: the longest word at each position, left to right, so 社工站 is read as 社工站 (→ 社会工作服务站), not
     * as 社工 + 站. At most {@code limit} variants.
     */
    public List<String> variants(String foldedKeyword, int limit) {
        List<String> variants = new ArrayList<>();
        variants.add(foldedKeyword);
        // the keyword cut into plain text and found words, each found word with its alternatives
        List<List<String>> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < foldedKeyword.length()) {
            String found = longestAt(foldedKeyword, i);
            if (found == null) {
                plain.append(foldedKeyword.charAt(i));
                i++;
                continue;
            }
            if (!plain.isEmpty()) {
                parts.add(List.of(plain.toString()));
                plain.setLength(0);
            }
            parts.add(alternatives.get(found));
            i += found.length();
        }
        if (!plain.isEmpty()) {
            parts.add(List.of(plain.toString()));
        }
        combine(parts, 0, new StringBuilder(), variants, limit);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(variants));
        return distinct.subList(0, Math.min(limit, distinct.size()));
    }

    private String longestAt(String text, int from) {
        for (String word : words) {
            if (text.startsWith(word, from)) {
                return word;
            }
        }
        return null;
    }

    private static void combine(List<List<String>> parts, int at, StringBuilder prefix, List<String> out, int limit) {
        if (out.size() >= limit * 2) {
            return;
        }
        if (at == parts.size()) {
            out.add(prefix.toString());
            return;
        }
        for (String option : parts.get(at)) {
            int length = prefix.length();
            prefix.append(option);
            combine(parts, at + 1, prefix, out, limit);
            prefix.setLength(length);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + resource, e);
        }
    }
}

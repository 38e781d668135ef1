package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qianshou.search.text.ChineseText;
import org.qianshou.search.text.Keyword;
import org.qianshou.search.text.Synonyms;
import org.qianshou.search.text.ZhFields;

/**
 * The pieces a kind's queries build their request from (see {@code docs/adr/0003-search-analysis.md} and {@code
 * 0013-chinese-text-library.md}): keywords folded, with their synonyms and pinyin, as required phrases over unigram
 * fields with bigram scoring (or, in loose mode, two thirds of their character pairs or one character replaced), the region subtree filter and facet on {@code
 * regionAncestors}, disjunctive {@code terms} facets (a {@code filter} aggregation around a {@code terms} one named
 * {@value #FACET_TERMS}, the shape {@link Searcher} reads back), highlight marks U+E000/U+E001, the 10,000-hit
 * window.
 */
public final class QueryParts {
    public static final int MAX_WINDOW = 10_000;
    static final String MARK_START = "\uE000";
    static final String MARK_END = "\uE001";
    static final String FACET_TERMS = "terms";
    static final String REGION_FIELD = "regionAncestors";
    static final int REGION_FACET_SIZE = 200;
    public static final int CODE_FACET_SIZE = 50;

    /** Set while {@link #loosely} builds a request; its flag tells whether a keyword clause was loosened. */
    private static final ThreadLocal<boolean[]> LOOSE = new ThreadLocal<>();
    /** Set while {@link #forIndexFields} builds a request for an index that lacks some of the Chinese-text fields. */
    private static final ThreadLocal<IndexFields> INDEX_FIELDS = new ThreadLocal<>();

    /** Whitespace and the punctuation people type between keywords, Chinese and Latin. */
    private static final String KEYWORD_SEPARATORS = "[\\s\\u3000,，、;；。!！?？:：()（）\\[\\]【】《》<>\"“”'‘’|/]+";

    private QueryParts() {}

    /**
     * @throws IllegalArgumentException for a negative page, a size below 1, a page beyond the first 10,000 hits, or
     *     a malformed region code
     */
    public static void checkPageAndRegion(int page, int size, String regionCode) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        if ((long) page * size + size > MAX_WINDOW) {
            throw new IllegalArgumentException("cannot page beyond the first " + MAX_WINDOW + " results");
        }
        if (regionCode != null && !regionCode.isBlank()) {
            Regions.requireCode(regionCode);
        }
    }

    public static List<String> keywords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return joinSyllables(Arrays.stream(text.strip().split(KEYWORD_SEPARATORS))
                .filter(k -> !k.isEmpty())
                .toList());
    }

    /**
     * Adjacent keywords in Latin letters of which one is a single pinyin syllable are one keyword, their syllables in a
     * row ({@code zhao tong} is {@code zhaotong}, {@code liushou er tong} is {@code liushouertong}): a single syllable
     * alone matches no pinyin ({@link Keyword#syllableSplits}), and people who type pinyin apart mean the word.
     */
    static List<String> joinSyllables(List<String> words) {
        List<String> joined = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String word : words) {
            if (ChineseText.fold(word).chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                run.add(word);
            } else {
                endRun(run, joined);
                joined.add(word);
            }
        }
        endRun(run, joined);
        return List.copyOf(joined);
    }

    private static void endRun(List<String> run, List<String> joined) {
        if (run.size() >= 2 && run.stream().anyMatch(Keyword::isOneSyllable)) {
            joined.add(String.join(" ", run));
        } else {
            joined.addAll(run);
        }
        run.clear();
    }

    /**
     * Every keyword a required clause; all keywords together score on the bigram fields. A keyword is folded ({@link
     * ChineseText#fold}: 留守兒童 is 留守儿童) and matches, over the folded copies of {@code phraseFields} ({@code
     * zh.title} for {@code title}), as a phrase — or any of its synonyms as a phrase ({@link Synonyms#current()}:
     * 留守娃 also finds 留守儿童). A keyword in Latin letters also matches the pinyin of titles and organisations'
     * names: as two or more syllables in a row when it splits so ({@code liushou}; never a single syllable such as
     * {@code shi}), as initials in a row when it does not split ({@code lset}); and a place's whole name ({@code
     * zhaotong}, {@code zhenxiongxian}; never a part of it, so {@code xian} does not find every county, see {@link
     * org.qianshou.search.text.PlaceNames}) or its whole name's initials of three letters or more ({@code zts}, {@code
     * zxx}; never two: {@code zt} names dozens of places). In {@linkplain #loosely loose mode} a keyword (or a synonym) matches when
     * the text has at least two thirds of its overlapping character pairs (留守儿重: 留守, 守儿, 儿重 — two of three), or,
     * when it is three or more Chinese characters, the keyword with one character inside it replaced (易地般迁: 易地 and
     * 迁 one character apart, as in 易地搬迁).
     *
     * @param phraseFields the kind's text fields with their boosts ({@code title^4}); the index has their folded copies
     *     under {@code zh.}
     * @param bigramFields the same fields' {@code .bigram} subfields with their boosts
     */
    public static void keywordClauses(
            BoolQuery.Builder b, List<String> keywords, List<String> phraseFields, List<String> bigramFields) {
        if (keywords.isEmpty()) {
            return;
        }
        boolean loose = LOOSE.get() != null;
        if (loose) {
            LOOSE.get()[0] = true;
        }
        Synonyms synonyms = Synonyms.current();
        IndexFields has = INDEX_FIELDS.get() == null ? IndexFields.ALL : INDEX_FIELDS.get();
        List<String> folded =
                has.folded() ? phraseFields.stream().map(QueryParts::zh).toList() : phraseFields;
        List<String> foldedBigrams =
                has.folded() ? bigramFields.stream().map(QueryParts::zh).toList() : bigramFields;
        List<String> scoring = new ArrayList<>();
        for (String typed : keywords) {
            Keyword keyword = Keyword.of(typed, synonyms);
            List<Query> alternatives = new ArrayList<>();
            for (String variant : keyword.variants()) {
                if (loose) {
                    alternatives.add(pairs(variant, foldedBigrams));
                    oneCharacterReplaced(variant).forEach(p -> alternatives.add(sloppyPhrase(p, folded)));
                } else {
                    alternatives.add(phrase(variant, folded));
                }
            }
            if (has.pinyin()) { // an index of an older mapping may have no pinyin and no places
                for (List<String> syllables : keyword.syllableSplits()) {
                    alternatives.add(Query.of(
                            q -> q.matchPhrase(p -> p.field(ZhFields.PINYIN).query(String.join(" ", syllables)))));
                }
                if (!keyword.initials().isEmpty()) {
                    alternatives.add(Query.of(q -> q.matchPhrase(p -> p.field(ZhFields.INITIALS)
                            .query(String.join(" ", keyword.initials()))
                            .boost(0.5f))));
                }
            }
            if (has.places()) {
                keyword.place()
                        .ifPresent(place -> alternatives.add(Query.of(
                                q -> q.term(t -> t.field(ZhFields.PLACES).value(place)))));
                keyword.placeInitials()
                        .ifPresent(place -> alternatives.add(Query.of(
                                q -> q.term(t -> t.field(ZhFields.PLACES).value(place)))));
            }
            if (alternatives.size() == 1) {
                b.must(alternatives.get(0));
            } else {
                b.must(m -> m.bool(any -> any.should(alternatives).minimumShouldMatch("1")));
            }
            scoring.addAll(keyword.variants());
        }
        b.should(sh -> sh.multiMatch(mm -> mm.query(String.join(" ", scoring))
                .type(TextQueryType.MostFields)
                .fields(foldedBigrams)));
    }

    /**
     * Builds a kind's request in loose mode: its keyword clauses ({@link #keywordClauses}) match two thirds of each
     * keyword's character pairs instead of the whole keyword. Empty when the request has no keywords (loose would be
     * the same request).
     */
    public static <T> Optional<T> loosely(java.util.function.Supplier<T> build) {
        boolean[] used = {false};
        LOOSE.set(used);
        try {
            T request = build.get();
            return used[0] ? Optional.of(request) : Optional.empty();
        } finally {
            LOOSE.remove();
        }
    }

    /**
     * Builds a kind's request for an index that has only {@code fields} of the Chinese-text fields: the live one while
     * a rebuild to this version runs ({@code SearchIndex#liveFields}). Without the folded copies the keyword clauses
     * ({@link #keywordClauses}) match the text fields as written, with the keywords folded and their synonyms; pinyin
     * and initials are asked only of an index that has them, places only of one that has them; the region facet counts
     * on {@value #REGION_FIELD} in an index without the region levels. {@link IndexFields#ALL} builds the request as
     * usual.
     */
    public static <T> T forIndexFields(IndexFields fields, java.util.function.Supplier<T> build) {
        if (fields.equals(IndexFields.ALL)) {
            return build.get();
        }
        INDEX_FIELDS.set(fields);
        try {
            return build.get();
        } finally {
            INDEX_FIELDS.remove();
        }
    }

    /** {@code title^4} → {@code zh.title^4}: the folded copy of a field. */
    static String zh(String field) {
        return ZhFields.OBJECT + "." + field;
    }

    private static Query phrase(String text, List<String> fields) {
        return Query.of(q -> q.multiMatch(
                mm -> mm.query(text).type(TextQueryType.Phrase).fields(fields).zeroTermsQuery(ZeroTermsQuery.All)));
    }

    /**
     * At least two thirds of the text's character pairs (all of them when it has one or two), on the bigram fields: of
     * n pairs, at most ⌊n/3⌋ may be missing ({@value #PAIRS_MATCH}: up to two all, then 34% missing, rounded down),
     * so 2 of 3, 3 of 4, 4 of 5, 4 of 6 (for n below 50, 34% rounded down is ⌊n/3⌋).
     */
    private static Query pairs(String text, List<String> bigramFields) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text)
                .type(TextQueryType.MostFields)
                .fields(bigramFields)
                .minimumShouldMatch(PAIRS_MATCH)));
    }

    /** {@code minimum_should_match} of the loose match's character pairs (see {@link #pairs}). */
    static final String PAIRS_MATCH = "2<-34%";

    /**
     * The text with one character inside it taken out, for each such character (易地般迁 → 易般迁, 易地迁), when it is
     * three or more Chinese characters; a phrase of one of these with one position free finds the text with that
     * character replaced (易地搬迁). Only inside: at either end the character pairs already allow one wrong character.
     */
    static List<String> oneCharacterReplaced(String text) {
        int[] cps = text.codePoints().toArray();
        if (cps.length < 3
                || !java.util.Arrays.stream(cps)
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 1; i < cps.length - 1; i++) {
            int[] without = new int[cps.length - 1];
            System.arraycopy(cps, 0, without, 0, i);
            System.arraycopy(cps, i + 1, without, i, cps.length - i - 1);
            out.add(new String(without, 0, without.length));
        }
        return out;
    }

    private static Query sloppyPhrase(String text, List<String> fields) {
        return Query.of(q -> q.multiMatch(
                mm -> mm.query(text).type(TextQueryType.Phrase).slop(1).fields(fields)));
    }

    /** By score when there are keywords, then newest first, then by id for a stable order. */
    public static List<SortOptions> sort(List<String> keywords) {
        List<SortOptions> sort = new ArrayList<>();
        if (!keywords.isEmpty()) {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Desc))));
        return sort;
    }

    /** The documents of the region and of every region below it. */
    public static Optional<Query> regionFilter(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.term(t -> t.field(REGION_FIELD).value(regionCode))));
    }

    public static Optional<Query> anyOf(String field, List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Optional.of(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }

    @SafeVarargs
    public static Query allOf(Optional<Query>... filters) {
        return Query.of(q -> q.bool(b -> {
            for (Optional<Query> filter : filters) {
                filter.ifPresent(b::filter);
            }
            return b;
        }));
    }

    public static Aggregation facet(Query filter, String field, Optional<String> include, int size) {
        return Aggregation.of(a -> a.filter(filter)
                .aggregations(
                        FACET_TERMS,
                        t -> t.terms(terms -> {
                            terms.field(field).size(size);
                            include.ifPresent(regex -> terms.include(i -> i.regexp(regex)));
                            return terms;
                        })));
    }

    /**
     * The facet of the children of {@code regionCode} (the prefectures without one); none below a village. Counted on
     * the field of the children's level ({@link Regions#LEVELS}: a document has one or two codes there, against five
     * or more ancestors), or, for an index of an older mapping that lacks it, on {@value #REGION_FIELD}; both with the
     * pattern of the children's codes, since a document in two regions has codes outside the selected one.
     */
    public static void regionFacet(SearchRequest.Builder s, String name, String regionCode, Query filter) {
        IndexFields has = INDEX_FIELDS.get() == null ? IndexFields.ALL : INDEX_FIELDS.get();
        String field = has.regionLevels() ? Regions.childLevelField(regionCode).orElse(REGION_FIELD) : REGION_FIELD;
        Regions.childPattern(regionCode)
                .ifPresent(children ->
                        s.aggregations(name, facet(filter, field, Optional.of(children), REGION_FACET_SIZE)));
    }

    /**
     * The hits' {@code _source} without the {@value ZhFields#OBJECT} and {@value Regions#LEVELS} objects: the index
     * keeps them (a copy of an index from its {@code _source} needs them), but no answer reads them back, and the
     * first is the larger part of each hit.
     */
    public static co.elastic.clients.elasticsearch.core.search.SourceConfig withoutZh() {
        return co.elastic.clients.elasticsearch.core.search.SourceConfig.of(
                c -> c.filter(f -> f.excludes(ZhFields.OBJECT, Regions.LEVELS)));
    }

    /** Highlights the whole title field and up to two fragments of about 80 characters of the description field. */
    public static void highlight(SearchRequest.Builder s, String titleField, String descriptionField) {
        s.highlight(h -> h.preTags(MARK_START)
                .postTags(MARK_END)
                .fields(titleField, f -> f.numberOfFragments(0))
                .fields(descriptionField, f -> f.fragmentSize(80).numberOfFragments(2)));
    }

    /**
     * Highlights as {@link #highlight(SearchRequest.Builder, String, String)} what the keywords matched: each keyword
     * as typed and folded, and its synonyms, as phrases in the text as written (the query itself runs on the folded
     * copies); in {@linkplain #loosely loose mode} their character pairs.
     */
    public static void highlight(
            SearchRequest.Builder s, String titleField, String descriptionField, List<String> keywords) {
        boolean loose = LOOSE.get() != null;
        Synonyms synonyms = Synonyms.current();
        java.util.Set<String> phrases = new java.util.LinkedHashSet<>();
        for (String typed : keywords) {
            Keyword keyword = Keyword.of(typed, synonyms);
            List<String> texts = new ArrayList<>(keyword.variants());
            texts.add(typed);
            for (String text : texts) {
                if (loose) {
                    phrases.addAll(characterPairs(text));
                } else {
                    phrases.add(text);
                }
            }
        }
        Query marked = Query.of(q -> q.bool(b -> {
            for (String phrase : phrases) {
                b.should(sh -> sh.multiMatch(
                        mm -> mm.query(phrase).type(TextQueryType.Phrase).fields(titleField, descriptionField)));
            }
            return b;
        }));
        s.highlight(h -> h.preTags(MARK_START)
                .postTags(MARK_END)
                .highlightQuery(marked)
                .fields(titleField, f -> f.numberOfFragments(0))
                .fields(descriptionField, f -> f.fragmentSize(80).numberOfFragments(2)));
    }

    /** The overlapping pairs of letters or digits (留守儿重 → 留守, 守儿, 儿重); a single one is its own pair. */
    static List<String> characterPairs(String text) {
        int[] cps = text.codePoints().filter(Character::isLetterOrDigit).toArray();
        if (cps.length == 1) {
            return List.of(new String(cps, 0, 1));
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new String(cps, i, 2));
        }
        return pairs;
    }

    /** The highlighter marks each CJK character of a phrase on its own; one mark per run reads better. */
    public static String joinAdjacentMarks(String fragment) {
        return fragment.replace(MARK_END + MARK_START, "");
    }
}

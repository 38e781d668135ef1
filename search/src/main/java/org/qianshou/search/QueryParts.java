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
 * fields with bigram scoring (or, in loose mode, two thirds of their character pairs), the region subtree filter and facet on {@code
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
        return Arrays.stream(text.strip().split(KEYWORD_SEPARATORS))
                .filter(k -> !k.isEmpty())
                .toList();
    }

    /**
     * Every keyword a required clause; all keywords together score on the bigram fields. A keyword is folded ({@link
     * ChineseText#fold}: 留守兒童 is 留守儿童) and matches, over the folded copies of {@code phraseFields} ({@code
     * zh.title} for {@code title}), as a phrase — or any of its synonyms as a phrase ({@link Synonyms#current()}:
     * 留守娃 also finds 留守儿童). A keyword in Latin letters also matches the pinyin of titles and names: as syllables
     * in a row when it splits into syllables ({@code zhaotong}), as initials in a row when it does not ({@code
     * lset}). In {@linkplain #loosely loose mode} a keyword (or a synonym) matches when the text has two thirds of its
     * overlapping character pairs (留守儿重: 留守, 守儿, 儿重).
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
        List<String> folded = phraseFields.stream().map(QueryParts::zh).toList();
        List<String> foldedBigrams = bigramFields.stream().map(QueryParts::zh).toList();
        List<String> scoring = new ArrayList<>();
        for (String typed : keywords) {
            Keyword keyword = Keyword.of(typed, synonyms);
            List<Query> alternatives = new ArrayList<>();
            for (String variant : keyword.variants()) {
                alternatives.add(loose ? pairs(variant, foldedBigrams) : phrase(variant, folded));
            }
            for (List<String> syllables : keyword.syllableSplits()) {
                alternatives.add(Query.of(
                        q -> q.matchPhrase(p -> p.field(ZhFields.PINYIN).query(String.join(" ", syllables)))));
            }
            if (!keyword.initials().isEmpty()) {
                alternatives.add(Query.of(q -> q.matchPhrase(p -> p.field(ZhFields.INITIALS)
                        .query(String.join(" ", keyword.initials()))
                        .boost(0.5f))));
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

    /** {@code title^4} → {@code zh.title^4}: the folded copy of a field. */
    static String zh(String field) {
        return ZhFields.OBJECT + "." + field;
    }

    private static Query phrase(String text, List<String> fields) {
        return Query.of(q -> q.multiMatch(
                mm -> mm.query(text).type(TextQueryType.Phrase).fields(fields).zeroTermsQuery(ZeroTermsQuery.All)));
    }

    /** Two thirds of the text's character pairs (all of them when it has one or two), on the bigram fields. */
    private static Query pairs(String text, List<String> bigramFields) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text)
                .type(TextQueryType.MostFields)
                .fields(bigramFields)
                .minimumShouldMatch("2<67%")));
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

    /** The facet of the children of {@code regionCode} (the prefectures without one); none below a village. */
    public static void regionFacet(SearchRequest.Builder s, String name, String regionCode, Query filter) {
        Regions.childPattern(regionCode)
                .ifPresent(children ->
                        s.aggregations(name, facet(filter, REGION_FIELD, Optional.of(children), REGION_FACET_SIZE)));
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

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

/**
 * The pieces a kind's queries build their request from (see {@code docs/adr/0003-search-analysis.md}): keywords as
 * required phrases over unigram fields with bigram scoring, the region subtree filter and facet on {@code
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

    /** Every keyword a required phrase over {@code phraseFields}; all keywords together score on the bigram fields. */
    public static void keywordClauses(
            BoolQuery.Builder b, List<String> keywords, List<String> phraseFields, List<String> bigramFields) {
        for (String keyword : keywords) {
            b.must(m -> m.multiMatch(mm -> mm.query(keyword)
                    .type(TextQueryType.Phrase)
                    .fields(phraseFields)
                    .zeroTermsQuery(ZeroTermsQuery.All)));
        }
        if (!keywords.isEmpty()) {
            b.should(sh -> sh.multiMatch(mm -> mm.query(String.join(" ", keywords))
                    .type(TextQueryType.MostFields)
                    .fields(bigramFields)));
        }
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

    /** The highlighter marks each CJK character of a phrase on its own; one mark per run reads better. */
    public static String joinAdjacentMarks(String fragment) {
        return fragment.replace(MARK_END + MARK_START, "");
    }
}

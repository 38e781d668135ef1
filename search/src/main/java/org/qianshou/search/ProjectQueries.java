package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds the search request for a {@link ProjectQuery}.
 *
 * <p>Keywords: the text fields are analysed into single CJK characters (and lower-case Latin words), and each
 * whitespace-separated keyword must match as a phrase in one of title, description, organisationName or
 * regionNames, so 留守儿童 needs those four characters in a row. The {@code .bigram} subfields add relevance.
 *
 * <p>Facets are disjunctive: the region, target-group and category filters sit in {@code post_filter}; each facet
 * aggregation applies every filter but its own. Statuses restrict everything and sit in the query.
 */
final class ProjectQueries {
    static final int MAX_WINDOW = 10_000;
    static final String MARK_START = "\uE000";
    static final String MARK_END = "\uE001";
    static final String REGION_FACET = "regions";
    static final String TARGET_GROUP_FACET = "targetGroups";
    static final String CATEGORY_FACET = "categories";
    static final String FACET_TERMS = "terms";

    private static final List<String> PHRASE_FIELDS =
            List.of("title^4", "organisationName^2", "regionNames^2", "description");
    private static final List<String> BIGRAM_FIELDS =
            List.of("title.bigram^4", "organisationName.bigram^2", "regionNames.bigram^2", "description.bigram");
    private static final int REGION_FACET_SIZE = 200;
    private static final int CODE_FACET_SIZE = 50;

    private ProjectQueries() {}

    static SearchRequest request(String alias, ProjectQuery query) {
        if (query.page() < 0 || query.size() < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
        if ((long) query.page() * query.size() + query.size() > MAX_WINDOW) {
            throw new IllegalArgumentException("cannot page beyond the first " + MAX_WINDOW + " results");
        }
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            Regions.requireCode(query.regionCode());
        }
        List<String> keywords = keywords(query.text());
        Optional<Query> region = regionFilter(query.regionCode());
        Optional<Query> targetGroups = anyOf("targetGroups", query.targetGroups());
        Optional<Query> categories = anyOf("serviceCategories", query.categories());

        return SearchRequest.of(s -> {
            s.index(alias)
                    .query(mainQuery(keywords, query.statuses()))
                    .postFilter(allOf(region, targetGroups, categories))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(sort(keywords))
                    .aggregations(
                            TARGET_GROUP_FACET,
                            facet(allOf(region, categories), "targetGroups", Optional.empty(), CODE_FACET_SIZE))
                    .aggregations(
                            CATEGORY_FACET,
                            facet(allOf(region, targetGroups), "serviceCategories", Optional.empty(), CODE_FACET_SIZE));
            Regions.childPattern(query.regionCode())
                    .ifPresent(children -> s.aggregations(
                            REGION_FACET,
                            facet(
                                    allOf(targetGroups, categories),
                                    "regionAncestors",
                                    Optional.of(children),
                                    REGION_FACET_SIZE)));
            if (!keywords.isEmpty()) {
                s.highlight(h -> h.preTags(MARK_START)
                        .postTags(MARK_END)
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("description", f -> f.fragmentSize(80).numberOfFragments(2)));
            }
            return s;
        });
    }

    /** Whitespace and the punctuation people type between keywords, Chinese and Latin. */
    private static final String KEYWORD_SEPARATORS = "[\\s\\u3000,，、;；。!！?？:：()（）\\[\\]【】《》<>\"“”'‘’|/]+";

    static List<String> keywords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split(KEYWORD_SEPARATORS))
                .filter(k -> !k.isEmpty())
                .toList();
    }

    private static Query mainQuery(List<String> keywords, List<String> statuses) {
        return Query.of(q -> q.bool(b -> {
            anyOf("status", statuses).ifPresent(b::filter);
            for (String keyword : keywords) {
                b.must(m -> m.multiMatch(mm -> mm.query(keyword)
                        .type(TextQueryType.Phrase)
                        .fields(PHRASE_FIELDS)
                        .zeroTermsQuery(ZeroTermsQuery.All)));
            }
            if (!keywords.isEmpty()) {
                b.should(sh -> sh.multiMatch(mm -> mm.query(String.join(" ", keywords))
                        .type(TextQueryType.MostFields)
                        .fields(BIGRAM_FIELDS)));
            }
            return b;
        }));
    }

    private static List<SortOptions> sort(List<String> keywords) {
        List<SortOptions> sort = new ArrayList<>();
        if (!keywords.isEmpty()) {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Desc))));
        return sort;
    }

    private static Optional<Query> regionFilter(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.term(t -> t.field("regionAncestors").value(regionCode))));
    }

    private static Optional<Query> anyOf(String field, List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Optional.of(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }

    @SafeVarargs
    private static Query allOf(Optional<Query>... filters) {
        return Query.of(q -> q.bool(b -> {
            for (Optional<Query> filter : filters) {
                filter.ifPresent(b::filter);
            }
            return b;
        }));
    }

    private static Aggregation facet(Query filter, String field, Optional<String> include, int size) {
        return Aggregation.of(a -> a.filter(filter)
                .aggregations(
                        FACET_TERMS,
                        t -> t.terms(terms -> {
                            terms.field(field).size(size);
                            include.ifPresent(regex -> terms.include(i -> i.regexp(regex)));
                            return terms;
                        })));
    }
}

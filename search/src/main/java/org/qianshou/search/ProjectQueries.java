package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
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
    static final String REGION_FACET = "regions";
    static final String TARGET_GROUP_FACET = "targetGroups";
    static final String CATEGORY_FACET = "categories";

    private static final List<String> PHRASE_FIELDS =
            List.of("title^4", "organisationName^2", "regionNames^2", "description");
    private static final List<String> BIGRAM_FIELDS =
            List.of("title.bigram^4", "organisationName.bigram^2", "regionNames.bigram^2", "description.bigram");

    private ProjectQueries() {}

    static SearchRequest request(String alias, ProjectQuery query) {
        SearchParts.checkPageAndRegion(query.page(), query.size(), query.regionCode());
        List<String> keywords = keywords(query.text());
        Optional<Query> region = SearchParts.regionFilter(query.regionCode());
        Optional<Query> targetGroups = SearchParts.anyOf("targetGroups", query.targetGroups());
        Optional<Query> categories = SearchParts.anyOf("serviceCategories", query.categories());

        return SearchRequest.of(s -> {
            s.index(alias)
                    .query(mainQuery(keywords, query.statuses()))
                    .postFilter(SearchParts.allOf(region, targetGroups, categories))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(SearchParts.sort(keywords))
                    .aggregations(
                            TARGET_GROUP_FACET,
                            SearchParts.facet(
                                    SearchParts.allOf(region, categories),
                                    "targetGroups",
                                    Optional.empty(),
                                    SearchParts.CODE_FACET_SIZE))
                    .aggregations(
                            CATEGORY_FACET,
                            SearchParts.facet(
                                    SearchParts.allOf(region, targetGroups),
                                    "serviceCategories",
                                    Optional.empty(),
                                    SearchParts.CODE_FACET_SIZE));
            SearchParts.regionFacet(s, REGION_FACET, query.regionCode(), SearchParts.allOf(targetGroups, categories));
            if (!keywords.isEmpty()) {
                SearchParts.highlight(s, "title", "description");
            }
            return s;
        });
    }

    static List<String> keywords(String text) {
        return SearchParts.keywords(text);
    }

    private static Query mainQuery(List<String> keywords, List<String> statuses) {
        return Query.of(q -> q.bool(b -> {
            SearchParts.anyOf("status", statuses).ifPresent(b::filter);
            SearchParts.keywordClauses(b, keywords, PHRASE_FIELDS, BIGRAM_FIELDS);
            return b;
        }));
    }
}

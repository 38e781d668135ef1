package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import java.util.Optional;

/**
 * Builds the search request for an {@link OrganisationQuery}, as {@link ProjectQueries} does for projects: each
 * keyword a required phrase over name, regionNames and description (unigrams), scored by bigrams; region, kind,
 * target-group and category filters in {@code post_filter}; each facet applies every filter but its own.
 */
final class OrganisationQueries {
    static final String REGION_FACET = "regions";
    static final String KIND_FACET = "kinds";
    static final String TARGET_GROUP_FACET = "targetGroups";
    static final String CATEGORY_FACET = "categories";

    private static final List<String> PHRASE_FIELDS = List.of("name^4", "regionNames^2", "description");
    private static final List<String> BIGRAM_FIELDS =
            List.of("name.bigram^4", "regionNames.bigram^2", "description.bigram");
    private static final int KIND_FACET_SIZE = 10;

    private OrganisationQueries() {}

    static SearchRequest request(String alias, OrganisationQuery query) {
        SearchParts.checkPageAndRegion(query.page(), query.size(), query.regionCode());
        List<String> keywords = SearchParts.keywords(query.text());
        Optional<Query> region = SearchParts.regionFilter(query.regionCode());
        Optional<Query> kinds = SearchParts.anyOf("kind", query.kinds());
        Optional<Query> targetGroups = SearchParts.anyOf("targetGroups", query.targetGroups());
        Optional<Query> categories = SearchParts.anyOf("serviceCategories", query.categories());

        return SearchRequest.of(s -> {
            s.index(alias)
                    .query(q -> q.bool(b -> {
                        SearchParts.keywordClauses(b, keywords, PHRASE_FIELDS, BIGRAM_FIELDS);
                        return b;
                    }))
                    .postFilter(SearchParts.allOf(region, kinds, targetGroups, categories))
                    .from(query.page() * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(SearchParts.sort(keywords))
                    .aggregations(
                            KIND_FACET,
                            SearchParts.facet(
                                    SearchParts.allOf(region, targetGroups, categories),
                                    "kind",
                                    Optional.empty(),
                                    KIND_FACET_SIZE))
                    .aggregations(
                            TARGET_GROUP_FACET,
                            SearchParts.facet(
                                    SearchParts.allOf(region, kinds, categories),
                                    "targetGroups",
                                    Optional.empty(),
                                    SearchParts.CODE_FACET_SIZE))
                    .aggregations(
                            CATEGORY_FACET,
                            SearchParts.facet(
                                    SearchParts.allOf(region, kinds, targetGroups),
                                    "serviceCategories",
                                    Optional.empty(),
                                    SearchParts.CODE_FACET_SIZE));
            SearchParts.regionFacet(
                    s, REGION_FACET, query.regionCode(), SearchParts.allOf(kinds, targetGroups, categories));
            if (!keywords.isEmpty()) {
                SearchParts.highlight(s, "name", "description");
            }
            return s;
        });
    }
}

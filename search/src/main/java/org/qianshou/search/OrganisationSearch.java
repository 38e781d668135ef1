package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** Full-text search of verified organisations with region, kind, target-group and category facets. Thread-safe. */
public final class OrganisationSearch {
    private final ElasticsearchClient client;
    private final OrganisationIndex index;

    public OrganisationSearch(ElasticsearchClient client, OrganisationIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * @throws IllegalArgumentException for a page beyond the first 10,000 hits, or a malformed region code
     * @throws SearchUnavailableException when Elasticsearch cannot be reached or the index is missing
     */
    public OrganisationSearchResult search(OrganisationQuery query) {
        var request = OrganisationQueries.request(index.alias(), query);
        var response = SearchParts.search(client, index.alias(), request, OrganisationDocument.class);
        var aggregations = response.aggregations();
        return new OrganisationSearchResult(
                SearchParts.total(response),
                query.page(),
                query.size(),
                response.hits().hits().stream().map(OrganisationSearch::hit).toList(),
                SearchParts.facet(aggregations, OrganisationQueries.REGION_FACET),
                SearchParts.facet(aggregations, OrganisationQueries.KIND_FACET),
                SearchParts.facet(aggregations, OrganisationQueries.TARGET_GROUP_FACET),
                SearchParts.facet(aggregations, OrganisationQueries.CATEGORY_FACET));
    }

    private static OrganisationHit hit(Hit<OrganisationDocument> hit) {
        return new OrganisationHit(
                hit.source(),
                SearchParts.titleHighlight(hit, "name"),
                SearchParts.fragmentHighlights(hit, "description"));
    }
}

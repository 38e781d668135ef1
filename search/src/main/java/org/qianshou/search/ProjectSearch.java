package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** Full-text project search with region, target-group and category facets. Thread-safe. */
public final class ProjectSearch {
    private final ElasticsearchClient client;
    private final ProjectIndex index;

    public ProjectSearch(ElasticsearchClient client, ProjectIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * @throws IllegalArgumentException for a page beyond the first 10,000 hits, or a malformed region code
     * @throws SearchUnavailableException when Elasticsearch cannot be reached or the index is missing
     */
    public ProjectSearchResult search(ProjectQuery query) {
        var request = ProjectQueries.request(index.alias(), query);
        SearchResponse<ProjectDocument> response =
                SearchParts.search(client, index.alias(), request, ProjectDocument.class);
        var aggregations = response.aggregations();
        return new ProjectSearchResult(
                SearchParts.total(response),
                query.page(),
                query.size(),
                response.hits().hits().stream().map(ProjectSearch::hit).toList(),
                SearchParts.facet(aggregations, ProjectQueries.REGION_FACET),
                SearchParts.facet(aggregations, ProjectQueries.TARGET_GROUP_FACET),
                SearchParts.facet(aggregations, ProjectQueries.CATEGORY_FACET));
    }

    private static ProjectHit hit(Hit<ProjectDocument> hit) {
        return new ProjectHit(
                hit.source(),
                SearchParts.titleHighlight(hit, "title"),
                SearchParts.fragmentHighlights(hit, "description"));
    }

    /** The highlighter marks each CJK character of a phrase on its own; one mark per run reads better. */
    static String joinAdjacentMarks(String fragment) {
        return SearchParts.joinAdjacentMarks(fragment);
    }
}

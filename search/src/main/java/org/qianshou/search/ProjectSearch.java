package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.Map;

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
        SearchResponse<ProjectDocument> response;
        try {
            response = Elastic.call("search " + index.alias(), () -> client.search(request, ProjectDocument.class));
        } catch (ElasticsearchException e) {
            if (Elastic.isIndexNotFound(e)) {
                throw new SearchUnavailableException("search index " + index.alias() + " is missing; rebuild it", e);
            }
            throw e;
        }
        var aggregations = response.aggregations();
        return new ProjectSearchResult(
                response.hits().total() == null ? 0 : response.hits().total().value(),
                query.page(),
                query.size(),
                response.hits().hits().stream().map(ProjectSearch::hit).toList(),
                facet(aggregations, ProjectQueries.REGION_FACET),
                facet(aggregations, ProjectQueries.TARGET_GROUP_FACET),
                facet(aggregations, ProjectQueries.CATEGORY_FACET));
    }

    private static ProjectHit hit(Hit<ProjectDocument> hit) {
        Map<String, List<String>> highlight = hit.highlight();
        List<String> title = highlight.getOrDefault("title", List.of());
        return new ProjectHit(
                hit.source(),
                title.isEmpty() ? null : joinAdjacentMarks(title.get(0)),
                highlight.getOrDefault("description", List.of()).stream()
                        .map(ProjectSearch::joinAdjacentMarks)
                        .toList());
    }

    /** The highlighter marks each CJK character of a phrase on its own; one mark per run reads better. */
    static String joinAdjacentMarks(String fragment) {
        return fragment.replace(ProjectQueries.MARK_END + ProjectQueries.MARK_START, "");
    }

    private static List<FacetCount> facet(Map<String, Aggregate> aggregations, String name) {
        Aggregate facet = aggregations.get(name);
        if (facet == null) {
            return List.of();
        }
        return facet.filter().aggregations().get(ProjectQueries.FACET_TERMS).sterms().buckets().array().stream()
                .map(b -> new FacetCount(b.key().stringValue(), b.docCount()))
                .toList();
    }
}

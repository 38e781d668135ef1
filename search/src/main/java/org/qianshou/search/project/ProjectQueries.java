package org.qianshou.search.project;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import org.qianshou.search.FacetedRequest;
import org.qianshou.search.IndexKind;
import org.qianshou.search.QueryParts;

/**
 * Builds the search request for a {@link ProjectQuery}.
 *
 * <p>Keywords: the text fields are analysed into single CJK characters (and lower-case Latin words), and each
 * whitespace-separated keyword must match as a phrase in one of title, description, organisationName or
 * regionNames, so 留守儿童 needs those four characters in a row. The {@code .bigram} subfields add relevance.
 *
 * <p>Facets are disjunctive: the target-group and category filters sit in {@code post_filter}; each facet
 * aggregation applies every filter but its own. Statuses and the region restrict everything and sit in the query (the
 * region's facet is of its children, all inside it).
 */
public final class ProjectQueries {

    /** The project kind: alias {@code <prefix>-projects}, {@code projects-index.json}, {@link ProjectDocument}, these queries. */
    public static final IndexKind<ProjectDocument, ProjectQuery> KIND = IndexKind.of(
            "projects", "project", "/search/projects-index.json", ProjectDocument.class, ProjectQueries::request);

    private static final List<String> PHRASE_FIELDS =
            List.of("title^4", "organisationName^2", "regionNames^2", "description");
    private static final List<String> BIGRAM_FIELDS =
            List.of("title.bigram^4", "organisationName.bigram^2", "regionNames.bigram^2", "description.bigram");

    private ProjectQueries() {}

    public static SearchRequest request(String alias, ProjectQuery query) {
        return FacetedRequest.filtered(query.filters(), PHRASE_FIELDS, BIGRAM_FIELDS)
                .restrict("status", query.statuses())
                .highlight("title", "description")
                .build(alias, query.filters());
    }

    static List<String> keywords(String text) {
        return QueryParts.keywords(text);
    }
}

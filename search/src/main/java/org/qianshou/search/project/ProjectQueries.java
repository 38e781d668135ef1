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

    /**
     * The fields of {@code _source} a search's hits carry: what the project search's answer and the combined search's
     * project hits show. The rest (the version, the organisation's id, the regions' ancestors and names, the funding
     * type, the dates of the last change and of publication) stays in the index: read back, they were a fifth of the
     * answer's bytes, and parsing the two timestamps of every hit was about a sixth of the app's time on a search.
     */
    public static final List<String> HIT_FIELDS = List.of(
            "id",
            "title",
            "description",
            "organisationName",
            "regionCodes",
            "targetGroups",
            "serviceCategories",
            "programme",
            "status",
            "budgetFen",
            "startDate",
            "endDate",
            "demo");

    private ProjectQueries() {}

    public static SearchRequest request(String alias, ProjectQuery query) {
        return FacetedRequest.filtered(query.filters(), PHRASE_FIELDS, BIGRAM_FIELDS)
                .restrict("status", query.statuses())
                .highlight("title", "description")
                .source(HIT_FIELDS)
                .build(alias, query.filters());
    }

    static List<String> keywords(String text) {
        return QueryParts.keywords(text);
    }
}

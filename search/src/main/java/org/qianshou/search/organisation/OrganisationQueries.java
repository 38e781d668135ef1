package org.qianshou.search.organisation;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import org.qianshou.search.FacetedRequest;
import org.qianshou.search.IndexKind;

/**
 * Builds the search request for an {@link OrganisationQuery}, as {@code ProjectQueries} does for projects: each
 * keyword a required phrase over name, regionNames and description (unigrams), scored by bigrams; the region in the
 * query, kind, target-group and category filters in {@code post_filter}; each facet applies every filter but its own.
 */
public final class OrganisationQueries {

    /** The organisation kind: alias {@code <prefix>-organisations}, {@code organisations-index.json}, {@link OrganisationDocument}, these queries. */
    public static final IndexKind<OrganisationDocument, OrganisationQuery> KIND = IndexKind.of(
            "organisations",
            "organisation",
            "/search/organisations-index.json",
            OrganisationDocument.class,
            OrganisationQueries::request);

    public static final String KIND_FACET = "kinds";

    private static final List<String> PHRASE_FIELDS = List.of("name^4", "regionNames^2", "description");
    private static final List<String> BIGRAM_FIELDS =
            List.of("name.bigram^4", "regionNames.bigram^2", "description.bigram");
    private static final int KIND_FACET_SIZE = 10;

    private OrganisationQueries() {}

    public static SearchRequest request(String alias, OrganisationQuery query) {
        return FacetedRequest.filtered(query.filters(), PHRASE_FIELDS, BIGRAM_FIELDS)
                .facet(KIND_FACET, "kind", query.kinds(), KIND_FACET_SIZE)
                .highlight("name", "description")
                .build(alias, query.filters());
    }
}

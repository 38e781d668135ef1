package org.qianshou.search.story;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.search.FacetedRequest;
import org.qianshou.search.IndexKind;
import org.qianshou.search.QueryParts;

/**
 * Builds the search request for a {@link StoryQuery}: keywords over title, summary, body, organisation, project and
 * region names; the region subtree; target group, service category and programme facets; highlights of the title and
 * the body; by relevance with keywords, newest publication first without (and between equal scores).
 */
public final class StoryQueries {

    /** The story kind: alias {@code <prefix>-stories}, {@code stories-index.json}, {@link StoryDocument}. */
    public static final IndexKind<StoryDocument, StoryQuery> KIND =
            IndexKind.of("stories", "story", "/search/stories-index.json", StoryDocument.class, StoryQueries::request);

    public static final String PROGRAMME_FACET = "programmes";

    private static final List<String> PHRASE_FIELDS =
            List.of("title^4", "summary^2", "regionNames^2", "organisationName^2", "projectTitle^2", "bodyText");
    private static final List<String> BIGRAM_FIELDS = List.of(
            "title.bigram^4",
            "summary.bigram^2",
            "regionNames.bigram^2",
            "organisationName.bigram^2",
            "projectTitle.bigram^2",
            "bodyText.bigram");

    private StoryQueries() {}

    public static SearchRequest request(String alias, StoryQuery query) {
        return FacetedRequest.filtered(query.filters(), PHRASE_FIELDS, BIGRAM_FIELDS)
                .facet(PROGRAMME_FACET, "programme", query.programmes(), QueryParts.CODE_FACET_SIZE)
                .highlight("title", "bodyText")
                .sort(sort(query.filters().text()))
                .build(alias, query.filters());
    }

    /** By score when there are keywords, then newest publication first, then id. */
    static List<SortOptions> sort(String text) {
        List<SortOptions> sort = new ArrayList<>();
        if (!QueryParts.keywords(text).isEmpty()) {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Desc))));
        return sort;
    }
}

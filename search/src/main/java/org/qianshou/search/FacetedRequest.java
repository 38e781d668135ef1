package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request every kind's queries build, declared rather than written out: keywords as required phrases over the
 * kind's fields, restrictions that hold for hits and facets alike (statuses, and the selected region: its facet is of
 * its children), disjunctive facets (each other selection a {@code post_filter}; each facet counted with every
 * selection but its own), the region facet of the children of the selected region, highlights, newest first, paged
 * within the first 10,000 hits. See {@link QueryParts}.
 */
public final class FacetedRequest {

    private record Facet(String field, Optional<Query> selection, int size) {}

    private final List<String> keywords;
    private final List<String> phraseFields;
    private final List<String> bigramFields;
    private final List<Query> restrictions = new ArrayList<>();
    private final Map<String, Facet> facets = new LinkedHashMap<>();
    private String regionFacet;
    private String regionCode;
    private String titleField;
    private String descriptionField;
    private Query regionSelection;
    private List<co.elastic.clients.elasticsearch._types.SortOptions> sort;
    private List<co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore> rank;
    private List<String> sourceFields;

    private FacetedRequest(String text, List<String> phraseFields, List<String> bigramFields) {
        this.keywords = QueryParts.keywords(text);
        this.phraseFields = List.copyOf(phraseFields);
        this.bigramFields = List.copyOf(bigramFields);
    }

    /**
     * @param text whitespace- or punctuation-separated keywords, each a required phrase over {@code phraseFields}; blank
     *     matches everything
     * @param bigramFields the fields all keywords together score on
     */
    public static FacetedRequest matching(String text, List<String> phraseFields, List<String> bigramFields) {
        return new FacetedRequest(text, phraseFields, bigramFields);
    }

    /**
     * The request for the {@link Filters} every kind shares: its keywords over {@code phraseFields} and {@code
     * bigramFields}, its region with the facet {@link Filters#REGION_FACET}, and the facets {@link
     * Filters#TARGET_GROUP_FACET} (field {@code targetGroups}) and {@link Filters#CATEGORY_FACET} (field {@code
     * serviceCategories}) with their selections. A kind adds its own restrictions and facets, then {@link
     * #build(String, Filters)}.
     */
    public static FacetedRequest filtered(Filters filters, List<String> phraseFields, List<String> bigramFields) {
        return matching(filters.text(), phraseFields, bigramFields)
                .regionFacet(Filters.REGION_FACET, filters.regionCode())
                .facet(Filters.TARGET_GROUP_FACET, "targetGroups", filters.targetGroups(), QueryParts.CODE_FACET_SIZE)
                .facet(Filters.CATEGORY_FACET, "serviceCategories", filters.categories(), QueryParts.CODE_FACET_SIZE);
    }

    /** Only documents whose {@code field} holds one of {@code values} (none: no restriction), facets included. */
    public FacetedRequest restrict(String field, List<String> values) {
        QueryParts.anyOf(field, values).ifPresent(restrictions::add);
        return this;
    }

    /** Only documents that match {@code query} (a kind's own restriction: a date range, a nested condition), facets included. */
    public FacetedRequest restrict(Query query) {
        restrictions.add(query);
        return this;
    }

    /**
     * Documents of {@code regionCode} and below (none: everywhere), and the facet {@code name} of its children (the
     * prefectures without one; none below a village).
     */
    public FacetedRequest regionFacet(String name, String regionCode) {
        this.regionFacet = name;
        this.regionCode = regionCode;
        return this;
    }

    /**
     * A kind's own meaning of the selected region, instead of "the region and below it" (calls: also a region that
     * contains it). The facet stays the children of the region.
     */
    public FacetedRequest regionSelection(Query selection) {
        this.regionSelection = selection;
        return this;
    }

    /** A kind's own order instead of score, newest first, id ({@link QueryParts#sort}). */
    public FacetedRequest sort(List<co.elastic.clients.elasticsearch._types.SortOptions> order) {
        this.sort = List.copyOf(order);
        return this;
    }

    /**
     * Scores every hit by the weight of the first of {@code functions} whose filter it matches (1 when none does)
     * instead of by relevance, so that a kind can order by a condition (calls: open, upcoming, closed at the moment of
     * the search) with {@code _score} in its {@link #sort}.
     */
    public FacetedRequest rank(List<co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore> functions) {
        this.rank = List.copyOf(functions);
        return this;
    }

    /** The facet {@code name} over {@code field}; a document matches the selection when it has any selected value. */
    public FacetedRequest facet(String name, String field, List<String> selected, int size) {
        facets.put(name, new Facet(field, QueryParts.anyOf(field, selected), size));
        return this;
    }

    /**
     * Only these fields of each hit's {@code _source} (instead of every field but the derived ones): the fields the
     * kind's answers read. A field left out is {@code null} (or empty, or 0) in the hits' documents.
     */
    public FacetedRequest source(List<String> fields) {
        this.sourceFields = List.copyOf(fields);
        return this;
    }

    /** With keywords, the whole marked {@code titleField} and up to two fragments of {@code descriptionField}. */
    public FacetedRequest highlight(String titleField, String descriptionField) {
        this.titleField = titleField;
        this.descriptionField = descriptionField;
        return this;
    }

    /**
     * @throws IllegalArgumentException for a negative page, a size below 1, a page beyond the first 10,000 hits, or a
     *     malformed region code
     */
    public SearchRequest build(String alias, Filters filters) {
        return build(alias, filters.page(), filters.size());
    }

    /**
     * @throws IllegalArgumentException for a negative page, a size below 1, a page beyond the first 10,000 hits, or a
     *     malformed region code
     */
    public SearchRequest build(String alias, int page, int size) {
        QueryParts.checkPageAndRegion(page, size, regionCode);
        // The region's selection holds for the hits and for every facet, its own included: a document counted for a
        // child region has that child among its ancestors, so it is in the region's subtree (and in a kind's own
        // meaning of the region, which contains the subtree). So it restricts the query, and the query matches only
        // the region's documents instead of every public one with the region in post_filter and in each facet's filter.
        Optional<Query> region = regionFacet == null
                ? Optional.empty()
                : regionSelection == null ? QueryParts.regionFilter(regionCode) : Optional.of(regionSelection);
        Map<String, Optional<Query>> selections = new LinkedHashMap<>();
        facets.forEach((name, facet) -> selections.put(name, facet.selection()));

        return SearchRequest.of(s -> {
            Query matching = Query.of(q -> q.bool(b -> {
                restrictions.forEach(b::filter);
                region.ifPresent(b::filter);
                QueryParts.keywordClauses(b, keywords, phraseFields, bigramFields);
                return b;
            }));
            s.index(alias)
                    .query(
                            rank == null
                                    ? matching
                                    : Query.of(q -> q.functionScore(f -> f.query(matching)
                                            .functions(rank)
                                            .scoreMode(
                                                    co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode
                                                            .First)
                                            .boostMode(
                                                    co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode
                                                            .Replace))))
                    .postFilter(allBut(selections, null))
                    .from(page * size)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(sort == null ? QueryParts.sort(keywords) : sort)
                    .source(
                            sourceFields == null
                                    ? QueryParts.withoutZh()
                                    : co.elastic.clients.elasticsearch.core.search.SourceConfig.of(
                                            c -> c.filter(f -> f.includes(sourceFields))));
            facets.forEach((name, facet) -> s.aggregations(
                    name, QueryParts.facet(allBut(selections, name), facet.field(), Optional.empty(), facet.size())));
            if (regionFacet != null) {
                QueryParts.regionFacet(s, regionFacet, regionCode, allBut(selections, null));
            }
            if (!keywords.isEmpty() && titleField != null) {
                QueryParts.highlight(s, titleField, descriptionField, keywords);
            }
            return s;
        });
    }

    /** Every selection except the one of facet {@code name} ({@code null}: all of them). */
    private static Query allBut(Map<String, Optional<Query>> selections, String name) {
        return Query.of(q -> q.bool(b -> {
            selections.forEach((facet, selection) -> {
                if (!facet.equals(name)) {
                    selection.ifPresent(b::filter);
                }
            });
            return b;
        }));
    }
}

package org.qianshou.search.call;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.qianshou.search.FacetedRequest;
import org.qianshou.search.IndexKind;
import org.qianshou.search.QueryParts;
import org.qianshou.search.Regions;

/**
 * Builds the search request for a {@link CallQuery}: keywords over title, funder, region names and description; the
 * region both ways (a call for 昭通市 is found from 镇雄县, and a call for 镇雄县 from 昭通市); target group, funding type
 * and programme facets; published and closed calls only; "closing soon" as range queries on {@code opensAt} and {@code
 * closesAt} at the moment of the search; open calls first, then upcoming ones, then closed ones, each by close time —
 * the state computed from the times at the moment of the search (as the score), never stored. The local Elasticsearch
 * has no scripting module, so the order uses range filters rather than a sort script.
 */
public final class CallQueries {

    /** The call kind: alias {@code <prefix>-calls}, {@code calls-index.json}, {@link CallDocument}. */
    public static final IndexKind<CallDocument, CallQuery> KIND =
            IndexKind.of("calls", "call", "/search/calls-index.json", CallDocument.class, CallQueries::request);

    /** How soon a call closes to be "closing soon". */
    public static final Duration CLOSING_SOON = Duration.ofDays(14);

    public static final String REGION_FACET = "regions";
    public static final String TARGET_GROUP_FACET = "targetGroups";
    public static final String FUNDING_TYPE_FACET = "fundingTypes";
    public static final String PROGRAMME_FACET = "programmes";

    private static final List<String> PHRASE_FIELDS =
            List.of("title^4", "organisationName^2", "regionNames^2", "description");
    private static final List<String> BIGRAM_FIELDS =
            List.of("title.bigram^4", "organisationName.bigram^2", "regionNames.bigram^2", "description.bigram");

    private CallQueries() {}

    public static SearchRequest request(String alias, CallQuery query) {
        FacetedRequest request = FacetedRequest.matching(query.text(), PHRASE_FIELDS, BIGRAM_FIELDS)
                .regionFacet(REGION_FACET, query.regionCode())
                .facet(TARGET_GROUP_FACET, "targetGroups", query.targetGroups(), QueryParts.CODE_FACET_SIZE)
                .facet(FUNDING_TYPE_FACET, "fundingType", query.fundingTypes(), QueryParts.CODE_FACET_SIZE)
                .facet(PROGRAMME_FACET, "programme", query.programmes(), QueryParts.CODE_FACET_SIZE)
                .restrict("status", List.of(CallDocument.PUBLISHED, CallDocument.CLOSED))
                .highlight("title", "description")
                .rank(rank(query.now()))
                .sort(SORT);
        regionSelection(query.regionCode()).ifPresent(request::regionSelection);
        if (query.closingSoon()) {
            String now = query.now().toString();
            String soon = query.now().plus(CLOSING_SOON).toString();
            request.restrict("status", List.of(CallDocument.PUBLISHED))
                    .restrict(Query.of(
                            q -> q.range(r -> r.date(d -> d.field("opensAt").lte(now)))))
                    .restrict(Query.of(q ->
                            q.range(r -> r.date(d -> d.field("closesAt").gt(now).lte(soon)))));
        }
        return request.build(alias, query.page(), query.size());
    }

    /** Calls of the region or below it (their ancestors hold it), and calls of a region that contains it. */
    static java.util.Optional<Query> regionSelection(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return java.util.Optional.empty();
        }
        List<FieldValue> containing = Regions.withAncestors(List.of(regionCode)).stream()
                .map(FieldValue::of)
                .toList();
        return java.util.Optional.of(Query.of(q ->
                q.bool(b -> b.should(s -> s.term(t -> t.field("regionAncestors").value(regionCode)))
                        .should(s -> s.terms(t -> t.field("regionCode").terms(v -> v.value(containing))))
                        .minimumShouldMatch("1"))));
    }

    /** By state (the rank), then by close time, then by id. */
    static final List<SortOptions> SORT = List.of(
            SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))),
            SortOptions.of(o -> o.field(f -> f.field("closesAt").order(SortOrder.Asc))),
            SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));

    /**
     * The state of each call at {@code now} as its score: 3 open (published, opened, not yet closed), 2 upcoming
     * (published, not yet opened), 1 closed (by its funder or by the clock) — range queries at the moment of the
     * search, nothing stored.
     */
    static List<FunctionScore> rank(Instant now) {
        String at = now.toString();
        Query published = Query.of(q -> q.term(t -> t.field("status").value(CallDocument.PUBLISHED)));
        Query notClosed =
                Query.of(q -> q.range(r -> r.date(d -> d.field("closesAt").gt(at))));
        Query opened = Query.of(q -> q.range(r -> r.date(d -> d.field("opensAt").lte(at))));
        Query notOpened =
                Query.of(q -> q.range(r -> r.date(d -> d.field("opensAt").gt(at))));
        return List.of(
                FunctionScore.of(f -> f.filter(q -> q.bool(b -> b.filter(published, notClosed, opened)))
                        .weight(3.0)),
                FunctionScore.of(f -> f.filter(q -> q.bool(b -> b.filter(published, notClosed, notOpened)))
                        .weight(2.0)));
    }
}

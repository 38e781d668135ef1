package org.qianshou.search.opening;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.search.FacetedRequest;
import org.qianshou.search.IndexKind;
import org.qianshou.search.QueryParts;

/**
 * Builds the search request for an {@link OpeningQuery}: the keywords, region, target-group and category filters every
 * kind has (see {@code ProjectQueries}), a skill facet, and the opening's own restrictions — the statuses, openings
 * whose last shift has not ended, and one nested condition on a single shift for the date range and free places (so
 * "this weekend with free places" needs a shift that is both).
 */
public final class OpeningQueries {

    /** The opening kind: alias {@code <prefix>-openings}, {@code openings-index.json}, {@link OpeningDocument}. */
    public static final IndexKind<OpeningDocument, OpeningQuery> KIND = IndexKind.of(
            "openings", "opening", "/search/openings-index.json", OpeningDocument.class, OpeningQueries::request);

    /** The facet of skills (field {@code skills}). */
    public static final String SKILL_FACET = "skills";

    private static final List<String> PHRASE_FIELDS =
            List.of("title^4", "organisationName^2", "regionNames^2", "description");
    private static final List<String> BIGRAM_FIELDS =
            List.of("title.bigram^4", "organisationName.bigram^2", "regionNames.bigram^2", "description.bigram");

    private OpeningQueries() {}

    public static SearchRequest request(String alias, OpeningQuery query) {
        FacetedRequest request = FacetedRequest.filtered(query.filters(), PHRASE_FIELDS, BIGRAM_FIELDS)
                .restrict("status", query.statuses())
                .restrict(Query.of(q -> q.range(
                        r -> r.date(d -> d.field("lastEndsAt").gt(query.now().toString())))))
                .facet(SKILL_FACET, "skills", query.skills(), QueryParts.CODE_FACET_SIZE)
                .highlight("title", "description");
        shiftCondition(query).ifPresent(request::restrict);
        return request.build(alias, query.filters());
    }

    /** One open shift that starts in the range and, if asked, after now with a free place. */
    static java.util.Optional<Query> shiftCondition(OpeningQuery query) {
        if (query.from() == null && query.to() == null && !query.freePlaces()) {
            return java.util.Optional.empty();
        }
        List<Query> conditions = new ArrayList<>();
        conditions.add(Query.of(q -> q.term(t -> t.field("shifts.status").value(OpeningDocument.Shift.OPEN))));
        if (query.from() != null || query.to() != null) {
            conditions.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("shifts.startsAt");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().toString());
                }
                return d;
            }))));
        }
        if (query.freePlaces()) {
            conditions.add(Query.of(
                    q -> q.range(r -> r.number(n -> n.field("shifts.free").gt(0.0)))));
            conditions.add(Query.of(q -> q.range(
                    r -> r.date(d -> d.field("shifts.startsAt").gt(query.now().toString())))));
        }
        return java.util.Optional.of(Query.of(q -> q.nested(n -> n.path("shifts")
                .scoreMode(ChildScoreMode.None)
                .query(inner -> inner.bool(b -> b.filter(conditions))))));
    }
}

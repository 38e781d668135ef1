package org.qianshou.funding.call.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qianshou.search.Hit;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;
import org.qianshou.search.call.CallDocument;
import org.qianshou.search.call.CallQueries;
import org.qianshou.search.call.CallQuery;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.search.CombinedPart;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;
import org.qianshou.taxonomy.Term;

/**
 * Validates a public call search, runs it on the index at the present moment and shapes the answer. Found: published
 * and closed calls of verified funders; each call's state comes from its times and the server clock.
 */
@Singleton
public class CallSearchService implements CombinedSearchKind {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int SUMMARY_LENGTH = 120;

    private final Searcher<CallDocument, CallQuery> search;
    private final SearchVocabulary vocabulary;
    private final TaxonomyService taxonomies;

    CallSearchService(CallSearchKind kind, SearchVocabulary vocabulary, TaxonomyService taxonomies) {
        this.search = Searcher.of(kind.index(), CallQueries.KIND);
        this.vocabulary = vocabulary;
        this.taxonomies = taxonomies;
    }

    public CallSearchResponse search(CallSearchInput input) {
        return search(input, Instant.now());
    }

    CallSearchResponse search(CallSearchInput input, Instant now) {
        SearchParameters p = vocabulary.parameters(
                new SearchInput(input.q(), input.region(), input.targetGroup(), null, input.page(), input.size()));
        CallQuery query =
                query(p, input.fundingType(), input.programme(), input.closingSoon(), now, p.page(), p.size());
        p.validate();
        SearchResult<CallDocument> result = search.search(query);
        return new CallSearchResponse(
                result.total(),
                p.page(),
                p.size(),
                result.hits().stream().map(h -> item(h, now)).toList(),
                new CallSearchResponse.Facets(
                        vocabulary.regionFacet(p.regionCode(), result.facet(CallQueries.REGION_FACET)),
                        vocabulary.targetGroupFacet(result.facet(CallQueries.TARGET_GROUP_FACET)),
                        SearchParameters.codeCounts(
                                codes(Kind.FUNDING_TYPE), result.facet(CallQueries.FUNDING_TYPE_FACET)),
                        SearchParameters.codeCounts(codes(Kind.PROGRAMME), result.facet(CallQueries.PROGRAMME_FACET))),
                result.loose());
    }

    /**
     * What this search finds now (published and closed calls of verified funders, found from below and above their
     * region, with the search's funding types, programmes and "closing soon") that was first published after {@code
     * since}, other than {@code seen}; the earliest first, at most {@code limit} (a saved search's digest).
     *
     * @throws org.qianshou.system.InvalidInputException for parameters the search refuses
     */
    public List<NewItem> publishedSince(CallSearchInput input, Instant since, Collection<Long> seen, int limit) {
        Instant now = Instant.now();
        SearchParameters p =
                vocabulary.parameters(new SearchInput(input.q(), input.region(), input.targetGroup(), null, 0, 1));
        CallQuery query =
                query(p, input.fundingType(), input.programme(), input.closingSoon(), now, p.page(), p.size());
        p.validate();
        return search.publishedSince(query, since, seen, limit).stream()
                .map(d -> new NewItem(
                        kind(),
                        d.id(),
                        d.title(),
                        "/calls/" + d.id(),
                        d.regionNames().isEmpty()
                                ? ""
                                : d.regionNames().get(d.regionNames().size() - 1),
                        d.publishedAt()))
                .toList();
    }

    /** The call's own filters checked (each wrong one a violation in {@code p}) and the query with them. */
    private CallQuery query(
            SearchParameters p,
            List<String> rawFundingTypes,
            List<String> rawProgrammes,
            String rawClosingSoon,
            Instant now,
            int page,
            int size) {
        List<String> fundingTypes = p.codes(
                rawFundingTypes,
                "fundingType",
                "field.funding-type.unknown",
                c -> taxonomies.exists(Kind.FUNDING_TYPE, c));
        List<String> programmes = p.codes(
                rawProgrammes, "programme", "field.programme.unknown", c -> taxonomies.exists(Kind.PROGRAMME, c));
        String soon = rawClosingSoon == null ? "" : rawClosingSoon.strip();
        if (!soon.isEmpty() && !"true".equals(soon) && !"false".equals(soon)) {
            p.add(new Violation("closingSoon", "field.call.closing-soon", soon));
        }
        var filters = p.filters();
        return new CallQuery(
                filters.text(),
                filters.regionCode(),
                filters.targetGroups(),
                fundingTypes,
                programmes,
                "true".equals(soon),
                now,
                page,
                size);
    }

    @Override
    public String kind() {
        return "call";
    }

    @Override
    public int getOrder() {
        return 2;
    }

    @Override
    public List<String> ownParameters() {
        return List.of("fundingType", "programme", "closingSoon");
    }

    @Override
    public CombinedPart<?> prepare(
            SearchParameters shared, Map<String, List<String>> own, Instant now, int page, int size) {
        CallQuery query = query(
                shared,
                own.get("fundingType"),
                own.get("programme"),
                CombinedSearchKind.single(own, "closingSoon"),
                now,
                page,
                Math.max(size, 1));
        return CombinedPart.of(
                kind(),
                search,
                query,
                size,
                h -> new FoundItem(
                        kind(),
                        h.document().id(),
                        h.document().title(),
                        h.highlight("title"),
                        FoundItem.snippet(
                                h.fragments("description"), h.document().description()),
                        vocabulary.path(h.document().regionCode()),
                        "/calls/" + h.document().id()),
                r -> Map.of(
                        "fundingType",
                        SearchParameters.codeCounts(codes(Kind.FUNDING_TYPE), r.facet(CallQueries.FUNDING_TYPE_FACET)),
                        "programme",
                        SearchParameters.codeCounts(codes(Kind.PROGRAMME), r.facet(CallQueries.PROGRAMME_FACET))));
    }

    private List<String> codes(Kind kind) {
        return taxonomies.terms(kind).stream().map(Term::code).toList();
    }

    private static CallSearchResponse.Item item(Hit<CallDocument> hit, Instant now) {
        CallDocument d = hit.document();
        return new CallSearchResponse.Item(
                d.id(),
                d.title(),
                hit.highlight("title"),
                hit.fragments("description"),
                FoundItem.start(d.description(), SUMMARY_LENGTH),
                d.organisationId(),
                d.organisationName(),
                d.fundingType(),
                d.programme(),
                d.regionCode(),
                d.regionPath(),
                d.targetGroups(),
                d.poolFen(),
                d.maxAwardFen(),
                local(d.opensAt()),
                local(d.closesAt()),
                d.conceptClosesAt() == null ? null : local(d.conceptClosesAt()),
                d.twoStage(),
                d.stateAt(now),
                d.demo());
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }
}

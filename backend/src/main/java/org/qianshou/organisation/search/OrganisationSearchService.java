package org.qianshou.organisation.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qianshou.organisation.Organisation;
import org.qianshou.search.Filters;
import org.qianshou.search.Hit;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;
import org.qianshou.search.organisation.OrganisationDocument;
import org.qianshou.search.organisation.OrganisationQueries;
import org.qianshou.search.organisation.OrganisationQuery;
import org.qianshou.system.search.CombinedPart;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.search.SearchInput;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;

/**
 * Validates a public search of verified organisations, runs it on the index and shapes the answer; the organisation
 * kind of the combined search, with its own parameters {@code category} and {@code organisationKind} (its endpoint's
 * {@code kind}, renamed there because the combined search's {@code kind} chooses the kind of hit).
 */
@Singleton
public class OrganisationSearchService implements CombinedSearchKind {

    /** The kinds in the order the facet lists them. */
    static final List<String> KINDS = Organisation.KINDS.stream().sorted().toList();

    private final Searcher<OrganisationDocument, OrganisationQuery> search;
    private final SearchVocabulary vocabulary;

    OrganisationSearchService(OrganisationSearchKind kind, SearchVocabulary vocabulary) {
        this.search = Searcher.of(kind.index(), OrganisationQueries.KIND);
        this.vocabulary = vocabulary;
    }

    /** @param kinds the organisation kinds to find (repeated or comma-separated); none: every kind */
    public OrganisationSearchResponse search(SearchInput input, @Nullable List<String> kinds) {
        SearchParameters p = vocabulary.parameters(input);
        List<String> kindCodes =
                p.codes(kinds, "kind", "field.organisation-kind.unknown", Organisation.KINDS::contains);
        p.validate();

        SearchResult<OrganisationDocument> result = search.search(new OrganisationQuery(p.filters(), kindCodes));
        List<OrganisationSearchResponse.Hit> items =
                result.hits().stream().map(this::hit).toList();
        return new OrganisationSearchResponse(
                result.total(), p.page(), p.size(), items, facets(p.regionCode(), result), result.loose());
    }

    /**
     * What this search finds (verified organisations, with the search's kinds) that was first verified after {@code
     * since}, other than {@code seen}; the earliest first, at most {@code limit} (a saved search's digest).
     *
     * @param kinds the organisation kinds to find; none: every kind
     * @param kindParameter the name the caller gave {@code kinds} ({@code kind} on the organisation search, {@code
     *     organisationKind} on the combined one), for the violation that names it
     * @throws org.qianshou.system.InvalidInputException for parameters the search refuses
     */
    public List<NewItem> publishedSince(
            SearchInput input,
            @Nullable List<String> kinds,
            String kindParameter,
            Instant since,
            Collection<Long> seen,
            int limit) {
        SearchParameters p = vocabulary.parameters(input);
        List<String> kindCodes =
                p.codes(kinds, kindParameter, "field.organisation-kind.unknown", Organisation.KINDS::contains);
        p.validate();
        return search.publishedSince(new OrganisationQuery(p.filters(), kindCodes), since, seen, limit).stream()
                .map(d -> new NewItem(
                        kind(),
                        d.id(),
                        d.name(),
                        "/organisations/" + d.id(),
                        d.registeredRegionCode() == null
                                ? ""
                                : vocabulary.regionRef(d.registeredRegionCode()).name(),
                        d.publishedAt()))
                .toList();
    }

    @Override
    public String kind() {
        return "organisation";
    }

    @Override
    public int getOrder() {
        return 3;
    }

    @Override
    public List<String> ownParameters() {
        return List.of("category", "organisationKind");
    }

    @Override
    public CombinedPart<?> prepare(
            SearchParameters shared, Map<String, List<String>> own, Instant now, int page, int size) {
        List<String> categories = vocabulary.categories(shared, own.get("category"));
        List<String> kindCodes = shared.codes(
                own.get("organisationKind"),
                "organisationKind",
                "field.organisation-kind.unknown",
                Organisation.KINDS::contains);
        Filters f = shared.filters();
        OrganisationQuery query = new OrganisationQuery(
                new Filters(f.text(), f.regionCode(), f.targetGroups(), categories, page, Math.max(size, 1)),
                kindCodes);
        return CombinedPart.of(
                kind(),
                search,
                query,
                size,
                h -> new FoundItem(
                        kind(),
                        h.document().id(),
                        h.document().name(),
                        h.highlight("name"),
                        FoundItem.snippet(
                                h.fragments("description"), h.document().description()),
                        vocabulary.path(
                                h.document().registeredRegionCode() != null
                                        ? h.document().registeredRegionCode()
                                        : h.document().serviceRegionCodes().stream()
                                                .findFirst()
                                                .orElse(null)),
                        "/organisations/" + h.document().id()),
                r -> Map.of(
                        "category", vocabulary.categoryFacet(r.facet(Filters.CATEGORY_FACET)),
                        "organisationKind",
                                SearchParameters.codeCounts(KINDS, r.facet(OrganisationQueries.KIND_FACET))));
    }

    private OrganisationSearchResponse.Facets facets(
            @Nullable String regionCode, SearchResult<OrganisationDocument> result) {
        return new OrganisationSearchResponse.Facets(
                vocabulary.regionFacet(regionCode, result.facet(Filters.REGION_FACET)),
                SearchParameters.codeCounts(KINDS, result.facet(OrganisationQueries.KIND_FACET)),
                vocabulary.targetGroupFacet(result.facet(Filters.TARGET_GROUP_FACET)),
                vocabulary.categoryFacet(result.facet(Filters.CATEGORY_FACET)));
    }

    private OrganisationSearchResponse.Hit hit(Hit<OrganisationDocument> hit) {
        OrganisationDocument d = hit.document();
        return new OrganisationSearchResponse.Hit(
                d.id(),
                d.name(),
                d.kind(),
                d.subtype(),
                d.registeredRegionCode() == null ? null : vocabulary.regionRef(d.registeredRegionCode()),
                d.serviceRegionCodes().stream().map(vocabulary::regionRef).toList(),
                d.targetGroups(),
                d.serviceCategories(),
                new OrganisationSearchResponse.Highlight(hit.highlight("name"), hit.fragments("description")));
    }
}

package org.qianshou.opening.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.qianshou.opening.OpeningStatus;
import org.qianshou.opening.ShiftRequest;
import org.qianshou.search.Filters;
import org.qianshou.search.Hit;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;
import org.qianshou.search.opening.OpeningDocument;
import org.qianshou.search.opening.OpeningQueries;
import org.qianshou.search.opening.OpeningQuery;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.search.CombinedPart;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.FoundItem;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.search.SearchParameters;
import org.qianshou.taxonomy.SearchVocabulary;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;
import org.qianshou.taxonomy.Term;

/**
 * Validates a public opening search, runs it on the index and shapes the answer. Found: published openings of verified
 * organisations until they are closed or cancelled or their last shift has ended. The opening kind of the combined
 * search, with its own parameters {@code category}, {@code skill}, {@code from}, {@code to} and {@code freePlaces}.
 */
@Singleton
public class OpeningSearchService implements CombinedSearchKind {

    static final int NEXT_SHIFTS = 5;
    private static final int SUMMARY_LENGTH = 120;

    private final Searcher<OpeningDocument, OpeningQuery> search;
    private final SearchVocabulary vocabulary;
    private final TaxonomyService taxonomies;

    OpeningSearchService(OpeningSearchKind kind, SearchVocabulary vocabulary, TaxonomyService taxonomies) {
        this.search = Searcher.of(kind.index(), OpeningQueries.KIND);
        this.vocabulary = vocabulary;
        this.taxonomies = taxonomies;
    }

    public OpeningSearchResponse search(OpeningSearchInput input) {
        return search(input, Instant.now());
    }

    OpeningSearchResponse search(OpeningSearchInput input, Instant now) {
        SearchParameters p = vocabulary.parameters(input.shared());
        OpeningQuery query = query(p, p.filters(), input.skill(), input.from(), input.to(), input.freePlaces(), now);
        p.validate();

        SearchResult<OpeningDocument> result = search.search(query);
        List<OpeningSearchResponse.Item> items =
                result.hits().stream().map(h -> item(h, now)).toList();
        return new OpeningSearchResponse(
                result.total(),
                p.page(),
                p.size(),
                items,
                new OpeningSearchResponse.Facets(
                        vocabulary.regionFacet(p.regionCode(), result.facet(Filters.REGION_FACET)),
                        vocabulary.targetGroupFacet(result.facet(Filters.TARGET_GROUP_FACET)),
                        vocabulary.categoryFacet(result.facet(Filters.CATEGORY_FACET)),
                        SearchParameters.codeCounts(
                                taxonomies.terms(Kind.SKILL).stream()
                                        .map(Term::code)
                                        .toList(),
                                result.facet(OpeningQueries.SKILL_FACET))),
                result.loose());
    }

    /**
     * What this search finds now (published openings of verified organisations whose last shift has not ended, with
     * the search's skills, days and free places) that was first published after {@code since}, other than {@code
     * seen}; the earliest first, at most {@code limit} (a saved search's digest).
     *
     * @throws org.qianshou.system.InvalidInputException for parameters the search refuses
     */
    public List<NewItem> publishedSince(OpeningSearchInput input, Instant since, Collection<Long> seen, int limit) {
        Instant now = Instant.now();
        SearchParameters p = vocabulary.parameters(input.shared());
        OpeningQuery query = query(p, p.filters(), input.skill(), input.from(), input.to(), input.freePlaces(), now);
        p.validate();
        return search.publishedSince(query, since, seen, limit).stream()
                .map(d -> new NewItem(
                        kind(),
                        d.id(),
                        d.title(),
                        "/openings/" + d.id(),
                        d.regionNames().isEmpty()
                                ? ""
                                : d.regionNames().get(d.regionNames().size() - 1),
                        d.publishedAt()))
                .toList();
    }

    /** The opening's own filters checked (each wrong one a violation in {@code p}) and the query with them. */
    private OpeningQuery query(
            SearchParameters p,
            Filters filters,
            List<String> rawSkills,
            String rawFrom,
            String rawTo,
            String rawFreePlaces,
            Instant now) {
        List<String> skills = p.codes(rawSkills, "skill", "field.skill.unknown", c -> taxonomies.exists(Kind.SKILL, c));
        List<Violation> own = new java.util.ArrayList<>();
        LocalDate from = day(rawFrom, "from", own);
        LocalDate to = day(rawTo, "to", own);
        if (from != null && to != null && to.isBefore(from)) {
            own.add(new Violation("to", "field.dates.end-before-start"));
        }
        Boolean freePlaces = flag(rawFreePlaces, own);
        own.forEach(p::add);
        return new OpeningQuery(
                filters,
                List.of(OpeningStatus.PUBLISHED),
                skills,
                from == null ? null : from.atStartOfDay(ShiftRequest.ZONE).toInstant(),
                to == null
                        ? null
                        : to.plusDays(1).atStartOfDay(ShiftRequest.ZONE).toInstant(),
                Boolean.TRUE.equals(freePlaces),
                now);
    }

    @Override
    public String kind() {
        return "opening";
    }

    @Override
    public int getOrder() {
        return 1;
    }

    @Override
    public List<String> ownParameters() {
        return List.of("category", "skill", "from", "to", "freePlaces");
    }

    @Override
    public CombinedPart<?> prepare(
            SearchParameters shared, Map<String, List<String>> own, Instant now, int page, int size) {
        List<String> categories = vocabulary.categories(shared, own.get("category"));
        Filters f = shared.filters();
        OpeningQuery query = query(
                shared,
                new Filters(f.text(), f.regionCode(), f.targetGroups(), categories, page, Math.max(size, 1)),
                own.get("skill"),
                CombinedSearchKind.single(own, "from"),
                CombinedSearchKind.single(own, "to"),
                CombinedSearchKind.single(own, "freePlaces"),
                now);
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
                        "/openings/" + h.document().id()),
                r -> Map.of(
                        "category", vocabulary.categoryFacet(r.facet(Filters.CATEGORY_FACET)),
                        "skill",
                                SearchParameters.codeCounts(
                                        vocabulary.codes(Kind.SKILL), r.facet(OpeningQueries.SKILL_FACET))));
    }

    private static LocalDate day(String raw, String field, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(raw.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                violations.add(new Violation(field, "field.date.range", 2000, 2100));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "field.opening.day", raw));
            return null;
        }
    }

    private static Boolean flag(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!"true".equals(raw) && !"false".equals(raw)) {
            violations.add(new Violation("freePlaces", "field.opening.free-places", raw));
            return null;
        }
        return Boolean.valueOf(raw);
    }

    private OpeningSearchResponse.Item item(Hit<OpeningDocument> hit, Instant now) {
        OpeningDocument d = hit.document();
        List<OpeningSearchResponse.NextShift> next = d.shifts().stream()
                .filter(s -> s.open() && s.startsAt().isAfter(now))
                .sorted(Comparator.comparing(OpeningDocument.Shift::startsAt))
                .limit(NEXT_SHIFTS)
                .map(s -> new OpeningSearchResponse.NextShift(
                        s.id(), local(s.startsAt()), local(s.endsAt()), s.capacity(), s.free()))
                .toList();
        return new OpeningSearchResponse.Item(
                d.id(),
                d.title(),
                hit.highlight("title"),
                hit.fragments("description"),
                FoundItem.start(d.description(), SUMMARY_LENGTH),
                d.organisationId(),
                d.organisationName(),
                d.projectId(),
                d.regionCode(),
                d.regionPath(),
                d.targetGroups(),
                d.serviceCategories().isEmpty() ? "" : d.serviceCategories().get(0),
                d.skills(),
                d.adultsOnly(),
                d.screening(),
                local(d.signupDeadline()),
                next,
                d.freePlacesAt(now),
                d.demo());
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(ShiftRequest.ZONE).toOffsetDateTime();
    }
}

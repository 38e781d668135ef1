package org.qianshou.savedsearch;

import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qianshou.funding.call.search.CallSearchInput;
import org.qianshou.funding.call.search.CallSearchService;
import org.qianshou.opening.search.OpeningSearchInput;
import org.qianshou.opening.search.OpeningSearchService;
import org.qianshou.organisation.search.OrganisationSearchService;
import org.qianshou.project.search.ProjectSearchService;
import org.qianshou.story.search.StorySearchService;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.search.SearchInput;

/**
 * Runs a saved search through the search of its kind, the same one its page asks (statuses, visibility, a kind's
 * meaning of a region, its own filters and their checks): only what was first made public after a moment, leaving out
 * what was already sent. A saved search's parameters are those of its page's address ({@link SearchQuery#PARAMETERS}),
 * read here as the page reads them: the openings page's {@code when}, {@code free} and the calls page's {@code soon}
 * become the searches' days, {@code freePlaces} and {@code closingSoon}. For {@code all} (the combined search's page):
 * without {@code kind}, each kind with the shared parameters ({@code q}, {@code region}, {@code targetGroup}), as the
 * combined search counts; with {@code kind}, that kind with its own filters as the combined search names them.
 */
@Singleton
class KindSearches {

    /** A kind's part of a digest: what it found and must not find again. */
    interface Seen {
        Collection<Long> of(String kind);
    }

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The own filters of each kind on the combined search's page, as {@code /api/search} names them. */
    static final Map<String, List<String>> COMBINED_OWN = Map.of(
            "project", List.of("category"),
            "opening", List.of("category", "skill", "from", "to", "freePlaces"),
            "call", List.of("fundingType", "programme", "closingSoon"),
            "organisation", List.of("category", "organisationKind"),
            "story", List.of("category", "programme"));

    private final ProjectSearchService projects;
    private final OpeningSearchService openings;
    private final CallSearchService calls;
    private final OrganisationSearchService organisations;
    private final StorySearchService stories;

    KindSearches(
            ProjectSearchService projects,
            OpeningSearchService openings,
            CallSearchService calls,
            OrganisationSearchService organisations,
            StorySearchService stories) {
        this.projects = projects;
        this.openings = openings;
        this.calls = calls;
        this.organisations = organisations;
        this.stories = stories;
    }

    /**
     * What the saved search finds that was first made public after {@code since}, kind by kind, at most {@code limit}
     * of each kind, earliest first within a kind.
     *
     * @throws InvalidInputException for parameters a kind's search refuses, each named as the page names it
     */
    List<NewItem> publishedSince(String kind, SearchQuery query, Instant since, Seen seen, int limit) {
        if (!"all".equals(kind)) {
            return search(kind, query, since, seen.of(kind), limit);
        }
        String chosen = query.single("kind");
        List<Violation> violations = new ArrayList<>();
        if (chosen != null && !NewItem.KINDS.contains(chosen)) {
            violations.add(
                    new Violation("kind", "field.search.kind.unknown", chosen, String.join(", ", NewItem.KINDS)));
        }
        List<String> allowed = chosen == null ? List.of() : COMBINED_OWN.getOrDefault(chosen, List.of());
        COMBINED_OWN.values().stream()
                .flatMap(List::stream)
                .distinct()
                .filter(name -> query.list(name) != null && !allowed.contains(name))
                .forEach(name -> violations.add(new Violation(
                        name,
                        "field.search.kind-parameter",
                        name,
                        String.join(
                                ", ",
                                NewItem.KINDS.stream()
                                        .filter(k -> COMBINED_OWN.get(k).contains(name))
                                        .toList()))));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (chosen != null) {
            return combinedKind(chosen, query, since, seen.of(chosen), limit);
        }
        List<NewItem> found = new ArrayList<>();
        for (String k : NewItem.KINDS) {
            found.addAll(combinedKind(k, query, since, seen.of(k), limit));
        }
        return found;
    }

    /** A kind's saved search, with the parameters its own page writes. */
    private List<NewItem> search(String kind, SearchQuery q, Instant since, Collection<Long> seen, int limit) {
        return switch (kind) {
            case "project" -> projects.publishedSince(shared(q, q.list("category")), since, seen, limit);
            case "opening" -> openings.publishedSince(openingInput(q), since, seen, limit);
            case "call" ->
                calls.publishedSince(
                        callInput(q, q.list("fundingType"), q.list("programme"), flag(q, "soon")), since, seen, limit);
            case "organisation" ->
                organisations.publishedSince(shared(q, q.list("category")), q.list("kind"), "kind", since, seen, limit);
            case "story" ->
                stories.publishedSince(shared(q, q.list("category")), q.list("programme"), since, seen, limit);
            default -> throw InvalidInputException.of("kind", "field.saved-search.kind", kind);
        };
    }

    /** One kind of the combined search: its own filters as {@code /api/search} names them (none when not chosen). */
    private List<NewItem> combinedKind(String kind, SearchQuery q, Instant since, Collection<Long> seen, int limit) {
        return switch (kind) {
            case "project" -> projects.publishedSince(shared(q, q.list("category")), since, seen, limit);
            case "opening" ->
                openings.publishedSince(
                        new OpeningSearchInput(
                                shared(q, q.list("category")),
                                q.list("skill"),
                                q.single("from"),
                                q.single("to"),
                                q.single("freePlaces")),
                        since,
                        seen,
                        limit);
            case "call" ->
                calls.publishedSince(
                        callInput(q, q.list("fundingType"), q.list("programme"), q.single("closingSoon")),
                        since,
                        seen,
                        limit);
            case "organisation" ->
                organisations.publishedSince(
                        shared(q, q.list("category")),
                        q.list("organisationKind"),
                        "organisationKind",
                        since,
                        seen,
                        limit);
            case "story" ->
                stories.publishedSince(shared(q, q.list("category")), q.list("programme"), since, seen, limit);
            default -> throw InvalidInputException.of("kind", "field.saved-search.kind", kind);
        };
    }

    private static SearchInput shared(SearchQuery q, List<String> categories) {
        return new SearchInput(q.single("q"), q.single("region"), q.list("targetGroup"), categories, 0, 1);
    }

    private static CallSearchInput callInput(
            SearchQuery q, List<String> fundingTypes, List<String> programmes, String closingSoon) {
        return new CallSearchInput(
                q.single("q"), q.single("region"), q.list("targetGroup"), fundingTypes, programmes, closingSoon, 0, 1);
    }

    /**
     * The openings page's address read as the page reads it: {@code when=weekend} or {@code month} are the days of
     * this weekend or the rest of this month in Asia/Shanghai at the moment of the search; {@code from} and {@code to}
     * count with {@code when=custom} or without {@code when}; {@code free=1} asks for free places.
     */
    private static OpeningSearchInput openingInput(SearchQuery q) {
        String when = q.single("when");
        String from = q.single("from");
        String to = q.single("to");
        if (when != null && !List.of("weekend", "month", "custom").contains(when)) {
            throw InvalidInputException.of("when", "field.saved-search.when", when);
        }
        if ("weekend".equals(when) || "month".equals(when)) {
            LocalDate[] days = days(when, LocalDate.now(ZONE));
            from = days[0].toString();
            to = days[1].toString();
        }
        return new OpeningSearchInput(shared(q, q.list("category")), q.list("skill"), from, to, flag(q, "free"));
    }

    /** The first and last day of {@code weekend} or {@code month} seen on {@code today}, as the openings page has them. */
    static LocalDate[] days(String when, LocalDate today) {
        if ("month".equals(when)) {
            return new LocalDate[] {today, today.with(TemporalAdjusters.lastDayOfMonth())};
        }
        if (today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new LocalDate[] {today, today};
        }
        LocalDate saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new LocalDate[] {saturday, saturday.plusDays(1)};
    }

    /** A page's yes-flag ({@code free=1}, {@code soon=1}) as the searches take it: {@code "true"}, or {@code null}. */
    private static String flag(SearchQuery q, String name) {
        String value = q.single(name);
        if (value == null) {
            return null;
        }
        if (!"1".equals(value)) {
            throw InvalidInputException.of(name, "field.saved-search.flag", name, "1", value);
        }
        return "true";
    }
}

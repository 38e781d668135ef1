package org.qianshou.search.opening;

import java.time.Instant;
import java.util.List;
import org.qianshou.search.Filters;
import org.qianshou.search.Lists;

/**
 * An opening search: the {@link Filters} every kind shares, and the opening's own.
 *
 * @param statuses statuses to show (the public: published); they restrict the facets too
 * @param skills an opening matches when it wants any of them
 * @param from with {@code to}: an opening matches when one of its open shifts starts in {@code [from, to)}; {@code null}:
 *     no bound
 * @param freePlaces only openings with an open shift that starts after {@code now} and has a free place (the same
 *     shift as the date range, when there is one)
 * @param now the moment of the search: openings whose last shift ended before it are not found
 */
public record OpeningQuery(
        Filters filters,
        List<String> statuses,
        List<String> skills,
        Instant from,
        Instant to,
        boolean freePlaces,
        Instant now) {

    public OpeningQuery {
        statuses = Lists.copy(statuses);
        skills = Lists.copy(skills);
    }
}

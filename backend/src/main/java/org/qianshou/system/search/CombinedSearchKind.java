package org.qianshou.system.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A kind of the combined search ({@code GET /api/search}), registered by the feature that owns the kind's public search
 * (its search service implements it). The combined search checks the shared parameters once and asks each kind for its
 * part: the kind checks its own parameters and builds its request with its own {@code KindQueries}, exactly as its own
 * endpoint does (statuses, visibility, its meaning of a region, its order), so that the combined counts by kind are the
 * kinds' own totals. Ordered: the order of the kind facet and of the kinds within each round of the blended hits.
 */
public interface CombinedSearchKind extends Ordered {

    /** {@code project}, {@code opening}, {@code call}, {@code organisation} or {@code story}. */
    String kind();

    /**
     * The kind's own parameters besides {@code q}, {@code region}, {@code targetGroup}, {@code page} and {@code size},
     * named as on its own endpoint (except an organisation's {@code kind}, which is {@code organisationKind} here).
     */
    List<String> ownParameters();

    /**
     * The kind's search for the shared parameters and its own parameters as sent (empty when another kind or none is
     * chosen). Every wrong own parameter is added to {@code shared}'s violations; the caller validates before running
     * anything.
     *
     * @param page the page of the kind's own order to fetch
     * @param size hits per page (0: only the total and the facets)
     */
    CombinedPart<?> prepare(SearchParameters shared, Map<String, List<String>> own, Instant now, int page, int size);

    /** The first value of an own parameter, or {@code null}. */
    static @Nullable String single(Map<String, List<String>> own, String name) {
        List<String> values = own.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

package org.qianshou.opening.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.RegionCount;

/**
 * One page of openings found, with facet counts. Times are in Asia/Shanghai ({@code +08:00}).
 *
 * @param loose whether these are close matches, shown because the keywords as typed found nothing ("没有完全匹配的结果，以下是相近的结果")
 */
@Serdeable
public record OpeningSearchResponse(long total, int page, int size, List<Item> items, Facets facets, boolean loose) {

    /**
     * An opening found. {@code titleHighlighted} and {@code descriptionHighlighted} mark the keywords' matches between
     * U+E000 and U+E001 (as the project search does); {@code nextShifts}: its open shifts that have not started, soonest
     * first (at most {@value OpeningSearchService#NEXT_SHIFTS}); {@code freePlaces}: their free places together.
     */
    @Serdeable
    public record Item(
            long id,
            String title,
            @Nullable String titleHighlighted,
            List<String> descriptionHighlighted,
            String summary,
            long organisationId,
            String organisationName,
            long projectId,
            String regionCode,
            String regionPath,
            List<String> targetGroups,
            String category,
            List<String> skills,
            boolean adultsOnly,
            String screening,
            OffsetDateTime signupDeadline,
            List<NextShift> nextShifts,
            int freePlaces,
            boolean demo) {}

    @Serdeable
    public record NextShift(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int free) {}

    /**
     * Counts per value: {@code region} the children of the selected region (or the prefectures), the others every
     * value with every filter but their own (every skill of the taxonomy, in its order).
     */
    @Serdeable
    public record Facets(
            List<RegionCount> region, List<CodeCount> targetGroup, List<CodeCount> category, List<CodeCount> skill) {}
}

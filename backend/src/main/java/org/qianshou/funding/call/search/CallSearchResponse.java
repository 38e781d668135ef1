package org.qianshou.funding.call.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.RegionCount;

/**
 * One page of calls found, with facet counts. Times in Asia/Shanghai ({@code +08:00}); money in fen; {@code state}
 * ({@code upcoming}, {@code open}, {@code closed}) is computed from the server clock at the moment of the search.
 *
 * @param loose whether these are close matches, shown because the keywords as typed found nothing ("没有完全匹配的结果，以下是相近的结果")
 */
@Serdeable
public record CallSearchResponse(long total, int page, int size, List<Item> items, Facets facets, boolean loose) {

    /**
     * A call found. {@code titleHighlighted} and {@code descriptionHighlighted} mark the keywords' matches between
     * U+E000 and U+E001 (as the other searches do).
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
            String fundingType,
            @Nullable String programme,
            String regionCode,
            String regionPath,
            List<String> targetGroups,
            long poolFen,
            long maxAwardFen,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            @Nullable OffsetDateTime conceptClosesAt,
            boolean twoStage,
            String state,
            boolean demo) {}

    /**
     * Counts per value: {@code region} the children of the selected region (or the prefectures), the others every
     * value of their vocabulary with every filter but their own.
     */
    @Serdeable
    public record Facets(
            List<RegionCount> region,
            List<CodeCount> targetGroup,
            List<CodeCount> fundingType,
            List<CodeCount> programme) {}
}

package org.qianshou.story.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import org.qianshou.system.search.CodeCount;
import org.qianshou.system.search.RegionCount;

/**
 * One page of published stories found, with facet counts. Times in Asia/Shanghai ({@code +08:00}).
 *
 * @param loose whether these are close matches, shown because the keywords as typed found nothing ("没有完全匹配的结果，以下是相近的结果")
 */
@Serdeable
public record StorySearchResponse(long total, int page, int size, List<Item> items, Facets facets, boolean loose) {

    /**
     * A story found. {@code highlight} holds the keywords' matches marked between U+E000 and U+E001 as the other
     * searches mark them: the whole title when it matched, then up to two fragments of the story's text (empty without
     * keywords). {@code regionPath} runs from the province down to the story's region; {@code coverUrl} is its cover's
     * picture for lists (640 pixels wide when the photo is that wide), or {@code null}.
     */
    @Serdeable
    public record Item(
            long id,
            String title,
            String summary,
            List<String> highlight,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            List<PathStep> regionPath,
            List<String> targetGroups,
            @Nullable String serviceCategory,
            @Nullable String programme,
            OffsetDateTime publishedAt,
            @Nullable String coverUrl,
            boolean demo) {}

    /** One region of a story's path. */
    @Serdeable
    public record PathStep(String code, String name) {}

    /**
     * Counts per value (named as the call search names them): {@code region} the children of the selected region (or
     * the prefectures), the others every value of their vocabulary, each counted with every filter but its own.
     */
    @Serdeable
    public record Facets(
            List<RegionCount> region,
            List<CodeCount> targetGroup,
            List<CodeCount> category,
            List<CodeCount> programme) {}
}

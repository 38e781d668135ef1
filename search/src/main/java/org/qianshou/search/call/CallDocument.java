package org.qianshou.search.call;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.Lists;
import org.qianshou.search.Regions;
import org.qianshou.search.text.ZhFields;

/**
 * A funding call as the search index holds it: a derived copy of the PostgreSQL rows (the call, its target groups,
 * its funder's name). Its public state (upcoming, open, closed) is not stored: queries compute it from
 * {@code opensAt}, {@code closesAt} and the moment of the search, so it is right without a re-index when a call opens
 * or closes.
 *
 * @param regionAncestors the call's region and all its ancestors: a search for a region finds the calls inside it
 *     through this field, and the calls of a region that contains it through {@code regionCode}
 * @param regionNames names of those regions, so a keyword such as 昭通 matches
 * @param regionPath the names from the province down, joined by {@code " › "}
 * @param programme the programme's code, or {@code null}
 * @param status {@code published} or {@code closed} only while the call is and its funder is verified ({@code
 *     withheld} otherwise); also {@code draft} and {@code cancelled}. Public queries ask for published and closed.
 * @param version the call row's version, the external version of every write
 * @param publishedAt when the call was published, which opens it to applicants ({@code null} for a draft never
 *     published): what a saved search's digest calls new
 */
@JsonIgnoreProperties(
        value = {ZhFields.OBJECT, Regions.LEVELS},
        allowGetters = true)
public record CallDocument(
        long id,
        long version,
        String title,
        String description,
        long organisationId,
        String organisationName,
        String fundingType,
        String programme,
        String regionCode,
        List<String> regionAncestors,
        List<String> regionNames,
        String regionPath,
        List<String> targetGroups,
        long poolFen,
        long maxAwardFen,
        Instant opensAt,
        Instant closesAt,
        Instant conceptClosesAt,
        boolean twoStage,
        String status,
        boolean demo,
        Instant updatedAt,
        Instant publishedAt)
        implements IndexedDocument {

    public static final String PUBLISHED = "published";
    public static final String CLOSED = "closed";

    public CallDocument {
        regionAncestors = Lists.copy(regionAncestors);
        regionNames = Lists.copy(regionNames);
        targetGroups = Lists.copy(targetGroups);
    }

    /** {@code regionAncestors} by level, the region facet's fields ({@link Regions#byLevel}): written to the index, never read back. */
    @JsonProperty(Regions.LEVELS)
    public Map<String, List<String>> regionLevels() {
        return Regions.byLevel(regionAncestors);
    }

    /** The text as Chinese search needs it (see {@link ZhFields}): written to the index, never read back. */
    @JsonProperty(ZhFields.OBJECT)
    public Map<String, Object> zh() {
        return ZhFields.builder()
                .text("title", title)
                .text("description", description)
                .text("organisationName", organisationName)
                .texts("regionNames", regionNames)
                .pinyin(java.util.Arrays.asList(title, organisationName))
                .places(regionNames)
                .suggest(PUBLISHED.equals(status) ? title : null, regionNames)
                .build();
    }

    /** {@code upcoming}, {@code open} or {@code closed} at {@code now} (a public call: published or closed). */
    public String stateAt(Instant now) {
        if (!PUBLISHED.equals(status) || !now.isBefore(closesAt)) {
            return CLOSED;
        }
        return now.isBefore(opensAt) ? "upcoming" : "open";
    }
}

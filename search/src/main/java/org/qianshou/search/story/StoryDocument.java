package org.qianshou.search.story;

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
 * A published case story (典型案例) as the search index holds it: a derived copy of the PostgreSQL rows (the story, its
 * target groups, its organisation's name, its project's title, its cover). Only published stories of verified
 * organisations are in the index; the backend deletes every other.
 *
 * @param summary the author's summary
 * @param bodyText the body's plain text (the sanitised HTML without its tags)
 * @param regionAncestors the story's region and all its ancestors, from the province down: a search for a region finds
 *     the stories inside it
 * @param regionNames the names of those regions, in the same order, so that a keyword such as 昭通 matches
 * @param serviceCategories the story's service category, or none
 * @param programme the programme's code, or {@code null}
 * @param coverUrl the address of the cover photo's picture for lists, or {@code null}
 * @param version the story row's version, the external version of every write
 */
@JsonIgnoreProperties(
        value = {ZhFields.OBJECT, Regions.LEVELS},
        allowGetters = true)
public record StoryDocument(
        long id,
        long version,
        String title,
        String summary,
        String bodyText,
        long organisationId,
        String organisationName,
        long projectId,
        String projectTitle,
        String regionCode,
        List<String> regionAncestors,
        List<String> regionNames,
        List<String> targetGroups,
        List<String> serviceCategories,
        String programme,
        Instant publishedAt,
        String coverUrl,
        boolean demo,
        Instant updatedAt)
        implements IndexedDocument {

    public StoryDocument {
        regionAncestors = Lists.copy(regionAncestors);
        regionNames = Lists.copy(regionNames);
        targetGroups = Lists.copy(targetGroups);
        serviceCategories = Lists.copy(serviceCategories);
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
                .text("summary", summary)
                .text("bodyText", bodyText)
                .text("organisationName", organisationName)
                .text("projectTitle", projectTitle)
                .texts("regionNames", regionNames)
                .pinyin(java.util.Arrays.asList(title, organisationName))
                .places(regionNames)
                .suggest(title, regionNames)
                .build();
    }
}

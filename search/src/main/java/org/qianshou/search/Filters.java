package org.qianshou.search;

import java.util.List;

/**
 * What every kind is searched by: keywords, a region (with everything below it), target groups and service
 * categories, and the page. A kind's query record holds these and adds its own filters. {@code text} and
 * {@code regionCode} may be {@code null}; {@code null} lists mean "no filter".
 *
 * @param text whitespace-separated keywords, all required; blank matches everything
 * @param regionCode the region whose documents (including those of every region below it) to find
 * @param targetGroups a document matches when it serves any of them
 * @param categories service categories; a document matches when it has any of them
 * @param page from 0
 * @param size hits per page
 */
public record Filters(
        String text, String regionCode, List<String> targetGroups, List<String> categories, int page, int size) {

    /** The facet of the children of the selected region. */
    public static final String REGION_FACET = "regions";
    /** The facet of target groups (field {@code targetGroups}). */
    public static final String TARGET_GROUP_FACET = "targetGroups";
    /** The facet of service categories (field {@code serviceCategories}). */
    public static final String CATEGORY_FACET = "categories";

    public Filters {
        targetGroups = Lists.copy(targetGroups);
        categories = Lists.copy(categories);
    }
}

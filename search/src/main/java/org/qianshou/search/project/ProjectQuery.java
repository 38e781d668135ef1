package org.qianshou.search.project;

import java.util.List;
import org.qianshou.search.Lists;

/**
 * A project search. {@code text} and {@code regionCode} may be {@code null}; {@code null} lists mean "no filter".
 *
 * @param text whitespace-separated keywords, all required; blank matches everything
 * @param regionCode the region whose projects (including those of every region below it) to find
 * @param targetGroups a project matches when it has any of them
 * @param categories service categories; a project matches when it has any of them
 * @param statuses statuses to show (e.g. published, closed); they restrict the facets too
 * @param page from 0
 * @param size hits per page
 */
public record ProjectQuery(
        String text,
        String regionCode,
        List<String> targetGroups,
        List<String> categories,
        List<String> statuses,
        int page,
        int size) {

    public ProjectQuery {
        targetGroups = Lists.copy(targetGroups);
        categories = Lists.copy(categories);
        statuses = Lists.copy(statuses);
    }
}

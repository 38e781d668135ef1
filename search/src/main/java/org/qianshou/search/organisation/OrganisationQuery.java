package org.qianshou.search.organisation;

import java.util.List;
import org.qianshou.search.Lists;

/**
 * A search of verified organisations. {@code text} and {@code regionCode} may be {@code null}; {@code null} lists
 * mean "no filter".
 *
 * @param text whitespace-separated keywords, all required; blank matches everything
 * @param regionCode the region whose organisations (including those of every region below it) to find
 * @param kinds {@code agency}, {@code funder}, {@code university}; an organisation matches when it is any of them
 * @param targetGroups an organisation matches when it serves any of them
 * @param categories service categories; an organisation matches when it has any of them
 * @param page from 0
 * @param size hits per page
 */
public record OrganisationQuery(
        String text,
        String regionCode,
        List<String> kinds,
        List<String> targetGroups,
        List<String> categories,
        int page,
        int size) {

    public OrganisationQuery {
        kinds = Lists.copy(kinds);
        targetGroups = Lists.copy(targetGroups);
        categories = Lists.copy(categories);
    }
}

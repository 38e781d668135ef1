package org.qianshou.search.organisation;

import java.util.List;
import org.qianshou.search.Filters;
import org.qianshou.search.Lists;

/**
 * A search of verified organisations: the {@link Filters} every kind shares, and kinds.
 *
 * @param kinds {@code agency}, {@code funder}, {@code university}; an organisation matches when it is any of them;
 *     {@code null}: all
 */
public record OrganisationQuery(Filters filters, List<String> kinds) {

    public OrganisationQuery {
        kinds = Lists.copy(kinds);
    }
}

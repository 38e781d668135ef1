package org.qianshou.search.project;

import java.util.List;
import org.qianshou.search.Filters;
import org.qianshou.search.Lists;

/**
 * A project search: the {@link Filters} every kind shares, and the statuses to show.
 *
 * @param statuses statuses to show (e.g. published, closed); they restrict the facets too; {@code null}: all
 */
public record ProjectQuery(Filters filters, List<String> statuses) {

    public ProjectQuery {
        statuses = Lists.copy(statuses);
    }
}

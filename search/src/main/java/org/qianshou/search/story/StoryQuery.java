package org.qianshou.search.story;

import java.util.List;
import org.qianshou.search.Filters;
import org.qianshou.search.Lists;

/**
 * A public story search: the shared {@link Filters} (keywords, region subtree, target groups, service categories, page)
 * and programmes.
 *
 * @param programmes a story matches when its programme is one of them (none: no filter)
 */
public record StoryQuery(Filters filters, List<String> programmes) {

    public StoryQuery {
        programmes = Lists.copy(programmes);
    }
}

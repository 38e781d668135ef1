package org.qianshou.search.call;

import java.time.Instant;
import java.util.List;
import org.qianshou.search.Lists;

/**
 * A public call search.
 *
 * @param text keywords (all required); blank or {@code null}: everything
 * @param regionCode calls whose region is this one, inside it, or contains it ({@code null}: everywhere)
 * @param targetGroups a call matches when it names any of them
 * @param fundingTypes a call matches when its funding type is one of them
 * @param programmes a call matches when its programme is one of them
 * @param closingSoon only calls open at {@code now} that close within {@link CallQueries#CLOSING_SOON}
 * @param now the moment of the search: it decides each call's state and its place in the order
 */
public record CallQuery(
        String text,
        String regionCode,
        List<String> targetGroups,
        List<String> fundingTypes,
        List<String> programmes,
        boolean closingSoon,
        Instant now,
        int page,
        int size) {

    public CallQuery {
        targetGroups = Lists.copy(targetGroups);
        fundingTypes = Lists.copy(fundingTypes);
        programmes = Lists.copy(programmes);
    }
}

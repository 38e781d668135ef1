package org.qianshou.system.search;

import java.time.Instant;
import java.util.List;

/**
 * An item a saved search's digest lists: first made public since the last digest, found by the search.
 *
 * @param kind {@code project}, {@code opening}, {@code call}, {@code organisation} or {@code story}
 * @param path the item's page in the SPA, from the site's root ({@code /projects/12})
 * @param place where it is (region names, broadest first), for the message; may be empty
 * @param publishedAt when it was first made public (what the digest orders by and continues from)
 */
public record NewItem(String kind, long id, String title, String path, String place, Instant publishedAt) {

    /** Every kind a saved search may search, besides {@code all}. */
    public static final List<String> KINDS = List.of("project", "opening", "call", "organisation", "story");
}

package org.qianshou.project;

import java.util.List;
import java.util.Set;

/** Life of a project: drafts are private; published and closed projects are public. */
public final class ProjectStatus {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String CLOSED = "closed";
    public static final Set<String> ALL = Set.of(DRAFT, PUBLISHED, CLOSED);
    /**
     * In the search index only: a project whose organisation is not (or no longer) verified. Public
     * queries ask for {@link #PUBLIC} statuses, so it is never found until the organisation is verified again.
     */
    public static final String WITHHELD = "withheld";

    public static final List<String> PUBLIC = List.of(PUBLISHED, CLOSED);

    private ProjectStatus() {}
}

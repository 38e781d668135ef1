package org.qianshou.project;

import java.util.List;
import java.util.Set;

/** Life of a project: drafts are private; published and closed projects are public. */
public final class ProjectStatus {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String CLOSED = "closed";
    public static final Set<String> ALL = Set.of(DRAFT, PUBLISHED, CLOSED);
    public static final List<String> PUBLIC = List.of(PUBLISHED, CLOSED);

    private ProjectStatus() {}
}

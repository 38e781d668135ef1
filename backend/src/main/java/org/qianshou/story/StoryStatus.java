package org.qianshou.story;

import java.util.Set;

/** A story's states (contract: draft → submitted → published | returned; published → unpublished). */
public final class StoryStatus {

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String RETURNED = "returned";
    public static final String PUBLISHED = "published";
    public static final String UNPUBLISHED = "unpublished";

    public static final Set<String> ALL = Set.of(DRAFT, SUBMITTED, RETURNED, PUBLISHED, UNPUBLISHED);

    /** States in which the author may edit the story, its consents and justifications, and submit it. */
    public static final Set<String> EDITABLE = Set.of(DRAFT, RETURNED, UNPUBLISHED);

    private StoryStatus() {}
}

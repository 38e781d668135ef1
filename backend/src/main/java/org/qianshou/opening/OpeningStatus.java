package org.qianshou.opening;

import java.util.Set;

/** Life of an opening: draft → published → closed or cancelled. Only published openings are public. */
public final class OpeningStatus {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String CLOSED = "closed";
    public static final String CANCELLED = "cancelled";
    public static final Set<String> ALL = Set.of(DRAFT, PUBLISHED, CLOSED, CANCELLED);

    /** Screening: sign-ups confirmed at once, or each approved by the agency. */
    public static final String AUTOMATIC = "automatic";

    public static final String APPROVAL = "approval";
    public static final Set<String> SCREENINGS = Set.of(AUTOMATIC, APPROVAL);

    private OpeningStatus() {}
}

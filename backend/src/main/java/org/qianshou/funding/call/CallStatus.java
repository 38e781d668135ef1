package org.qianshou.funding.call;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Life of a call: draft → published → closed, or cancelled (with a reason) from draft or published. Only published and
 * closed calls are public. The public {@code state} is computed from the clock at the moment it is asked: a published
 * call is {@code upcoming} before it opens, {@code open} until it closes, {@code closed} after.
 */
public final class CallStatus {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String CLOSED = "closed";
    public static final String CANCELLED = "cancelled";
    public static final List<String> ALL = List.of(DRAFT, PUBLISHED, CLOSED, CANCELLED);
    /** The statuses anyone may see. */
    public static final Set<String> PUBLIC = Set.of(PUBLISHED, CLOSED);

    public static final String UPCOMING = "upcoming";
    public static final String OPEN = "open";

    /** Where an applicant must be: registered in the call's region, serving in it, or either. */
    public static final List<String> REGION_BASES = List.of("registered", "service", "either");

    /** The subtypes a call may name (the agency subtypes and universities). */
    public static final List<String> SUBTYPES = List.of(
            "social-work-agency",
            "child-welfare",
            "elderly-care",
            "rescue-protection",
            "township-station",
            "university");

    /** The sections an application may have, in their order. */
    public static final List<String> SECTIONS =
            List.of("need", "objectives", "activities", "beneficiaries", "budget", "indicators");

    private CallStatus() {}

    /** The public state of a call in {@code status} at {@code now}. */
    public static String state(String status, Instant opensAt, Instant closesAt, Instant now) {
        if (!PUBLISHED.equals(status)) {
            return CLOSED.equals(status) ? CLOSED : status;
        }
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }
}

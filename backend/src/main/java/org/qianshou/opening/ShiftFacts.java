package org.qianshou.opening;

import java.time.Instant;

/**
 * What other features (sign-ups, hours) need to know of a shift and its opening.
 *
 * @param regionPath the region's names from the province down, joined by {@code " › "} (云南省 › 昭通市 › …)
 * @param screening {@code automatic} or {@code approval}
 * @param openingStatus {@code draft}, {@code published}, {@code closed} or {@code cancelled}
 * @param shiftStatus {@code open} or {@code cancelled}
 * @param organisationVerified whether the opening's organisation is verified now: the public sees (and volunteers sign
 *     up for) only the openings of verified organisations
 */
public record ShiftFacts(
        long shiftId,
        long openingId,
        long organisationId,
        String organisationName,
        long projectId,
        String openingTitle,
        String openingDescription,
        String regionCode,
        String regionPath,
        String meetingPlace,
        String categoryCode,
        boolean adultsOnly,
        String screening,
        Instant signupDeadline,
        String openingStatus,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int confirmedCount,
        String shiftStatus,
        boolean organisationVerified) {}

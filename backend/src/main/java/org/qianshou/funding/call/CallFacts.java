package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * What the other funding sub-packages know of a call (contract: {@code funding.call.Calls}). Money in fen; the pool's
 * remainder is {@code poolFen - committedFen}.
 *
 * @param regionBasis {@code registered}, {@code service} or {@code either}
 * @param subtypes the organisation subtypes that may apply (empty: any agency)
 * @param targetGroups the call's target groups (an applicant serves at least one, when there are any)
 * @param status {@code draft}, {@code published}, {@code closed} or {@code cancelled}
 */
public record CallFacts(
        long id,
        long organisationId,
        String organisationName,
        String title,
        String fundingTypeCode,
        @Nullable String programmeCode,
        long poolFen,
        long committedFen,
        long maxAwardFen,
        int managementFeeCapBp,
        String regionCode,
        String regionBasis,
        int minSocialWorkers,
        List<String> subtypes,
        List<String> targetGroups,
        Instant opensAt,
        Instant closesAt,
        boolean twoStage,
        @Nullable Instant conceptClosesAt,
        boolean blindReview,
        int scoreMin,
        int scoreMax,
        int reportIntervalMonths,
        String status,
        List<CallSection> sections,
        List<CallTranche> tranches,
        List<CallCriterion> criteria) {

    public CallFacts {
        subtypes = List.copyOf(subtypes);
        targetGroups = List.copyOf(targetGroups);
        sections = List.copyOf(sections);
        tranches = List.copyOf(tranches);
        criteria = List.copyOf(criteria);
    }

    public long remainingFen() {
        return poolFen - committedFen;
    }

    /** The call's section with the code, if it has one. */
    public java.util.Optional<CallSection> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}

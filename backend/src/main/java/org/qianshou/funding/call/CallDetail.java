package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A call as its page and its editor show it (contract: {@code CallDetail}). Times in Asia/Shanghai ({@code +08:00});
 * {@code state} is computed from the server clock ({@code upcoming}, {@code open}, {@code closed}, or the status of a
 * draft or cancelled call); money in fen.
 */
@Serdeable
public record CallDetail(
        long id,
        String status,
        String state,
        @Nullable String statusReason,
        long organisationId,
        String organisationName,
        String title,
        String description,
        String fundingType,
        @Nullable String programme,
        long poolFen,
        long committedFen,
        long remainingFen,
        long maxAwardFen,
        int managementFeeCapBp,
        Eligibility eligibility,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        boolean twoStage,
        @Nullable OffsetDateTime conceptClosesAt,
        boolean blindReview,
        int scoreMin,
        int scoreMax,
        int reportIntervalMonths,
        List<CallSection> sections,
        List<CallTranche> tranches,
        List<CallCriterion> criteria,
        @Nullable OffsetDateTime publishedAt,
        boolean demo,
        long version) {

    /**
     * Who may apply: registered ({@code registered}), serving ({@code service}) or either ({@code either}) in the region
     * and below it; one of the subtypes (any agency when empty); serving one of the target groups (any when empty); at
     * least {@code minSocialWorkers} certified social workers.
     */
    @Serdeable
    public record Eligibility(
            String regionCode,
            String regionPath,
            String regionBasis,
            List<String> subtypes,
            List<String> targetGroups,
            int minSocialWorkers) {}
}

package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the award routes answer. Money in fen, times with the +08:00 offset, days as Asia/Shanghai dates. */
final class AwardViews {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private AwardViews() {}

    static @Nullable OffsetDateTime local(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toOffsetDateTime();
    }

    @Serdeable
    record AwardDetail(
            long id,
            long callId,
            String callTitle,
            long funderOrganisationId,
            String funderName,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            long applicationId,
            long amountFen,
            long paidFen,
            String conditions,
            String status,
            @Nullable String statusReason,
            OffsetDateTime proposedAt,
            @Nullable OffsetDateTime decidedAt,
            @Nullable OffsetDateTime acceptedAt,
            boolean proposedByMe,
            @Nullable Long matchedAwardId,
            List<MatchingAward> matchingAwards,
            List<TrancheView> tranches,
            long version) {}

    @Serdeable
    record MatchingAward(long id, String funderName, long amountFen, String status) {}

    @Serdeable
    record TrancheView(
            long id,
            int seq,
            long amountFen,
            long paidFen,
            String status,
            @Nullable LocalDate reportDueOn,
            List<PaymentView> payments) {}

    @Serdeable
    record PaymentView(
            long id,
            long trancheId,
            long amountFen,
            String externalReference,
            LocalDate paidOn,
            String status,
            @Nullable String statusReason,
            OffsetDateTime recordedAt,
            @Nullable OffsetDateTime decidedAt,
            boolean recordedByMe) {

        /** The payment as {@code viewerId} sees it ({@code recordedByMe}: four eyes in the pages). */
        static PaymentView of(Payment p, long viewerId) {
            return new PaymentView(
                    p.id(),
                    p.trancheId(),
                    p.amountFen(),
                    p.externalReference(),
                    p.paidOn(),
                    p.status(),
                    p.statusReason(),
                    local(p.recordedAt()),
                    local(p.decidedAt()),
                    p.recordedBy() == viewerId);
        }
    }

    @Serdeable
    record Pool(long poolFen, long committedFen, long paidFen, long remainingFen, List<PoolMatch> matches) {}

    @Serdeable
    record PoolMatch(long id, String organisationName, long capFen, long committedFen, String status) {}

    @Serdeable
    record LedgerLine(
            long id,
            String kind,
            long amountFen,
            long awardId,
            @Nullable Integer trancheSeq,
            @Nullable Long paymentId,
            String organisationName,
            OffsetDateTime recordedAt) {}

    @Serdeable
    record MatchView(
            long id,
            long callId,
            String callTitle,
            String callFunderName,
            long organisationId,
            String organisationName,
            long capFen,
            long committedFen,
            long remainingFen,
            String status,
            @Nullable String statusReason,
            OffsetDateTime proposedAt,
            @Nullable OffsetDateTime decidedAt,
            boolean proposedByMe,
            long version) {}
}

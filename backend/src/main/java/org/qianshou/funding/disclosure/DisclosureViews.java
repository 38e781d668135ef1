package org.qianshou.funding.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.qianshou.system.Page;

/** What the public sees of funding (资金公示): organisations, projects and amounts, never a person. */
final class DisclosureViews {

    private DisclosureViews() {}

    @Serdeable
    /**
     * A call's disclosure: the call, and one page of its approved awards (by id) and of its approved payments (by the
     * day paid): the same {@code page} and {@code size} for both lists, each with its own {@code total}.
     */
    record CallDisclosure(CallPart call, Page<AwardPart> awards, Page<PaymentPart> payments) {}

    @Serdeable
    record CallPart(
            long id,
            String title,
            long organisationId,
            String organisationName,
            String fundingType,
            long poolFen,
            long committedFen,
            long paidFen,
            long remainingFen) {}

    @Serdeable
    record AwardPart(
            long awardId,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            long amountFen,
            long paidFen,
            @Nullable LocalDate approvedOn,
            @Nullable Long matchedAwardId) {}

    @Serdeable
    record PaymentPart(
            long paymentId, long awardId, String organisationName, int trancheSeq, long amountFen, LocalDate paidOn) {}

    @Serdeable
    record ProjectDisclosure(
            ProjectPart project,
            List<SourcePart> sources,
            List<TranchePart> tranches,
            List<BudgetPart> budgetActual,
            List<ReportPart> reports) {}

    @Serdeable
    record ProjectPart(long id, String title, long organisationId, String organisationName) {}

    @Serdeable
    record SourcePart(
            long awardId,
            long funderOrganisationId,
            String funderName,
            long callId,
            String callTitle,
            String fundingType,
            long awardedFen,
            long paidFen,
            @Nullable Long matchedAwardId) {}

    @Serdeable
    record TranchePart(
            long awardId,
            String funderName,
            int seq,
            long amountFen,
            long paidFen,
            String status,
            @Nullable LocalDate paidOn) {}

    @Serdeable
    record BudgetPart(String category, long budgetFen, long actualFen) {}

    @Serdeable
    record ReportPart(
            long awardId, String kind, int seq, LocalDate periodFrom, LocalDate periodTo, LocalDate approvedOn) {}
}

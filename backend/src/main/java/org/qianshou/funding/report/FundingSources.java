package org.qianshou.funding.report;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.qianshou.funding.award.Awards;
import org.qianshou.funding.report.FundingSourceRepository.AwardRow;
import org.qianshou.funding.report.FundingSourceRepository.CategoryAmount;
import org.qianshou.funding.report.FundingSourceRepository.IndicatorRow;
import org.qianshou.funding.report.FundingSourceRepository.TrancheRow;

/**
 * The award, call and application facts reports are made from, read in the caller's transaction. The one place that
 * knows where they come from.
 */
@Singleton
class FundingSources {

    private final FundingSourceRepository repository;
    private final Awards awards;

    FundingSources(FundingSourceRepository repository, Awards awards) {
        this.repository = repository;
        this.awards = awards;
    }

    Optional<AwardRow> award(long awardId) {
        return repository.award(awardId);
    }

    /** The award's tranches in order, from the award package. */
    List<TrancheRow> tranches(long awardId) {
        return awards.tranches(awardId).stream()
                .map(t -> new TrancheRow(
                        t.id(), t.awardId(), t.seq(), t.amountFen(), t.paidFen(), t.reportDueOn(), t.status()))
                .toList();
    }

    Optional<TrancheRow> tranche(long awardId, long trancheId) {
        return tranches(awardId).stream().filter(t -> t.id() == trancheId).findFirst();
    }

    /** A report linked to the tranche was approved: the award package makes it payable (in the caller's transaction). */
    void reportApproved(long trancheId) {
        awards.reportApproved(trancheId);
    }

    List<CategoryAmount> budget(long applicationId) {
        return repository.budget(applicationId);
    }

    List<IndicatorRow> indicators(long applicationId) {
        return repository.indicators(applicationId);
    }
}

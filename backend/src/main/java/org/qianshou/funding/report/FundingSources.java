package org.qianshou.funding.report;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
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

    FundingSources(FundingSourceRepository repository) {
        this.repository = repository;
    }

    Optional<AwardRow> award(long awardId) {
        return repository.award(awardId);
    }

    List<TrancheRow> tranches(long awardId) {
        return repository.tranches(awardId);
    }

    Optional<TrancheRow> tranche(long trancheId) {
        return repository.tranche(trancheId);
    }

    List<CategoryAmount> budget(long applicationId) {
        return repository.budget(applicationId);
    }

    List<IndicatorRow> indicators(long applicationId) {
        return repository.indicators(applicationId);
    }
}

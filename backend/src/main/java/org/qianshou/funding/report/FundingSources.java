package org.qianshou.funding.report;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.qianshou.funding.award.Awards;
import org.qianshou.funding.report.FundingSourceRepository.AwardRow;
import org.qianshou.funding.report.FundingSourceRepository.CategoryAmount;
import org.qianshou.funding.report.FundingSourceRepository.IndicatorRow;
import org.qianshou.funding.report.FundingSourceRepository.TrancheRow;
import org.qianshou.taxonomy.BudgetCategory;
import org.qianshou.taxonomy.TaxonomyService;

/**
 * The award, call and application facts reports are made from, read in the caller's transaction. The one place that
 * knows where they come from.
 */
@Singleton
class FundingSources {

    private final FundingSourceRepository repository;
    private final Awards awards;
    private final TaxonomyService taxonomies;

    FundingSources(FundingSourceRepository repository, Awards awards, TaxonomyService taxonomies) {
        this.repository = repository;
        this.awards = awards;
        this.taxonomies = taxonomies;
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

    /** The application's budget by category, in the categories' order. */
    List<CategoryAmount> budget(long applicationId) {
        List<String> order =
                taxonomies.budgetCategories().stream().map(BudgetCategory::code).toList();
        return repository.budget(applicationId).stream()
                .sorted(java.util.Comparator.comparingInt(c -> order.indexOf(c.category())))
                .toList();
    }

    List<IndicatorRow> indicators(long applicationId) {
        return repository.indicators(applicationId);
    }
}

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

    /** The matching awards accepted with the award (see {@link AwardAcceptedListener}). */
    List<Long> acceptedMatchingAwards(long awardId) {
        return repository.acceptedMatchingAwards(awardId);
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

    /**
     * The award's budget by category, in the categories' order: the application's budget scaled to the amount awarded
     * (each category × awarded ÷ requested, rounded down to the fen, the last category taking the rest, so that the
     * categories add up to the award exactly). An award of the whole request keeps the application's budget.
     */
    List<CategoryAmount> budget(AwardRow award) {
        List<String> order =
                taxonomies.budgetCategories().stream().map(BudgetCategory::code).toList();
        List<CategoryAmount> requested = repository.budget(award.applicationId()).stream()
                .sorted(java.util.Comparator.comparingInt(c -> order.indexOf(c.category())))
                .toList();
        long total = requested.stream().mapToLong(CategoryAmount::amountFen).sum();
        if (total <= 0 || total == award.amountFen()) {
            return requested;
        }
        java.util.List<CategoryAmount> scaled = new java.util.ArrayList<>();
        long given = 0;
        for (int i = 0; i < requested.size(); i++) {
            CategoryAmount c = requested.get(i);
            long amount = i == requested.size() - 1
                    ? award.amountFen() - given
                    : java.math.BigInteger.valueOf(c.amountFen())
                            .multiply(java.math.BigInteger.valueOf(award.amountFen()))
                            .divide(java.math.BigInteger.valueOf(total))
                            .longValueExact();
            given += amount;
            scaled.add(new CategoryAmount(c.category(), amount));
        }
        return scaled;
    }

    List<IndicatorRow> indicators(long applicationId) {
        return repository.indicators(applicationId);
    }
}

package org.qianshou.funding.report;

import jakarta.inject.Singleton;

/**
 * What an approved report does to money: the tranche it is linked to becomes payable when its award is accepted. The
 * rule and the tranche belong to the award package ({@code Awards.reportApproved}); this is called in the approving
 * transaction.
 */
@Singleton
class TrancheRelease {

    private final FundingSourceRepository repository;

    TrancheRelease(FundingSourceRepository repository) {
        this.repository = repository;
    }

    void reportApproved(long trancheId) {
        repository.makePayable(trancheId);
    }
}

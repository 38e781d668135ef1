package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** What other funding sub-packages know of a tranche: {@code pending}, {@code payable} or {@code paid}. */
public record TrancheFacts(
        long id,
        long awardId,
        int seq,
        long amountFen,
        long paidFen,
        @Nullable LocalDate reportDueOn,
        String status) {

    static TrancheFacts of(Tranche t) {
        return new TrancheFacts(t.id(), t.awardId(), t.seq(), t.amountFen(), t.paidFen(), t.reportDueOn(), t.status());
    }
}

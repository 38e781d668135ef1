package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One tranche of an award: pending until payable (acceptance, or its report approved), paid when fully paid. */
@MappedEntity("funding_tranche")
record Tranche(
        @Id @GeneratedValue @Nullable Long id,
        long awardId,
        int seq,
        long amountFen,
        long paidFen,
        @Nullable LocalDate reportDueOn,
        String status,
        @Nullable Instant payableAt,
        @Nullable Instant paidAt) {

    static final String PENDING = "pending";
    static final String PAYABLE = "payable";
    static final String PAID = "paid";

    static Tranche planned(long awardId, int seq, long amountFen, @Nullable LocalDate reportDueOn) {
        return new Tranche(null, awardId, seq, amountFen, 0, reportDueOn, PENDING, null, null);
    }

    long unpaidFen() {
        return amountFen - paidFen;
    }

    Tranche payable(Instant at) {
        return new Tranche(id, awardId, seq, amountFen, paidFen, reportDueOn, PAYABLE, at, paidAt);
    }

    Tranche paid(long amount, Instant at) {
        long total = paidFen + amount;
        boolean full = total == amountFen;
        return new Tranche(
                id, awardId, seq, amountFen, total, reportDueOn, full ? PAID : status, payableAt, full ? at : paidAt);
    }
}

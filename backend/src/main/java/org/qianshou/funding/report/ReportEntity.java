package org.qianshou.funding.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report of an award: a progress report (linked to the tranche whose payment its approval allows, or on the call's
 * interval without one) or the final report. {@code version} grows by one on every change and guards concurrent
 * edits; the budget lines and indicator values are child rows.
 */
@MappedEntity("funding_report")
record ReportEntity(
        @Id @GeneratedValue @Nullable Long id,
        long awardId,
        @Nullable Long trancheId,
        String kind,
        int seq,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate dueOn,
        String status,
        String narrative,
        @Nullable String returnComment,
        @Nullable Long submittedBy,
        @Nullable Instant submittedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String PROGRESS = "progress";
    static final String FINAL = "final";

    static final String DUE = "due";
    static final String DRAFT = "draft";
    static final String SUBMITTED = "submitted";
    static final String APPROVED = "approved";
    static final String RETURNED = "returned";

    /** The states in which the agency still owes the report (it may edit and submit it). */
    static final java.util.List<String> OPEN = java.util.List.of(DUE, DRAFT, RETURNED);

    boolean open() {
        return OPEN.contains(status);
    }

    /** Not yet approved nor waiting for the funder, and past its due date (Asia/Shanghai day {@code today}). */
    boolean overdue(LocalDate today) {
        return open() && dueOn.isBefore(today);
    }

    static ReportEntity planned(
            long awardId, @Nullable Long trancheId, String kind, int seq, LocalDate from, LocalDate to, LocalDate due) {
        return new ReportEntity(
                null, awardId, trancheId, kind, seq, from, to, due, DUE, "", null, null, null, null, null, 1L, null,
                null);
    }
}

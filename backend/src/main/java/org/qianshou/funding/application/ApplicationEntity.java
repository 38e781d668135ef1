package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An application's own row. Its budget lines, indicators and attachments live in child tables; {@code requestedFen}
 * and {@code managementFeeFen} are computed from the budget lines on every save. {@code version} grows by one on every
 * change and guards concurrent saves.
 */
@MappedEntity("funding_application")
record ApplicationEntity(
        @Id @GeneratedValue @Nullable Long id,
        long callId,
        long organisationId,
        @Nullable Long projectId,
        String stage,
        String status,
        String title,
        String need,
        String objectives,
        String activities,
        String beneficiaries,
        @Nullable Integer beneficiaryCount,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        long requestedFen,
        long managementFeeFen,
        @Nullable String statusReason,
        @Nullable Instant shortlistedAt,
        @Nullable Instant submittedAt,
        @Nullable Long submittedBy,
        @Nullable Instant withdrawnAt,
        boolean demo,
        long createdBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static final String CONCEPT = "concept";
    static final String FULL = "full";

    static final String DRAFT = "draft";
    static final String SUBMITTED = "submitted";
    static final String WITHDRAWN = "withdrawn";
    static final String REJECTED = "rejected";
    static final String AWARDED = "awarded";

    static ApplicationEntity draft(long callId, long organisationId, String stage, long createdBy) {
        return new ApplicationEntity(
                null,
                callId,
                organisationId,
                null,
                stage,
                DRAFT,
                "",
                "",
                "",
                "",
                "",
                null,
                null,
                null,
                0,
                0,
                null,
                null,
                null,
                null,
                null,
                false,
                createdBy,
                null,
                null,
                null);
    }

    /** The same row with the content of a save (the totals computed by the caller). */
    ApplicationEntity withContent(ApplicationContentDraft c) {
        return new ApplicationEntity(
                id,
                callId,
                organisationId,
                c.projectId(),
                stage,
                status,
                c.title(),
                c.need(),
                c.objectives(),
                c.activities(),
                c.beneficiaries(),
                c.beneficiaryCount(),
                c.periodFrom(),
                c.periodTo(),
                c.requestedFen(),
                c.managementFeeFen(),
                statusReason,
                shortlistedAt,
                submittedAt,
                submittedBy,
                withdrawnAt,
                demo,
                createdBy,
                version,
                createdAt,
                updatedAt);
    }

    ApplicationEntity submitted(long accountId, Instant at) {
        return with(stage, SUBMITTED, null, shortlistedAt, at, accountId, withdrawnAt);
    }

    ApplicationEntity withStatus(String newStatus, @Nullable String reason, @Nullable Instant withdrawn) {
        return with(stage, newStatus, reason, shortlistedAt, submittedAt, submittedBy, withdrawn);
    }

    /** A shortlisted concept note: the same row becomes a full proposal, a draft again. */
    ApplicationEntity shortlisted(Instant at) {
        return with(FULL, DRAFT, null, at, null, null, withdrawnAt);
    }

    /** The same row with what its steps change; its content stays. */
    private ApplicationEntity with(
            String newStage,
            String newStatus,
            @Nullable String reason,
            @Nullable Instant newShortlistedAt,
            @Nullable Instant newSubmittedAt,
            @Nullable Long newSubmittedBy,
            @Nullable Instant newWithdrawnAt) {
        return new ApplicationEntity(
                id,
                callId,
                organisationId,
                projectId,
                newStage,
                newStatus,
                title,
                need,
                objectives,
                activities,
                beneficiaries,
                beneficiaryCount,
                periodFrom,
                periodTo,
                requestedFen,
                managementFeeFen,
                reason,
                newShortlistedAt,
                newSubmittedAt,
                newSubmittedBy,
                newWithdrawnAt,
                demo,
                createdBy,
                version,
                createdAt,
                updatedAt);
    }

    /**
     * Whether the call's funder may see it: not a draft, and submitted at some point (a shortlisted concept note was);
     * a draft withdrawn before it was ever submitted stays the agency's.
     */
    boolean seenByFunder() {
        return !DRAFT.equals(status) && (submittedAt != null || shortlistedAt != null);
    }

    /**
     * Whether the row's content is what the agency last submitted. It is not only for an application withdrawn while
     * its full proposal was being drafted after shortlisting: the funder then sees the concept note as it was
     * shortlisted (its revision), never the unsubmitted draft.
     */
    boolean holdsSubmittedContent() {
        return !(WITHDRAWN.equals(status) && submittedAt == null);
    }

    /** Whether it is a concept note (the first stage of a two-stage call). */
    boolean concept() {
        return CONCEPT.equals(stage);
    }
}

package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApplicationRepository extends CrudRepository<ApplicationEntity, Long> {

    /** What a funder may see of its calls' applications (see {@link ApplicationEntity#seenByFunder()}). */
    String SEEN_BY_FUNDER = "status <> 'draft' AND (submitted_at IS NOT NULL OR shortlisted_at IS NOT NULL)";

    @Query("SELECT * FROM funding_application WHERE id = :id FOR UPDATE")
    Optional<ApplicationEntity> findByIdForUpdate(long id);

    /** The organisation's live application to the call (any but a withdrawn one), if it has one. */
    @Query("SELECT * FROM funding_application WHERE call_id = :callId AND organisation_id = :organisationId"
            + " AND status <> 'withdrawn'")
    Optional<ApplicationEntity> findLive(long callId, long organisationId);

    /** One organisation's applications in a status (any when {@code null}), most recently changed first. */
    @Query("SELECT * FROM funding_application WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)"
            + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<ApplicationEntity> pageOfOrganisation(long organisationId, @Nullable String status, int limit, long offset);

    @Query("SELECT count(*) FROM funding_application WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)")
    long countOfOrganisation(long organisationId, @Nullable String status);

    /**
     * A call's applications the funder may see, filtered by stage and status, in order of submission: not drafts, and
     * only those that were once submitted (a draft withdrawn before submission stays the agency's).
     */
    @Query("SELECT * FROM funding_application WHERE call_id = :callId AND " + SEEN_BY_FUNDER
            + " AND (CAST(:stage AS varchar) IS NULL OR stage = :stage)"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)"
            + " ORDER BY submitted_at NULLS LAST, id LIMIT :limit OFFSET :offset")
    List<ApplicationEntity> pageOfCall(
            long callId, @Nullable String stage, @Nullable String status, int limit, long offset);

    @Query("SELECT count(*) FROM funding_application WHERE call_id = :callId AND " + SEEN_BY_FUNDER
            + " AND (CAST(:stage AS varchar) IS NULL OR stage = :stage)"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)")
    long countOfCall(long callId, @Nullable String stage, @Nullable String status);

    /** A call's applications that were submitted and are still in the running or awarded. */
    @Query("SELECT * FROM funding_application WHERE call_id = :callId AND status IN ('submitted', 'awarded')"
            + " ORDER BY submitted_at, id")
    List<ApplicationEntity> submittedOfCall(long callId);

    /**
     * The live (not declined, refused or cancelled) award of each given application that has one, as
     * {@code [applicationId, awardId]}: the agency's list links to it.
     */
    @Query("SELECT application_id, id AS award_id FROM funding_award WHERE application_id IN (:ids)"
            + " AND matched_award_id IS NULL AND status NOT IN ('declined', 'refused', 'cancelled')")
    List<AwardLink> awardsOf(List<Long> ids);

    @io.micronaut.serde.annotation.Serdeable
    @io.micronaut.core.annotation.Introspected
    record AwardLink(long applicationId, long awardId) {}
}

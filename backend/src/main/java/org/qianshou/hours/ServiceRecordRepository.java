package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ServiceRecordRepository extends CrudRepository<ServiceRecord, Long> {

    List<ServiceRecord> findByShiftIdOrderById(long shiftId);

    List<ServiceRecord> findByVolunteerAccountIdOrderByIdDesc(long volunteerAccountId);

    List<ServiceRecord> findByIdInOrderById(Collection<Long> ids);

    List<ServiceRecord> findByOrganisationIdAndIdInOrderById(long organisationId, Collection<Long> ids);

    Optional<ServiceRecord> findBySignupId(long signupId);

    /**
     * Serialises the recording of one shift's hours until the caller's transaction ends (an advisory lock), so two
     * staff saving at once append versions one after the other instead of clashing.
     */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('hours: recording'), CAST(:shiftId AS int)))"
            + " AS locked")
    long lockShiftRecording(long shiftId);

    /** Locks the record's row until the caller's transaction ends. */
    @Query("SELECT * FROM service_record WHERE id = :id FOR UPDATE")
    Optional<ServiceRecord> findByIdForUpdate(long id);

    /** Moves the status and current version, only from the version the caller read; the number of rows changed. */
    @Query("UPDATE service_record SET status = :status, current_version = :version, updated_at = now()"
            + " WHERE id = :id AND current_version = :expectedVersion")
    long moveTo(long id, String status, int version, int expectedVersion);

    @Query("UPDATE service_record SET status = 'confirmed', confirmed_at = now(), confirmed_by = :by,"
            + " updated_at = now() WHERE id = :id AND status = 'draft'")
    long confirm(long id, long by);

    @Query("UPDATE service_record SET status = :status, updated_at = now() WHERE id = :id")
    void status(long id, String status);

    /** The organisation's records whose service started in {@code [from, to)}, as they stand now, by start. */
    @Query("SELECT r.id FROM service_record r JOIN service_record_version v"
            + " ON v.record_id = r.id AND v.version = r.current_version"
            + " WHERE r.organisation_id = :organisationId AND v.starts_at >= :from AND v.starts_at < :to"
            + " ORDER BY v.starts_at, r.id")
    List<Long> idsOfOrganisationStartingBetween(long organisationId, java.time.Instant from, java.time.Instant to);

    @Query("SELECT count(*) FROM service_record WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)")
    long countOfOrganisation(long organisationId, @Nullable String status);
}

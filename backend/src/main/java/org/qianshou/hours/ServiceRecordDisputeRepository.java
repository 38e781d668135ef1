package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ServiceRecordDisputeRepository extends GenericRepository<ServiceRecordDispute, Long> {

    ServiceRecordDispute save(ServiceRecordDispute dispute);

    Optional<ServiceRecordDispute> findByRecordIdAndStatus(long recordId, String status);

    @Query("UPDATE service_record_dispute SET status = 'resolved', resolved_at = now(), resolved_by = :by,"
            + " resolved_version = :version WHERE record_id = :recordId AND status = 'open'")
    long resolveOpen(long recordId, long by, int version);

    /** One page of the organisation's disputes (newest first), optionally of one status. */
    @Query("SELECT d.* FROM service_record_dispute d JOIN service_record r ON r.id = d.record_id"
            + " WHERE r.organisation_id = :organisationId AND (CAST(:status AS varchar) IS NULL OR d.status = :status)"
            + " ORDER BY d.created_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
    List<ServiceRecordDispute> ofOrganisation(long organisationId, @Nullable String status, int limit, long offset);

    @Query("SELECT count(*) FROM service_record_dispute d JOIN service_record r ON r.id = d.record_id"
            + " WHERE r.organisation_id = :organisationId AND (CAST(:status AS varchar) IS NULL OR d.status = :status)")
    long countOfOrganisation(long organisationId, @Nullable String status);
}

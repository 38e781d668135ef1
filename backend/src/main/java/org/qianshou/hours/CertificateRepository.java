package org.qianshou.hours;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Certificates, what they cover and their revocations: rows are only ever added. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificateRepository extends GenericRepository<Certificate, Long> {

    Certificate save(Certificate certificate);

    Optional<Certificate> findByCode(String code);

    List<Certificate> findByVolunteerAccountIdOrderByIssuedAtDesc(long volunteerAccountId);

    /** The ids of the certificates that cover the record and are not revoked yet. */
    @Query("SELECT DISTINCT cr.certificate_id FROM certificate_record cr WHERE cr.record_id = :recordId"
            + " AND NOT EXISTS (SELECT 1 FROM certificate_revocation x WHERE x.certificate_id = cr.certificate_id)")
    List<Long> validIdsCovering(long recordId);

    @Query("INSERT INTO certificate_revocation (certificate_id, reason, record_id) VALUES (:certificateId, :reason,"
            + " :recordId) ON CONFLICT (certificate_id) DO NOTHING")
    void revoke(long certificateId, String reason, long recordId);
}

package org.qianshou.hours;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificateRecordRepository extends GenericRepository<CertificateRecord, Long> {

    CertificateRecord save(CertificateRecord row);

    List<CertificateRecord> findByCertificateIdOrderById(long certificateId);
}

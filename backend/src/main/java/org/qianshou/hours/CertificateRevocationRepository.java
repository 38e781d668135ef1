package org.qianshou.hours;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CertificateRevocationRepository extends GenericRepository<CertificateRevocation, Long> {

    List<CertificateRevocation> findByCertificateIdIn(Collection<Long> certificateIds);
}

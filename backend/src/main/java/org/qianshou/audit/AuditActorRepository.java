package org.qianshou.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditActorRepository extends GenericRepository<AuditActor, Long> {

    List<AuditActor> findByIdIn(Collection<Long> ids);
}

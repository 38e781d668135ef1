package org.qianshou.hours;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Versions are only ever appended (the table refuses updates and deletes). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ServiceRecordVersionRepository extends GenericRepository<ServiceRecordVersion, Long> {

    ServiceRecordVersion save(ServiceRecordVersion version);

    List<ServiceRecordVersion> findByRecordIdOrderByVersion(long recordId);

    Optional<ServiceRecordVersion> findByRecordIdAndVersion(long recordId, int version);

    /** The versions each record shows now. */
    @Query("SELECT v.* FROM service_record_version v JOIN service_record r"
            + " ON r.id = v.record_id AND r.current_version = v.version WHERE r.id IN (:ids)")
    List<ServiceRecordVersion> currentVersions(Collection<Long> ids);
}

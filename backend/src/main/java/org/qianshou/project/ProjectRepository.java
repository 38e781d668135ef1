package org.qianshou.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectRepository extends CrudRepository<ProjectEntity, Long> {

    /** The ids of every project of an organisation. */
    List<Long> findIdByOrganisationId(long organisationId);
}

package org.qianshou.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DocumentRepository extends CrudRepository<OrganisationDocument, Long> {

    List<OrganisationDocument> findByOrganisationIdOrderById(long organisationId);

    Optional<OrganisationDocument> findByIdAndOrganisationId(long id, long organisationId);

    int countByOrganisationId(long organisationId);
}

package org.qianshou.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code organisation_service_category} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationServiceCategoryRepository
        extends GenericRepository<OrganisationServiceCategory, OrganisationServiceCategory.Key> {

    List<OrganisationServiceCategory> saveAll(Iterable<OrganisationServiceCategory> rows);

    @Query("DELETE FROM organisation_service_category WHERE organisation_id = :organisationId")
    void deleteByOrganisation(long organisationId);

    @Query(
            "SELECT * FROM organisation_service_category WHERE organisation_id IN (:organisationIds) ORDER BY organisation_id, category_code")
    List<OrganisationServiceCategory> findByOrganisations(Collection<Long> organisationIds);
}

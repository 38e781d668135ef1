package org.qianshou.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code organisation_service_region} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationServiceRegionRepository
        extends GenericRepository<OrganisationServiceRegion, OrganisationServiceRegion.Key> {

    List<OrganisationServiceRegion> saveAll(Iterable<OrganisationServiceRegion> rows);

    @Query("DELETE FROM organisation_service_region WHERE organisation_id = :organisationId")
    void deleteByOrganisation(long organisationId);

    @Query(
            "SELECT * FROM organisation_service_region WHERE organisation_id IN (:organisationIds) ORDER BY organisation_id, region_code")
    List<OrganisationServiceRegion> findByOrganisations(Collection<Long> organisationIds);
}

package org.qianshou.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code organisation_target_group} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationTargetGroupRepository
        extends GenericRepository<OrganisationTargetGroup, OrganisationTargetGroup.Key> {

    List<OrganisationTargetGroup> saveAll(Iterable<OrganisationTargetGroup> rows);

    @Query("DELETE FROM organisation_target_group WHERE organisation_id = :organisationId")
    void deleteByOrganisation(long organisationId);

    @Query(
            "SELECT * FROM organisation_target_group WHERE organisation_id IN (:organisationIds) ORDER BY organisation_id, target_group_code")
    List<OrganisationTargetGroup> findByOrganisations(Collection<Long> organisationIds);
}

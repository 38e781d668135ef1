package org.qianshou.project;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectRepository extends CrudRepository<ProjectEntity, Long> {

    List<ProjectEntity> findByIdInOrderById(Collection<Long> ids);

    /** One organisation's project ids, most recently changed first (at most 1000). */
    @Query(
            "SELECT id FROM project WHERE organisation_id = :organisationId ORDER BY updated_at DESC, id DESC LIMIT 1000")
    List<Long> idsOfOrganisation(long organisationId);

    /** Project ids after {@code afterId}, ascending: keyset paging for a full rebuild. */
    @Query("SELECT id FROM project WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Long> idsAfter(long afterId, int limit);

    /** The ids of every project of an organisation. */
    List<Long> findIdByOrganisationId(long organisationId);
}

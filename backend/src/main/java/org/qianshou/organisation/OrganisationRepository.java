package org.qianshou.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    boolean existsByCreditCodeAndStatusIn(String creditCode, java.util.Collection<String> statuses);

    boolean existsByCreditCodeAndStatusInAndIdNotEqual(
            String creditCode, java.util.Collection<String> statuses, Long id);

    long countByStatus(String status);

    List<Organisation> findByIdIn(java.util.Collection<Long> ids);

    /** The administrators' queue: oldest submission (or creation) first. */
    @Query("SELECT * FROM organisation WHERE status = :status"
            + " ORDER BY coalesce(submitted_at, created_at), id LIMIT :limit OFFSET :offset")
    List<Organisation> queue(String status, int limit, long offset);

    @Query("SELECT * FROM organisation WHERE id IN (:ids) AND status = 'verified' ORDER BY id")
    List<Organisation> findVerified(java.util.Collection<Long> ids);

    /** The row, locked until the transaction ends, so that concurrent writers (a member's edit, an
     * administrator's decision) take turns instead of overwriting each other. */
    @Query("SELECT * FROM organisation WHERE id = :id FOR UPDATE")
    java.util.Optional<Organisation> findByIdForUpdate(long id);

    @Query("SELECT id FROM organisation WHERE status = 'verified' AND id > :after ORDER BY id LIMIT :limit")
    List<Long> verifiedIdsAfter(long after, int limit);
}

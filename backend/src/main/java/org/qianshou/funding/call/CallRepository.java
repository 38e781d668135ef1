package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CallRepository extends CrudRepository<CallEntity, Long> {

    List<CallEntity> findByIdInOrderById(Collection<Long> ids);

    /** The call's row, locked until the transaction ends (edits, state changes, and the award service's pool). */
    @Query("SELECT * FROM funding_call WHERE id = :id FOR UPDATE")
    Optional<CallEntity> findByIdForUpdate(long id);

    /** One organisation's call ids in a status (any when {@code null}), most recently changed first. */
    @Query("SELECT id FROM funding_call WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)"
            + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Long> idsOfOrganisation(long organisationId, @Nullable String status, int limit, long offset);

    @Query("SELECT count(*) FROM funding_call WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)")
    long countOfOrganisation(long organisationId, @Nullable String status);

    /** Call ids after {@code afterId}, ascending: keyset paging for a full rebuild. */
    @Query("SELECT id FROM funding_call WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Long> idsAfter(long afterId, int limit);

    @Query("SELECT id FROM funding_call WHERE updated_at >= :since")
    List<Long> idsChangedSince(Instant since);

    List<Long> findIdByOrganisationId(long organisationId);

    /** Demo calls already generated (the demo generator runs once). */
    long countByDemoTrue();
}

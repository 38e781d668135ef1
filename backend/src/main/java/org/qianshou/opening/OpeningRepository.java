package org.qianshou.opening;

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
interface OpeningRepository extends CrudRepository<OpeningEntity, Long> {

    List<OpeningEntity> findByIdInOrderById(Collection<Long> ids);

    @Query("SELECT * FROM opening WHERE id = :id FOR UPDATE")
    Optional<OpeningEntity> findByIdForUpdate(long id);

    /** One organisation's opening ids in a status (any when {@code null}), most recently changed first. */
    @Query("SELECT id FROM opening WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)"
            + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Long> idsOfOrganisation(long organisationId, @Nullable String status, int limit, long offset);

    @Query("SELECT count(*) FROM opening WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)")
    long countOfOrganisation(long organisationId, @Nullable String status);

    /** Opening ids after {@code afterId}, ascending: keyset paging for a full rebuild. */
    @Query("SELECT id FROM opening WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<Long> idsAfter(long afterId, int limit);

    /** Openings whose row or one of whose shifts changed at or after {@code since}. */
    @Query("SELECT o.id FROM opening o WHERE o.updated_at >= :since"
            + " OR EXISTS (SELECT 1 FROM shift s WHERE s.opening_id = o.id AND s.updated_at >= :since)")
    List<Long> idsChangedSince(Instant since);

    List<Long> findIdByOrganisationId(long organisationId);

    /** A project's published openings that still have an open shift ahead, by that shift's start. */
    @Query("SELECT o.id FROM opening o JOIN LATERAL (SELECT min(s.starts_at) AS next_start FROM shift s"
            + " WHERE s.opening_id = o.id AND s.status = 'open' AND s.starts_at > :now) n ON n.next_start IS NOT NULL"
            + " WHERE o.project_id = :projectId AND o.status = 'published' ORDER BY n.next_start, o.id LIMIT :limit")
    List<Long> openOfProject(long projectId, Instant now, int limit);
}

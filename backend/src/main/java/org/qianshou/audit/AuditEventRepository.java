package org.qianshou.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * The audit log ({@code audit_event}). Appending leaves {@code at} to the database ({@code clock_timestamp()}), so
 * that events are ordered by one clock; the table refuses updates and deletes. In the filters every criterion is
 * optional: a null one matches everything.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

    String FILTER = " WHERE (CAST(:action AS varchar) IS NULL OR action = :action)"
            + " AND (CAST(:actorId AS bigint) IS NULL OR actor_id = :actorId)"
            + " AND (CAST(:objectType AS varchar) IS NULL OR object_type = :objectType)"
            + " AND (CAST(:objectId AS varchar) IS NULL OR object_id = :objectId)"
            + " AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)"
            + " AND (CAST(:to AS timestamptz) IS NULL OR at < :to)";

    @Query("INSERT INTO audit_event (actor_id, action, object_type, object_id, detail)"
            + " VALUES (:actorId, :action, :objectType, :objectId, :detail)")
    void append(
            @Nullable Long actorId,
            String action,
            @Nullable String objectType,
            @Nullable String objectId,
            String detail);

    /** Newest first. */
    @Query("SELECT * FROM audit_event" + FILTER + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<AuditEvent> find(
            @Nullable String action,
            @Nullable Long actorId,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit,
            long offset);

    @Query("SELECT count(*) FROM audit_event" + FILTER)
    long count(
            @Nullable String action,
            @Nullable Long actorId,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable Instant from,
            @Nullable Instant to);
}

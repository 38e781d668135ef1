package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevisionRepository extends GenericRepository<RevisionEntity, Long> {

    @Query("INSERT INTO funding_application_revision (application_id, version, event, snapshot, saved_by)"
            + " VALUES (:applicationId, :version, :event, CAST(:snapshot AS jsonb), :savedBy)")
    void append(long applicationId, long version, String event, String snapshot, @Nullable Long savedBy);

    /** The revisions of an application, newest first, without their snapshots' text. */
    @Query("SELECT id, application_id, version, event, '' AS snapshot, saved_by, saved_at"
            + " FROM funding_application_revision WHERE application_id = :applicationId"
            + " ORDER BY version DESC LIMIT :limit OFFSET :offset")
    List<RevisionEntity> pageOf(long applicationId, int limit, long offset);

    @Query("SELECT count(*) FROM funding_application_revision WHERE application_id = :applicationId")
    long countOf(long applicationId);

    @Query("SELECT id, application_id, version, event, snapshot::text AS snapshot, saved_by, saved_at"
            + " FROM funding_application_revision WHERE application_id = :applicationId AND version = :version")
    Optional<RevisionEntity> find(long applicationId, long version);

    /** The revisions of an application made by the given events, newest first, without their snapshots' text. */
    @Query("SELECT id, application_id, version, event, '' AS snapshot, saved_by, saved_at"
            + " FROM funding_application_revision WHERE application_id = :applicationId AND event IN (:events)"
            + " ORDER BY version DESC LIMIT :limit OFFSET :offset")
    List<RevisionEntity> pageOf(long applicationId, List<String> events, int limit, long offset);

    @Query("SELECT count(*) FROM funding_application_revision WHERE application_id = :applicationId"
            + " AND event IN (:events)")
    long countOf(long applicationId, List<String> events);

    /** The latest revision made by the event, with its snapshot. */
    @Query("SELECT id, application_id, version, event, snapshot::text AS snapshot, saved_by, saved_at"
            + " FROM funding_application_revision WHERE application_id = :applicationId AND event = :event"
            + " ORDER BY version DESC LIMIT 1")
    Optional<RevisionEntity> latest(long applicationId, String event);
}

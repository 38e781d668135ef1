package org.qianshou.funding.application;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttachmentRepository extends CrudRepository<AttachmentEntity, Long> {

    @Query("SELECT f.* FROM funding_attachment f JOIN funding_application_attachment a ON a.attachment_id = f.id"
            + " WHERE a.application_id = :applicationId ORDER BY f.id")
    List<AttachmentEntity> ofApplication(long applicationId);

    @Query("SELECT f.* FROM funding_attachment f JOIN funding_application_attachment a ON a.attachment_id = f.id"
            + " WHERE a.application_id = :applicationId AND f.id = :attachmentId")
    Optional<AttachmentEntity> ofApplication(long applicationId, long attachmentId);

    @Query("SELECT count(*) FROM funding_application_attachment WHERE application_id = :applicationId")
    long countOfApplication(long applicationId);

    @Query("INSERT INTO funding_application_attachment (application_id, attachment_id)"
            + " VALUES (:applicationId, :attachmentId)")
    void link(long applicationId, long attachmentId);

    @Query("DELETE FROM funding_application_attachment WHERE application_id = :applicationId"
            + " AND attachment_id = :attachmentId")
    void unlink(long applicationId, long attachmentId);

    List<AttachmentEntity> findByIdIn(List<Long> ids);
}

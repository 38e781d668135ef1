package org.qianshou.funding.application;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.attachment.AttachmentLinks;

/** Applications' attachments: the files in {@code funding_attachment}, linked by {@code funding_application_attachment}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AttachmentRepository extends CrudRepository<AttachmentEntity, Long>, AttachmentLinks {

    @Query("SELECT f.* FROM funding_attachment f JOIN funding_application_attachment a ON a.attachment_id = f.id"
            + " WHERE a.application_id = :applicationId ORDER BY f.id")
    List<AttachmentEntity> ofApplication(long applicationId);

    @Override
    @Query("SELECT f.* FROM funding_attachment f JOIN funding_application_attachment a ON a.attachment_id = f.id"
            + " WHERE a.application_id = :applicationId AND f.id = :attachmentId")
    Optional<AttachmentEntity> linked(long applicationId, long attachmentId);

    @Override
    @Query("SELECT count(*) FROM funding_application_attachment WHERE application_id = :applicationId")
    long countOf(long applicationId);

    @Override
    @Query("INSERT INTO funding_application_attachment (application_id, attachment_id)"
            + " VALUES (:applicationId, :attachmentId)")
    void link(long applicationId, long attachmentId);

    @Override
    @Query("DELETE FROM funding_application_attachment WHERE application_id = :applicationId"
            + " AND attachment_id = :attachmentId")
    void unlink(long applicationId, long attachmentId);

    List<AttachmentEntity> findByIdIn(List<Long> ids);
}

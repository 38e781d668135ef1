package org.qianshou.funding.report;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.attachment.AttachmentLinks;

/** Reports' attachments: the files in {@code funding_attachment}, linked by {@code funding_report_attachment}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportAttachmentRepository extends CrudRepository<AttachmentEntity, Long>, AttachmentLinks {

    @Override
    @Query("SELECT f.* FROM funding_attachment f JOIN funding_report_attachment a ON a.attachment_id = f.id"
            + " WHERE a.report_id = :reportId AND f.id = :attachmentId")
    Optional<AttachmentEntity> linked(long reportId, long attachmentId);

    @Override
    @Query("SELECT count(*) FROM funding_report_attachment WHERE report_id = :reportId")
    long countOf(long reportId);

    @Override
    @Query("INSERT INTO funding_report_attachment (report_id, attachment_id) VALUES (:reportId, :attachmentId)")
    void link(long reportId, long attachmentId);

    @Override
    @Query("DELETE FROM funding_report_attachment WHERE report_id = :reportId AND attachment_id = :attachmentId")
    void unlink(long reportId, long attachmentId);
}

package org.qianshou.funding.report;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

/** Reports' attachments: the files in {@code funding_attachment}, linked by {@code funding_report_attachment}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportAttachmentRepository extends CrudRepository<ReportAttachmentEntity, Long> {

    @Query("SELECT f.* FROM funding_attachment f JOIN funding_report_attachment a ON a.attachment_id = f.id"
            + " WHERE a.report_id = :reportId AND f.id = :attachmentId")
    Optional<ReportAttachmentEntity> ofReport(long reportId, long attachmentId);

    @Query("SELECT count(*) FROM funding_report_attachment WHERE report_id = :reportId")
    long countOfReport(long reportId);

    @Query("INSERT INTO funding_report_attachment (report_id, attachment_id) VALUES (:reportId, :attachmentId)")
    void link(long reportId, long attachmentId);

    @Query("DELETE FROM funding_report_attachment WHERE report_id = :reportId AND attachment_id = :attachmentId")
    void unlink(long reportId, long attachmentId);
}

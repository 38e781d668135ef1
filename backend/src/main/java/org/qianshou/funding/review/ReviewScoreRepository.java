package org.qianshou.funding.review;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Reviewers' scores per criterion. Callers bring the transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewScoreRepository extends CrudRepository<ReviewScore, Long> {

    List<ReviewScore> findByAssignmentId(long assignmentId);

    List<ReviewScore> findByAssignmentIdIn(Collection<Long> assignmentIds);

    void deleteByAssignmentId(long assignmentId);
}

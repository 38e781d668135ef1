package org.qianshou.funding.award;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrancheRepository extends CrudRepository<Tranche, Long> {

    List<Tranche> findByAwardIdOrderBySeq(long awardId);

    @Query("SELECT * FROM funding_tranche WHERE award_id IN (:awardIds) ORDER BY award_id, seq")
    List<Tranche> ofAwards(Collection<Long> awardIds);

    List<Tranche> findByIdIn(Collection<Long> ids);

    Optional<Tranche> findByAwardIdAndSeq(long awardId, int seq);

    @Query("SELECT * FROM funding_tranche WHERE id = :id FOR UPDATE")
    Optional<Tranche> lockById(long id);

    /** Whether every report linked to the tranche is approved (true when it has none). */
    @Query("SELECT NOT EXISTS (SELECT 1 FROM funding_report WHERE tranche_id = :id AND status <> 'approved')")
    boolean reportsApproved(long id);
}

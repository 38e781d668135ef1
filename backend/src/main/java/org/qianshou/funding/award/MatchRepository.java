package org.qianshou.funding.award;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MatchRepository extends CrudRepository<MatchPledge, Long> {

    @Query("SELECT * FROM funding_match WHERE id = :id FOR UPDATE")
    Optional<MatchPledge> lockById(long id);

    /** The call's active pledges, locked in id order (taken after the call's row). */
    @Query("SELECT * FROM funding_match WHERE call_id = :callId AND status = 'active' ORDER BY id FOR UPDATE")
    List<MatchPledge> lockActiveOfCall(long callId);

    List<MatchPledge> findByCallIdOrderById(long callId);

    List<MatchPledge> findByOrganisationIdOrderByIdDesc(long organisationId);
}

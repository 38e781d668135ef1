package org.qianshou.funding.award;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AwardRepository extends CrudRepository<Award, Long> {

    /** The award's row, locked until the transaction ends. */
    @Query("SELECT * FROM funding_award WHERE id = :id FOR UPDATE")
    Optional<Award> lockById(long id);

    List<Award> findByCallIdOrderById(long callId);

    List<Award> findByIdIn(Collection<Long> ids);

    List<Award> findByMatchedAwardIdOrderById(long matchedAwardId);

    /** The matching awards of an award, locked (in id order). */
    @Query("SELECT * FROM funding_award WHERE matched_award_id = :matchedAwardId ORDER BY id FOR UPDATE")
    List<Award> lockMatching(long matchedAwardId);

    /**
     * Awards of which the organisation is the funder, or the recipient from their approval on (see
     * {@link Award#seenByAgency}), newest first.
     */
    @Query("SELECT * FROM funding_award WHERE funder_organisation_id = :organisationId"
            + " OR (organisation_id = :organisationId AND status NOT IN ('proposed', 'declined'))"
            + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<Award> ofOrganisation(long organisationId, int limit, long offset);

    @Query("SELECT count(*) FROM funding_award WHERE funder_organisation_id = :organisationId"
            + " OR (organisation_id = :organisationId AND status NOT IN ('proposed', 'declined'))")
    long countOfOrganisation(long organisationId);

    /** Σ paid of the call's own awards (not the matching ones). */
    @Query("SELECT coalesce(sum(paid_fen), 0) FROM funding_award WHERE call_id = :callId AND match_id IS NULL")
    long paidOfCall(long callId);
}

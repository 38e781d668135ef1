package org.qianshou.opening;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShiftRepository extends CrudRepository<ShiftEntity, Long> {

    @Query("SELECT * FROM shift WHERE id = :id FOR UPDATE")
    Optional<ShiftEntity> findByIdForUpdate(long id);

    @Query("SELECT * FROM shift WHERE opening_id IN (:openingIds) ORDER BY opening_id, starts_at, id")
    List<ShiftEntity> findByOpenings(Collection<Long> openingIds);

    /**
     * The sign-up service's new confirmed count. {@code updated_at} takes the clock, not the transaction's start, so
     * the opening's search document version keeps growing with the commits.
     */
    @Query("UPDATE shift SET confirmed_count = :confirmedCount, updated_at = clock_timestamp() WHERE id = :id")
    int updateConfirmedCount(long id, int confirmedCount);

    /** The shift of each waitlisted sign-up of the given shifts (one id per sign-up). */
    @Query("SELECT shift_id FROM signup WHERE status = 'waitlisted' AND shift_id IN (:shiftIds)")
    List<Long> waitlistedShiftIds(Collection<Long> shiftIds);

    /** Shifts of open, not cancelled openings. */
    @Query("SELECT count(*) FROM shift WHERE opening_id = :openingId AND status = 'open'")
    long countOpen(long openingId);

    /** The volunteers with a live sign-up (pending, confirmed or waitlisted) for the shift. */
    @Query("SELECT volunteer_account_id FROM signup WHERE shift_id = :shiftId"
            + " AND status IN ('pending', 'confirmed', 'waitlisted')")
    List<Long> liveVolunteers(long shiftId);
}

package org.qianshou.opening.signup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignupRepository extends CrudRepository<Signup, Long> {

    /** The shift's sign-ups in arrival order. */
    List<Signup> findByShiftIdOrderById(long shiftId);

    /** The shift's sign-ups of one status in arrival order (the waitlist: {@code waitlisted}). */
    List<Signup> findByShiftIdAndStatusOrderById(long shiftId, String status);

    List<Signup> findByShiftIdAndStatusInOrderById(long shiftId, Collection<String> statuses);

    int countByShiftIdAndStatus(long shiftId, String status);

    /** The volunteer's sign-ups, newest first. */
    List<Signup> findByVolunteerAccountIdOrderByIdDesc(long volunteerAccountId);

    Optional<Signup> findByShiftIdAndVolunteerAccountIdAndStatusIn(
            long shiftId, long volunteerAccountId, Collection<String> statuses);

    /** The volunteer's live sign-ups (pending, confirmed, waitlisted) for open shifts overlapping the time span. */
    @Query("SELECT s.* FROM signup s JOIN shift sh ON sh.id = s.shift_id"
            + " WHERE s.volunteer_account_id = :volunteerAccountId"
            + " AND s.status IN ('pending', 'confirmed', 'waitlisted') AND sh.status = 'open'"
            + " AND sh.starts_at < :endsAt AND sh.ends_at > :startsAt ORDER BY s.id")
    List<Signup> liveOverlapping(long volunteerAccountId, Instant startsAt, Instant endsAt);

    /** The waitlist position of a waitlisted sign-up (1 = next to be promoted). */
    @Query("SELECT count(*) FROM signup WHERE shift_id = :shiftId AND status = 'waitlisted' AND id <= :signupId")
    int waitlistPosition(long shiftId, long signupId);

    /** The shift's check-in code, which the opening feature makes when it makes the shift. */
    @Query("SELECT check_in_code FROM shift WHERE id = :shiftId")
    Optional<String> checkInCode(long shiftId);

    /**
     * Serialises the sign-ups of one volunteer until the transaction ends, so that two requests of theirs cannot
     * both pass the overlap check.
     */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended('signup_of_account:' ||"
            + " CAST(:volunteerAccountId AS text), 0))) l")
    int lockVolunteer(long volunteerAccountId);

    /**
     * Confirmed sign-ups of open shifts of published openings starting within the window that have not been
     * reminded of this start time, in arrival order.
     */
    @Query("SELECT s.* FROM signup s JOIN shift sh ON sh.id = s.shift_id JOIN opening o ON o.id = sh.opening_id"
            + " WHERE s.status = 'confirmed' AND sh.status = 'open' AND o.status = 'published'"
            + " AND sh.starts_at > :from AND sh.starts_at <= :to"
            + " AND NOT EXISTS (SELECT 1 FROM shift_reminder r WHERE r.signup_id = s.id AND r.starts_at = sh.starts_at)"
            + " ORDER BY s.id LIMIT :limit")
    List<Signup> dueForReminder(Instant from, Instant to, int limit);

    /**
     * Claims the reminder of the sign-up for the shift's current start: 1 when this transaction claimed it, 0 when
     * another (an earlier run, another instance) already did. Waits for a concurrent claimer to end.
     */
    @Query("INSERT INTO shift_reminder (signup_id, starts_at)"
            + " SELECT s.id, sh.starts_at FROM signup s JOIN shift sh ON sh.id = s.shift_id WHERE s.id = :signupId"
            + " ON CONFLICT DO NOTHING")
    int claimReminder(long signupId);

    /** The live sign-ups of every shift of the opening. */
    @Query("SELECT s.* FROM signup s JOIN shift sh ON sh.id = s.shift_id WHERE sh.opening_id = :openingId"
            + " AND s.status IN ('pending', 'confirmed', 'waitlisted') ORDER BY s.id")
    List<Signup> liveOfOpening(long openingId);

    /** The shift's confirmed sign-ups (attended or not), in arrival order. */
    @Query("SELECT * FROM signup WHERE shift_id = :shiftId AND status = 'confirmed' ORDER BY id")
    List<Signup> attendedOrConfirmed(long shiftId);

    /** The volunteer's sign-ups that a calendar shows (live ones, and shift-cancelled ones so the event shows so). */
    @Query("SELECT s.* FROM signup s JOIN shift sh ON sh.id = s.shift_id WHERE s.volunteer_account_id = :accountId"
            + " AND s.status IN ('pending', 'confirmed', 'waitlisted', 'shift-cancelled') AND sh.ends_at > :since"
            + " ORDER BY sh.starts_at LIMIT 500")
    List<Signup> forCalendar(long accountId, Instant since);
}

package org.qianshou.opening.signup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.opening.ShiftFacts;
import org.qianshou.opening.Shifts;
import org.qianshou.opening.signup.SignupViews.CheckedIn;
import org.qianshou.opening.signup.SignupViews.SignupOutcome;
import org.qianshou.opening.signup.SignupViews.SignupState;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers.Identifier;
import org.qianshou.system.security.Throttle;
import org.qianshou.volunteer.VolunteerFacts;
import org.qianshou.volunteer.Volunteers;

/**
 * Sign-ups: a volunteer signs up for shifts, cancels; the agency approves, declines and marks attendance; the
 * volunteer checks in with the shift's code.
 *
 * <p>Capacity: every change that can add or remove a confirmed sign-up first takes the shift's row lock
 * ({@link Shifts#lockForUpdate}), then counts the confirmed sign-ups and writes the count back
 * ({@link Shifts#confirmedCountChanged}) in the same transaction. So sign-ups for one shift are decided one at a
 * time, in the order they get the lock, which is also the order of their ids (arrival order, the waitlist's
 * order); the shift's {@code CHECK (confirmed_count <= capacity)} is the last guard. A volunteer's own sign-ups are
 * serialised by an advisory lock taken before any shift lock, so two requests of theirs cannot both pass the overlap
 * check; nobody takes that lock while holding a shift's, so the two never deadlock. Shifts are locked in id order.
 */
@Singleton
public class SignupService {

    /** The most shifts one request may sign up for. */
    static final int MAX_SHIFTS = 20;
    /** A volunteer may check in from this long before the shift starts until the end of the day it ends. */
    static final Duration CHECK_IN_EARLY = Duration.ofHours(2);

    static final String OBJECT_TYPE = "signup";
    /** Wrong check-in codes allowed per volunteer and shift in {@link #WRONG_CODES_WINDOW}; then 429. */
    static final int WRONG_CODES = 5;

    static final Duration WRONG_CODES_WINDOW = Duration.ofMinutes(15);
    private static final String CHECK_IN_BUCKET = "checkin-code";
    private static final Set<String> LIVE = Set.of(Signup.PENDING, Signup.CONFIRMED, Signup.WAITLISTED);

    private final SignupRepository signups;
    private final Shifts shifts;
    private final Volunteers volunteers;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SignupMessages messages;
    private final Throttle throttle;

    SignupService(
            SignupRepository signups,
            Shifts shifts,
            Volunteers volunteers,
            AccessPolicy access,
            AuditLog audit,
            SignupMessages messages,
            Throttle throttle) {
        this.throttle = throttle;
        this.signups = signups;
        this.shifts = shifts;
        this.volunteers = volunteers;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Signs the volunteer up for every shift, or for none: any refusal names {@code shiftIds} and the shift, and
     * nothing is written.
     */
    @Transactional
    public List<SignupOutcome> signUp(Actor actor, @Nullable List<Long> shiftIds) {
        List<Long> ids = checkedIds(shiftIds);
        long volunteerId = actor.accountId();
        VolunteerFacts volunteer = volunteers.facts(volunteerId).orElseThrow(() -> refuse("signup.profile.missing"));
        if (!volunteer.complete()) {
            throw refuse("signup.profile.incomplete");
        }
        signups.lockVolunteer(volunteerId);
        Instant now = Instant.now();
        // Everything that does not need the shift's lock is checked before taking it, so that the lock, which
        // serialises a hot shift's sign-ups, is held as briefly as possible.
        Map<Long, ShiftFacts> seen = new LinkedHashMap<>();
        for (long id : ids) {
            ShiftFacts shift = shifts.facts(id)
                    .filter(s -> !"draft".equals(s.openingStatus()))
                    .orElseThrow(() -> refuse("signup.shift.unknown", id));
            checkShift(shift, now);
            checkVolunteer(volunteer, shift);
            seen.put(id, shift);
        }
        List<ShiftFacts> requested = List.copyOf(seen.values());
        for (int i = 0; i < requested.size(); i++) {
            for (int j = i + 1; j < requested.size(); j++) {
                ShiftFacts a = requested.get(i);
                ShiftFacts b = requested.get(j);
                if (a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt())) {
                    throw refuse("signup.overlap.request", b.shiftId(), a.shiftId());
                }
            }
        }
        Identifier to = messages.recipientOf(volunteerId);
        Map<Long, SignupOutcome> outcomes = new HashMap<>();
        for (long id : ids.stream().sorted().toList()) {
            ShiftFacts locked = shifts.lockForUpdate(id).orElseThrow(() -> refuse("signup.shift.unknown", id));
            // The shift may have changed since it was read: closed, cancelled, moved, made adults-only; and time
            // has passed while waiting for the lock (the deadline, the start).
            checkShift(locked, Instant.now());
            ShiftFacts before = seen.get(id);
            if (!locked.startsAt().equals(before.startsAt())
                    || !locked.endsAt().equals(before.endsAt())
                    || locked.adultsOnly() != before.adultsOnly()) {
                checkVolunteer(volunteer, locked);
            }
            outcomes.put(id, create(volunteerId, locked, to));
        }
        return ids.stream().map(outcomes::get).toList();
    }

    /** The opening is published by a verified organisation, the shift open and ahead, the deadline not passed. */
    private void checkShift(ShiftFacts shift, Instant now) {
        long id = shift.shiftId();
        String title = shift.openingTitle();
        if (!"published".equals(shift.openingStatus())) {
            throw refuse("signup.opening." + shift.openingStatus(), id, title);
        }
        if (!access.canSeeOrganisation(null, shift.organisationId())) {
            // A suspended (or otherwise unverified) organisation's openings are not public and take no sign-ups.
            throw refuse("signup.opening.closed", id, title);
        }
        if (!"open".equals(shift.shiftStatus())) {
            throw refuse("signup.shift.cancelled", id, title);
        }
        if (!shift.startsAt().isAfter(now)) {
            throw refuse("signup.shift.started", id, title);
        }
        if (now.isAfter(shift.signupDeadline())) {
            throw refuse(
                    "signup.deadline-passed",
                    id,
                    title,
                    SignupMessages.span(shift.signupDeadline(), shift.signupDeadline())
                            .substring(0, 16));
        }
    }

    /** Old enough, consent, adults-only, not yet signed up, no overlap with the volunteer's live sign-ups. */
    private void checkVolunteer(VolunteerFacts volunteer, ShiftFacts shift) {
        long id = shift.shiftId();
        String title = shift.openingTitle();
        LocalDate day = shift.startsAt().atZone(SignupMessages.SHANGHAI).toLocalDate();
        int age = volunteer.ageOn(day);
        if (age < VolunteerFacts.MINIMUM_AGE) {
            throw refuse("signup.too-young", id, title);
        }
        if (volunteer.minorOn(day) && shift.adultsOnly()) {
            throw refuse("signup.adults-only", id, title);
        }
        if (!volunteer.mayServeOn(day)) {
            throw refuse("signup.consent-required", id, title);
        }
        if (signups.findByShiftIdAndVolunteerAccountIdAndStatusIn(id, volunteer.accountId(), LIVE)
                .isPresent()) {
            throw ConflictException.onField("shiftIds", "signup.duplicate", id, title);
        }
        List<Signup> overlapping = signups.liveOverlapping(volunteer.accountId(), shift.startsAt(), shift.endsAt());
        if (!overlapping.isEmpty()) {
            throw refuse("signup.overlap", id, title, overlapping.get(0).shiftId());
        }
    }

    private SignupOutcome create(long volunteerId, ShiftFacts shift, @Nullable Identifier to) {
        // Places freed without a sign-up changing (a larger capacity) go to those already waiting first.
        int confirmed = fill(shift, null);
        String status = "approval".equals(shift.screening())
                ? Signup.PENDING
                : confirmed < shift.capacity() ? Signup.CONFIRMED : Signup.WAITLISTED;
        Signup saved = signups.save(Signup.arriving(shift.shiftId(), volunteerId, status));
        if (Signup.CONFIRMED.equals(status)) {
            shifts.confirmedCountChanged(shift.shiftId(), confirmed + 1);
        }
        Integer position =
                Signup.WAITLISTED.equals(status) ? signups.waitlistPosition(shift.shiftId(), saved.id()) : null;
        audit.record(
                volunteerId, "signup.created", OBJECT_TYPE, saved.id(), "shift " + shift.shiftId() + ": " + status);
        messages.tell(
                to,
                switch (status) {
                    case Signup.CONFIRMED -> "signup-confirmed";
                    case Signup.PENDING -> "signup-pending";
                    default -> "signup-waitlisted";
                },
                shift,
                position == null ? null : position.toString());
        return new SignupOutcome(saved.id(), shift.shiftId(), status, position);
    }

    /**
     * The volunteer cancels their own live sign-up before the shift starts. A confirmed place goes to the first on
     * the waitlist in the same transaction, who is told.
     */
    @Transactional
    public SignupState cancel(Actor actor, long signupId) {
        Signup current = signups.findById(signupId)
                .filter(s -> s.volunteerAccountId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException("signup.resource.signup", signupId));
        ShiftFacts shift = shifts.lockForUpdate(current.shiftId())
                .orElseThrow(() -> new NotFoundException("signup.resource.signup", signupId));
        current = signups.findById(signupId).orElseThrow();
        if (!current.live()) {
            throw new ConflictException("signup.not-live");
        }
        if (!shift.startsAt().isAfter(Instant.now())) {
            throw new ConflictException("signup.cancel.started");
        }
        Signup cancelled = signups.update(current.withStatus(Signup.CANCELLED, null, actor.accountId(), Instant.now()));
        audit.record(actor.accountId(), "signup.cancelled", OBJECT_TYPE, signupId, "shift " + shift.shiftId());
        if (Signup.CONFIRMED.equals(current.status())) {
            fill(shift, actor.accountId());
        }
        return state(cancelled);
    }

    /** A member approves a pending sign-up: confirmed while a place is free, else waitlisted. */
    @Transactional
    public SignupState approve(Actor actor, long organisationId, long signupId) {
        access.requireMember(actor, organisationId);
        Signup current = ofOrganisation(organisationId, signupId);
        ShiftFacts shift = shifts.lockForUpdate(current.shiftId()).orElseThrow();
        current = signups.findById(signupId).orElseThrow();
        if (!Signup.PENDING.equals(current.status())) {
            throw new ConflictException("signup.not-pending");
        }
        int confirmed = fill(shift, null);
        boolean place = confirmed < shift.capacity();
        Signup saved = signups.update(current.withStatus(
                place ? Signup.CONFIRMED : Signup.WAITLISTED, null, actor.accountId(), Instant.now()));
        if (place) {
            shifts.confirmedCountChanged(shift.shiftId(), confirmed + 1);
        }
        audit.record(actor.accountId(), "signup.approved", OBJECT_TYPE, signupId, saved.status());
        Integer position = place ? null : signups.waitlistPosition(shift.shiftId(), signupId);
        messages.tell(
                current.volunteerAccountId(),
                place ? "signup-approved" : "signup-approved-waitlisted",
                shift,
                position == null ? null : position.toString());
        return state(saved);
    }

    /** A member declines a pending or waitlisted sign-up, saying why. */
    @Transactional
    public SignupState decline(Actor actor, long organisationId, long signupId, @Nullable String reason) {
        access.requireMember(actor, organisationId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "signup.reason.required");
        }
        if (why.length() > 2000 || !Text.validSingleLine(why)) {
            throw InvalidInputException.of("reason", "signup.reason.invalid");
        }
        Signup current = ofOrganisation(organisationId, signupId);
        ShiftFacts shift = shifts.lockForUpdate(current.shiftId()).orElseThrow();
        current = signups.findById(signupId).orElseThrow();
        if (!Signup.PENDING.equals(current.status()) && !Signup.WAITLISTED.equals(current.status())) {
            throw new ConflictException("signup.not-pending");
        }
        Signup saved = signups.update(current.withStatus(Signup.DECLINED, why, actor.accountId(), Instant.now()));
        audit.record(
                actor.accountId(),
                "signup.declined",
                OBJECT_TYPE,
                signupId,
                "shift " + shift.shiftId() + ", reason of " + why.length() + " characters");
        messages.tell(current.volunteerAccountId(), "signup-declined", shift, why);
        return state(saved);
    }

    /** A member marks a confirmed sign-up attended or no-show, from two hours before the shift starts. */
    @Transactional
    public SignupState markAttendance(Actor actor, long organisationId, long signupId, @Nullable String attendance) {
        access.requireMember(actor, organisationId);
        if (!Signup.ATTENDED.equals(attendance) && !Signup.NO_SHOW.equals(attendance)) {
            throw InvalidInputException.of("attendance", "signup.attendance.invalid");
        }
        Signup current = ofOrganisation(organisationId, signupId);
        ShiftFacts shift = shifts.facts(current.shiftId()).orElseThrow();
        if (!Signup.CONFIRMED.equals(current.status())) {
            throw ConflictException.onField("attendance", "signup.attendance.not-confirmed");
        }
        Instant now = Instant.now();
        if (now.isBefore(shift.startsAt().minus(CHECK_IN_EARLY))) {
            throw ConflictException.onField("attendance", "signup.attendance.too-early");
        }
        Signup saved = signups.update(current.withAttendance(attendance, actor.accountId(), now));
        audit.record(actor.accountId(), "signup.attendance", OBJECT_TYPE, signupId, attendance);
        return state(saved);
    }

    /**
     * The volunteer checks in with the shift's code: a confirmed sign-up, from two hours before the start until the
     * end of the day (Asia/Shanghai) the shift ends. A wrong code names {@code code} and writes nothing.
     */
    @Transactional
    public CheckedIn checkIn(Actor actor, @Nullable Long shiftId, @Nullable String code) {
        if (shiftId == null) {
            throw InvalidInputException.of("shiftId", "checkin.shift-id.required");
        }
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("code", "checkin.code.required");
        }
        ShiftFacts shift = shifts.facts(shiftId)
                .filter(s -> !"draft".equals(s.openingStatus()))
                .orElseThrow(() -> new NotFoundException("signup.resource.shift", shiftId));
        String throttleKey = actor.accountId() + ":" + shiftId;
        throttle.check(CHECK_IN_BUCKET, throttleKey, WRONG_CODES, WRONG_CODES_WINDOW);
        String expected = signups.checkInCode(shiftId).orElse("");
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                code.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throttle.record(CHECK_IN_BUCKET, throttleKey);
            throw InvalidInputException.of("code", "checkin.code.wrong");
        }
        Signup current = signups.findByShiftIdAndVolunteerAccountIdAndStatusIn(
                        shiftId, actor.accountId(), Set.of(Signup.CONFIRMED))
                .orElseThrow(() -> ConflictException.onField("shiftId", "checkin.not-confirmed"));
        Instant now = Instant.now();
        if (!"open".equals(shift.shiftStatus())) {
            throw ConflictException.onField("shiftId", "signup.shift.cancelled", shiftId, shift.openingTitle());
        }
        if (now.isBefore(shift.startsAt().minus(CHECK_IN_EARLY))) {
            throw ConflictException.onField("shiftId", "checkin.too-early");
        }
        Instant endOfDay = shift.endsAt()
                .atZone(SignupMessages.SHANGHAI)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(SignupMessages.SHANGHAI)
                .toInstant();
        if (!now.isBefore(endOfDay)) {
            throw ConflictException.onField("shiftId", "checkin.too-late");
        }
        if (!Signup.ATTENDED.equals(current.attendance())) {
            current = signups.update(current.withAttendance(Signup.ATTENDED, actor.accountId(), now));
            audit.record(actor.accountId(), "signup.checked-in", OBJECT_TYPE, current.id(), "shift " + shiftId);
        }
        return new CheckedIn(current.id(), Signup.ATTENDED);
    }

    /**
     * The opening feature cancelled the shift: every live sign-up becomes {@code shift-cancelled} and its volunteer
     * is told. Runs in the cancelling transaction.
     */
    @Transactional
    void shiftCancelled(long shiftId, String reason) {
        ShiftFacts shift = shifts.lockForUpdate(shiftId).orElseThrow();
        Instant now = Instant.now();
        for (Signup s : signups.findByShiftIdAndStatusInOrderById(shiftId, LIVE)) {
            signups.update(s.withStatus(Signup.SHIFT_CANCELLED, reason, null, now));
            audit.record(null, "signup.shift-cancelled", OBJECT_TYPE, s.id(), "shift " + shiftId);
            messages.tell(s.volunteerAccountId(), "shift-cancelled", shift, reason);
        }
        if (shift.confirmedCount() != 0) {
            shifts.confirmedCountChanged(shiftId, 0);
        }
    }

    /**
     * The opening feature cancelled the opening (after cancelling each open shift): any sign-up still live is
     * ended and its volunteer told.
     */
    @Transactional
    void openingCancelled(long openingId, String reason) {
        for (long shiftId : signups.liveOfOpening(openingId).stream()
                .map(Signup::shiftId)
                .distinct()
                .sorted()
                .toList()) {
            shiftCancelled(shiftId, reason);
        }
    }

    /**
     * The opening feature moved (or resized) the shift. After a move every live sign-up is checked again on the new
     * time: a volunteer who no longer qualifies (age or consent on the new day, adults-only, an overlap with another
     * of their sign-ups) is taken off the shift and told why; the others are told the new time. Then free places go
     * to the waitlist.
     */
    @Transactional
    void shiftChanged(long shiftId, Instant oldStart, Instant oldEnd) {
        ShiftFacts shift = shifts.lockForUpdate(shiftId).orElseThrow();
        if (!shift.startsAt().equals(oldStart) || !shift.endsAt().equals(oldEnd)) {
            String before = SignupMessages.span(oldStart, oldEnd);
            LocalDate day = shift.startsAt().atZone(SignupMessages.SHANGHAI).toLocalDate();
            List<Signup> live = signups.findByShiftIdAndStatusInOrderById(shiftId, LIVE);
            Map<Long, VolunteerFacts> people = volunteers.facts(
                    live.stream().map(Signup::volunteerAccountId).toList());
            for (Signup s : live) {
                VolunteerFacts v = people.get(s.volunteerAccountId());
                boolean fits = v != null
                        && v.ageOn(day) >= VolunteerFacts.MINIMUM_AGE
                        && !(v.minorOn(day) && shift.adultsOnly())
                        && v.mayServeOn(day)
                        && signups.liveOverlapping(s.volunteerAccountId(), shift.startsAt(), shift.endsAt()).stream()
                                .allMatch(o -> o.id().equals(s.id()));
                if (fits) {
                    messages.tell(s.volunteerAccountId(), "shift-changed", shift, before);
                } else {
                    signups.update(s.withStatus(
                            Signup.SHIFT_CANCELLED, "no longer fits the moved shift", null, Instant.now()));
                    audit.record(null, "signup.ended-by-move", OBJECT_TYPE, s.id(), "shift " + shiftId);
                    messages.tell(s.volunteerAccountId(), "shift-changed-ended", shift, before);
                }
            }
        }
        // A bigger capacity, or places given up just now, go to the waitlist.
        fill(shift, null);
    }

    /**
     * Promotes the waitlist, first come first served, while the shift has free places; then writes the count.
     *
     * @return the shift's confirmed sign-ups afterwards
     */
    private int fill(ShiftFacts shift, @Nullable Long actorId) {
        int confirmed = signups.countByShiftIdAndStatus(shift.shiftId(), Signup.CONFIRMED);
        boolean open = "open".equals(shift.shiftStatus()) && shift.startsAt().isAfter(Instant.now());
        if (open && confirmed < shift.capacity()) {
            for (Signup next : signups.findByShiftIdAndStatusOrderById(shift.shiftId(), Signup.WAITLISTED)) {
                if (confirmed >= shift.capacity()) {
                    break;
                }
                signups.update(next.withStatus(Signup.CONFIRMED, null, actorId, Instant.now()));
                confirmed++;
                audit.record(actorId, "signup.promoted", OBJECT_TYPE, next.id(), "shift " + shift.shiftId());
                messages.tell(next.volunteerAccountId(), "signup-promoted", shift, null);
            }
        }
        if (confirmed != shift.confirmedCount()) {
            shifts.confirmedCountChanged(shift.shiftId(), confirmed);
        }
        return confirmed;
    }

    private Signup ofOrganisation(long organisationId, long signupId) {
        Signup current =
                signups.findById(signupId).orElseThrow(() -> new NotFoundException("signup.resource.signup", signupId));
        ShiftFacts shift = shifts.facts(current.shiftId()).orElseThrow();
        if (shift.organisationId() != organisationId) {
            throw new NotFoundException("signup.resource.signup", signupId);
        }
        return current;
    }

    private SignupState state(Signup s) {
        Integer position = Signup.WAITLISTED.equals(s.status()) ? signups.waitlistPosition(s.shiftId(), s.id()) : null;
        return new SignupState(s.id(), s.shiftId(), s.status(), position, s.attendance(), s.statusReason());
    }

    private static List<Long> checkedIds(@Nullable List<Long> shiftIds) {
        if (shiftIds == null || shiftIds.isEmpty()) {
            throw InvalidInputException.of("shiftIds", "signup.shift-ids.required");
        }
        if (shiftIds.size() > MAX_SHIFTS) {
            throw InvalidInputException.of("shiftIds", "signup.shift-ids.too-many", MAX_SHIFTS);
        }
        Set<Long> seen = new HashSet<>();
        for (Long id : shiftIds) {
            if (id == null || id <= 0) {
                throw InvalidInputException.of("shiftIds", "signup.shift-ids.required");
            }
            if (!seen.add(id)) {
                throw InvalidInputException.of("shiftIds", "signup.shift-ids.repeated", id);
            }
        }
        return List.copyOf(shiftIds);
    }

    private static InvalidInputException refuse(String key, Object... args) {
        return InvalidInputException.of("shiftIds", key, args);
    }
}

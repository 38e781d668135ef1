package org.qianshou.opening.signup;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qianshou.opening.ShiftFacts;
import org.qianshou.opening.Shifts;
import org.qianshou.opening.signup.SignupViews.MyShift;
import org.qianshou.opening.signup.SignupViews.OpeningBrief;
import org.qianshou.opening.signup.SignupViews.Roster;
import org.qianshou.opening.signup.SignupViews.RosterEntry;
import org.qianshou.opening.signup.SignupViews.RosterOpening;
import org.qianshou.opening.signup.SignupViews.RosterShift;
import org.qianshou.opening.signup.SignupViews.ShiftTimes;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers;
import org.qianshou.volunteer.VolunteerFacts;
import org.qianshou.volunteer.Volunteers;

/** Reading sign-ups: the agency's roster, the volunteer's shifts and calendar. */
@Singleton
public class SignupLedger {

    private final SignupRepository signups;
    private final Shifts shifts;
    private final Volunteers volunteers;
    private final AccessPolicy access;

    SignupLedger(SignupRepository signups, Shifts shifts, Volunteers volunteers, AccessPolicy access) {
        this.signups = signups;
        this.shifts = shifts;
        this.volunteers = volunteers;
        this.access = access;
    }

    /** The shift of one of the organisation's openings, for its members and administrators; 404 otherwise. */
    @ReadOnly
    ShiftFacts shiftOf(Actor actor, long organisationId, long shiftId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return shifts.facts(shiftId)
                .filter(s -> s.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("signup.resource.shift", shiftId));
    }

    /**
     * Everyone who signed up for the shift, in arrival order, with the ID number and the mobile masked and the age
     * on the shift's day.
     */
    @ReadOnly
    Roster roster(Actor actor, long organisationId, long shiftId) {
        ShiftFacts shift = shiftOf(actor, organisationId, shiftId);
        List<Signup> all = signups.findByShiftIdOrderById(shiftId);
        Map<Long, VolunteerFacts> people =
                volunteers.facts(all.stream().map(Signup::volunteerAccountId).toList());
        LocalDate day = shift.startsAt().atZone(SignupMessages.SHANGHAI).toLocalDate();
        int waitlisted = 0;
        List<RosterEntry> entries = new ArrayList<>();
        for (Signup s : all) {
            VolunteerFacts v = people.get(s.volunteerAccountId());
            Integer position = Signup.WAITLISTED.equals(s.status()) ? ++waitlisted : null;
            entries.add(new RosterEntry(
                    s.id(),
                    s.volunteerAccountId(),
                    v == null ? "" : v.name(),
                    v == null ? "" : v.idNumberMasked(),
                    v == null ? "" : Identifiers.maskPhone(v.mobile()),
                    v == null ? 0 : v.ageOn(day),
                    s.status(),
                    position,
                    s.attendance(),
                    SignupViews.local(s.createdAt())));
        }
        return new Roster(
                new RosterShift(
                        shift.shiftId(),
                        SignupViews.local(shift.startsAt()),
                        SignupViews.local(shift.endsAt()),
                        shift.capacity(),
                        shift.confirmedCount(),
                        shift.shiftStatus()),
                new RosterOpening(shift.openingId(), shift.openingTitle()),
                entries);
    }

    /** The shift's check-in code, for the organisation's members. */
    @ReadOnly
    String checkInCode(Actor actor, long organisationId, long shiftId) {
        ShiftFacts shift = shiftOf(actor, organisationId, shiftId);
        access.requireMember(actor, organisationId);
        return signups.checkInCode(shift.shiftId()).orElseThrow();
    }

    /**
     * The volunteer's sign-ups: {@code upcoming} (shifts not yet ended, soonest first) or {@code past} (ended,
     * latest first).
     */
    @ReadOnly
    List<MyShift> myShifts(long accountId, boolean upcoming) {
        Instant now = Instant.now();
        List<Signup> mine = signups.findByVolunteerAccountIdOrderByIdDesc(accountId);
        Map<Long, ShiftFacts> facts = new HashMap<>();
        List<MyShift> result = new ArrayList<>();
        for (Signup s : mine) {
            ShiftFacts shift =
                    facts.computeIfAbsent(s.shiftId(), id -> shifts.facts(id).orElse(null));
            if (shift == null || shift.endsAt().isAfter(now) != upcoming) {
                continue;
            }
            Integer position =
                    Signup.WAITLISTED.equals(s.status()) ? signups.waitlistPosition(s.shiftId(), s.id()) : null;
            result.add(new MyShift(
                    s.id(),
                    s.status(),
                    position,
                    s.attendance(),
                    new ShiftTimes(
                            shift.shiftId(), SignupViews.local(shift.startsAt()), SignupViews.local(shift.endsAt())),
                    new OpeningBrief(
                            shift.openingId(),
                            shift.openingTitle(),
                            shift.regionPath(),
                            shift.meetingPlace(),
                            shift.organisationName())));
        }
        Comparator<MyShift> byStart = Comparator.comparing(m -> m.shift().startsAt());
        result.sort(upcoming ? byStart : byStart.reversed());
        return result;
    }

    /** The shifts a volunteer's calendar shows: from 90 days ago on. */
    @ReadOnly
    List<Map.Entry<Signup, ShiftFacts>> calendarOf(long accountId) {
        List<Map.Entry<Signup, ShiftFacts>> entries = new ArrayList<>();
        for (Signup s : signups.forCalendar(accountId, Instant.now().minus(java.time.Duration.ofDays(90)))) {
            shifts.facts(s.shiftId()).ifPresent(f -> entries.add(Map.entry(s, f)));
        }
        return entries;
    }
}

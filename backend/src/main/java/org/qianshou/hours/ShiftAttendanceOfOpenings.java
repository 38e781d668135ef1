package org.qianshou.hours;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qianshou.opening.AttendanceFacts;
import org.qianshou.opening.Attendances;
import org.qianshou.opening.ShiftFacts;
import org.qianshou.opening.Shifts;
import org.qianshou.volunteer.VolunteerFacts;
import org.qianshou.volunteer.Volunteers;

/** Shifts and who came, from the opening feature, with the volunteers' names and masked ID numbers. */
@Singleton
class ShiftAttendanceOfOpenings implements ShiftAttendance {

    private final Shifts shifts;
    private final Attendances attendances;
    private final Volunteers volunteers;

    ShiftAttendanceOfOpenings(Shifts shifts, Attendances attendances, Volunteers volunteers) {
        this.shifts = shifts;
        this.attendances = attendances;
        this.volunteers = volunteers;
    }

    @Override
    public Optional<ShiftInfo> shift(long shiftId) {
        return shifts.facts(shiftId).map(ShiftAttendanceOfOpenings::info);
    }

    @Override
    public List<Attendee> attendees(long shiftId) {
        List<AttendanceFacts> found = attendances.attendedOrConfirmed(shiftId);
        Map<Long, VolunteerFacts> facts = volunteers.facts(
                found.stream().map(AttendanceFacts::volunteerAccountId).toList());
        return found.stream()
                .filter(a -> facts.containsKey(a.volunteerAccountId()))
                .map(a -> {
                    VolunteerFacts v = facts.get(a.volunteerAccountId());
                    return new Attendee(
                            a.signupId(),
                            a.volunteerAccountId(),
                            a.status(),
                            a.attendance(),
                            v.name(),
                            v.idNumberMasked());
                })
                .toList();
    }

    static ShiftInfo info(ShiftFacts s) {
        return new ShiftInfo(
                s.shiftId(),
                s.organisationId(),
                s.organisationName(),
                s.openingTitle(),
                s.regionPath() + " · " + s.meetingPlace(),
                s.startsAt(),
                s.endsAt());
    }
}

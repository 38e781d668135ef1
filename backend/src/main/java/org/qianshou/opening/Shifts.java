package org.qianshou.opening;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.system.outbox.Outbox;

/**
 * Shifts for the features that work on them (sign-ups, hours): their facts, the row lock under which sign-ups change a
 * shift's confirmed count, and that count. Callers bring the transaction.
 */
@Singleton
public class Shifts {

    private final ShiftRepository shifts;
    private final OpeningRepository rows;
    private final OrganisationService organisations;
    private final OpeningService openings;
    private final Outbox outbox;

    Shifts(
            ShiftRepository shifts,
            OpeningRepository rows,
            OrganisationService organisations,
            OpeningService openings,
            Outbox outbox) {
        this.shifts = shifts;
        this.rows = rows;
        this.organisations = organisations;
        this.openings = openings;
        this.outbox = outbox;
    }

    /**
     * Locks the shift's row until the caller's transaction ends ({@code SELECT … FOR UPDATE}) and returns its facts:
     * sign-ups to one shift happen one after the other.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<ShiftFacts> lockForUpdate(long shiftId) {
        return shifts.findByIdForUpdate(shiftId).map(this::facts);
    }

    /** The shift's facts, without a lock. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<ShiftFacts> facts(long shiftId) {
        return shifts.findById(shiftId).map(this::facts);
    }

    /**
     * The shift's confirmed sign-ups are now {@code newCount} (the caller holds the shift's lock): stores it and
     * announces the opening to the search outbox, in the caller's transaction.
     *
     * @throws IllegalArgumentException for a count below 0 or above the capacity, or an unknown shift
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void confirmedCountChanged(long shiftId, int newCount) {
        ShiftEntity shift =
                shifts.findById(shiftId).orElseThrow(() -> new IllegalArgumentException("no shift " + shiftId));
        if (newCount < 0 || newCount > shift.capacity()) {
            throw new IllegalArgumentException(
                    "confirmed count " + newCount + " outside 0.." + shift.capacity() + " of shift " + shiftId);
        }
        shifts.updateConfirmedCount(shiftId, newCount);
        outbox.enqueue(OpeningService.AGGREGATE, shift.openingId());
    }

    private ShiftFacts facts(ShiftEntity shift) {
        OpeningEntity o = rows.findById(shift.openingId()).orElseThrow();
        Optional<Organisation> organisation = organisations.find(o.organisationId());
        return new ShiftFacts(
                shift.id(),
                o.id(),
                o.organisationId(),
                organisation.map(Organisation::name).orElse(""),
                o.projectId(),
                o.title(),
                o.description(),
                o.regionCode(),
                openings.regionPath(o.regionCode()),
                o.meetingPlace(),
                o.categoryCode(),
                o.adultsOnly(),
                o.screening(),
                o.signupDeadline(),
                o.status(),
                shift.startsAt(),
                shift.endsAt(),
                shift.capacity(),
                shift.confirmedCount(),
                shift.status(),
                organisation.map(Organisation::isVerified).orElse(false));
    }
}

package org.qianshou.opening;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;
import org.qianshou.volunteer.Volunteers;

/**
 * Openings and their shifts as their organisation's staff manage them: drafts, edits (guarded by the version),
 * publishing, closing and cancelling, and shifts added, moved, resized and cancelled. Every write needs a member of a
 * verified organisation ({@link AccessPolicy#requireCanPublish}), is audited, and announces the opening to the search
 * outbox in its transaction; a shift moved or cancelled and an opening cancelled are published as events for the
 * sign-ups.
 */
@Singleton
public class OpeningWorkflow {

    /** Openings still being prepared or running: they may be edited and take new shifts. */
    private static final Set<String> EDITABLE = Set.of(OpeningStatus.DRAFT, OpeningStatus.PUBLISHED);

    private final OpeningRepository repository;
    private final ShiftRepository shifts;
    private final OpeningRows rows;
    private final OpeningService openings;
    private final OpeningValidation validation;
    private final AccessPolicy access;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher<Object> events;
    private final Volunteers volunteers;

    @SuppressWarnings("checkstyle:ParameterNumber")
    OpeningWorkflow(
            OpeningRepository repository,
            ShiftRepository shifts,
            OpeningRows rows,
            OpeningService openings,
            OpeningValidation validation,
            AccessPolicy access,
            Outbox outbox,
            AuditLog audit,
            ApplicationEventPublisher<Object> events,
            Volunteers volunteers) {
        this.volunteers = volunteers;
        this.repository = repository;
        this.shifts = shifts;
        this.rows = rows;
        this.openings = openings;
        this.validation = validation;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
    }

    /** Refuses (403/404) anyone who may not write the organisation's openings, before the body is looked at. */
    @Transactional
    public void requireCanWrite(Actor actor, long organisationId) {
        access.requireCanPublish(actor, organisationId);
    }

    /** A new draft with its first shifts. */
    @Transactional
    public OpeningDetail create(Actor actor, long organisationId, @Valid OpeningRequest request) {
        access.requireCanPublish(actor, organisationId);
        long id = insert(organisationId, request, OpeningStatus.DRAFT, actor.accountId(), false, Instant.now());
        audit.record(
                actor.accountId(),
                "opening.created",
                "opening",
                id,
                "project " + request.projectId() + ", " + request.shiftList().size() + " shifts");
        return openings.detail(id);
    }

    /**
     * Generated demo openings, published at once (flagged as demo wherever they are shown), validated like any other;
     * returns their ids.
     */
    @Transactional
    public List<Long> createDemo(long organisationId, List<@Valid OpeningRequest> requests) {
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (OpeningRequest request : requests) {
            ids.add(insert(organisationId, request, OpeningStatus.PUBLISHED, null, true, now));
        }
        return ids;
    }

    private long insert(
            long organisationId, OpeningRequest r, String status, Long createdBy, boolean demo, Instant now) {
        String phone = validation.check(organisationId, r, now);
        OpeningEntity saved = repository.save(new OpeningEntity(
                null,
                organisationId,
                r.projectId(),
                r.title().strip(),
                r.description().strip(),
                r.regionCode(),
                r.meetingPlace().strip(),
                r.category(),
                r.adults(),
                r.screening(),
                r.signupDeadline().toInstant(),
                r.contactName().strip(),
                phone,
                status,
                null,
                demo,
                createdBy,
                OpeningStatus.PUBLISHED.equals(status) ? now : null,
                null,
                null,
                null));
        rows.insert(List.of(saved.id()), List.of(distinct(r.targetGroups())), List.of(distinct(r.skillCodes())));
        if (!r.shiftList().isEmpty()) {
            shifts.saveAll(
                    r.shiftList().stream().map(s -> newShift(saved.id(), s)).toList());
        }
        outbox.enqueue(OpeningService.AGGREGATE, saved.id());
        return saved.id();
    }

    /** An edit of the given version of the opening's own fields (its shifts have their own routes). */
    @Transactional
    public OpeningDetail update(Actor actor, long organisationId, long id, @Valid OpeningRequest r) {
        access.requireCanPublish(actor, organisationId);
        OpeningEntity current = own(organisationId, id);
        if (r.version() == null) {
            throw InvalidInputException.of("version", "field.version.required");
        }
        if (!r.version().equals(current.version())) {
            throw new ConflictException("error.version-conflict");
        }
        requireEditable(current);
        if (r.adults() && !current.adultsOnly()) {
            requireNoMinorsSignedUp(id);
        }
        OpeningRequest withoutShifts = new OpeningRequest(
                r.projectId(),
                r.title(),
                r.description(),
                r.regionCode(),
                r.meetingPlace(),
                r.targetGroups(),
                r.category(),
                r.skills(),
                r.adultsOnly(),
                r.screening(),
                r.signupDeadline(),
                r.contactName(),
                r.contactPhone(),
                null,
                r.version());
        String phone = validation.check(organisationId, withoutShifts, Instant.now());
        OpeningEntity updated;
        try {
            updated = repository.update(new OpeningEntity(
                    id,
                    organisationId,
                    r.projectId(),
                    r.title().strip(),
                    r.description().strip(),
                    r.regionCode(),
                    r.meetingPlace().strip(),
                    r.category(),
                    r.adults(),
                    r.screening(),
                    r.signupDeadline().toInstant(),
                    r.contactName().strip(),
                    phone,
                    current.status(),
                    current.statusReason(),
                    current.demo(),
                    current.createdBy(),
                    current.publishedAt(),
                    r.version(),
                    current.createdAt(),
                    null));
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
        rows.replace(id, distinct(r.targetGroups()), distinct(r.skillCodes()));
        outbox.enqueue(OpeningService.AGGREGATE, id);
        audit.record(actor.accountId(), "opening.updated", "opening", id, "version " + updated.version());
        return openings.detail(id);
    }

    /** Draft → published: it needs an open shift that has not started and a sign-up deadline still ahead. */
    @Transactional
    public OpeningDetail publish(Actor actor, long organisationId, long id) {
        access.requireCanPublish(actor, organisationId);
        OpeningEntity current = own(organisationId, id);
        if (!OpeningStatus.DRAFT.equals(current.status())) {
            throw new ConflictException("error.opening.not-draft");
        }
        Instant now = Instant.now();
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        boolean hasFutureShift = shifts.findByOpenings(List.of(id)).stream()
                .anyMatch(s -> s.open() && s.startsAt().isAfter(now));
        if (!hasFutureShift) {
            violations.add(new InvalidInputException.Violation("shifts", "field.opening.no-shifts"));
        }
        if (!current.signupDeadline().isAfter(now)) {
            violations.add(new InvalidInputException.Violation("signupDeadline", "field.opening.deadline-past"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        setStatus(current, OpeningStatus.PUBLISHED, null, now);
        audit.record(actor.accountId(), "opening.published", "opening", id, null);
        return openings.detail(id);
    }

    /** Published → closed: no more sign-ups, and no longer found. */
    @Transactional
    public OpeningDetail close(Actor actor, long organisationId, long id) {
        access.requireCanPublish(actor, organisationId);
        OpeningEntity current = own(organisationId, id);
        if (!OpeningStatus.PUBLISHED.equals(current.status())) {
            throw new ConflictException("error.opening.not-published");
        }
        setStatus(current, OpeningStatus.CLOSED, null, current.publishedAt());
        audit.record(actor.accountId(), "opening.closed", "opening", id, null);
        return openings.detail(id);
    }

    /**
     * Draft or published → cancelled, with the reason the volunteers are told. Its open shifts are cancelled with it;
     * one {@link OpeningCancelled} is published (not a {@link ShiftCancelled} per shift).
     */
    @Transactional
    public OpeningDetail cancel(Actor actor, long organisationId, long id, @Valid ReasonRequest request) {
        access.requireCanPublish(actor, organisationId);
        OpeningEntity current = own(organisationId, id);
        requireEditable(current);
        String reason = request.reason().strip();
        // Shift locks in id order, as sign-ups for several shifts take them, so the two cannot deadlock.
        List<ShiftEntity> ofOpening = new ArrayList<>(shifts.findByOpenings(List.of(id)));
        ofOpening.sort(java.util.Comparator.comparing(ShiftEntity::id));
        for (ShiftEntity s : ofOpening) {
            if (s.open()) {
                ShiftEntity locked = shifts.findByIdForUpdate(s.id()).orElseThrow();
                shifts.update(locked.cancelled(reason));
            }
        }
        setStatus(current, OpeningStatus.CANCELLED, reason, current.publishedAt());
        events.publishEvent(new OpeningCancelled(id, reason));
        audit.record(actor.accountId(), "opening.cancelled", "opening", id, reasonLength(reason));
        return openings.detail(id);
    }

    /** A new shift of a draft or published opening. */
    @Transactional
    public ShiftView addShift(Actor actor, long organisationId, long openingId, @Valid ShiftRequest request) {
        access.requireCanPublish(actor, organisationId);
        OpeningEntity opening = own(organisationId, openingId);
        requireEditable(opening);
        validation.check(request, Instant.now());
        ShiftEntity saved = shifts.save(newShift(openingId, request));
        outbox.enqueue(OpeningService.AGGREGATE, openingId);
        audit.record(actor.accountId(), "opening.shift-added", "shift", saved.id(), "opening " + openingId);
        return openings.view(saved, 0);
    }

    /**
     * A shift moved or resized (the given version). Under the shift's row lock, so no sign-up slips in between: the
     * capacity may not fall below the confirmed sign-ups; a change of time or a larger capacity publishes {@link ShiftChanged}.
     */
    @Transactional
    public ShiftView updateShift(
            Actor actor, long organisationId, long openingId, long shiftId, @Valid ShiftRequest request) {
        access.requireCanPublish(actor, organisationId);
        OpeningEntity opening = own(organisationId, openingId);
        requireEditable(opening);
        ShiftEntity current = shifts.findByIdForUpdate(shiftId)
                .filter(s -> s.openingId() == openingId)
                .orElseThrow(() -> new NotFoundException("resource.shift", shiftId));
        if (request.version() == null) {
            throw InvalidInputException.of("version", "field.version.required");
        }
        if (!request.version().equals(current.version())) {
            throw new ConflictException("error.version-conflict");
        }
        if (!current.open()) {
            throw new ConflictException("error.shift.cancelled");
        }
        boolean moved = !request.startsAt().equals(current.startsAt())
                || !request.endsAt().equals(current.endsAt());
        validation.check(request, Instant.now(), moved);
        if (request.capacity() < current.confirmedCount()) {
            throw InvalidInputException.of(
                    "capacity", "field.shift.capacity-below-confirmed", current.confirmedCount());
        }
        ShiftEntity updated;
        try {
            updated = shifts.update(current.withTimes(request.startsAt(), request.endsAt(), request.capacity()));
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
        // A move re-checks and tells the volunteers; a larger capacity promotes the waitlist at once.
        if (moved || updated.capacity() > current.capacity()) {
            events.publishEvent(new ShiftChanged(shiftId, current.startsAt(), current.endsAt()));
        }
        outbox.enqueue(OpeningService.AGGREGATE, openingId);
        audit.record(
                actor.accountId(),
                moved ? "opening.shift-moved" : "opening.shift-resized",
                "shift",
                shiftId,
                "opening " + openingId + ", capacity " + updated.capacity());
        return openings.view(updated, 0);
    }

    /** An open shift cancelled, with the reason the volunteers are told; publishes {@link ShiftCancelled}. */
    @Transactional
    public ShiftView cancelShift(
            Actor actor, long organisationId, long openingId, long shiftId, @Valid ReasonRequest request) {
        access.requireCanPublish(actor, organisationId);
        own(organisationId, openingId);
        ShiftEntity current = shifts.findByIdForUpdate(shiftId)
                .filter(s -> s.openingId() == openingId)
                .orElseThrow(() -> new NotFoundException("resource.shift", shiftId));
        if (!current.open()) {
            throw new ConflictException("error.shift.cancelled");
        }
        String reason = request.reason().strip();
        ShiftEntity updated = shifts.update(current.cancelled(reason));
        events.publishEvent(new ShiftCancelled(shiftId, reason));
        outbox.enqueue(OpeningService.AGGREGATE, openingId);
        audit.record(
                actor.accountId(),
                "opening.shift-cancelled",
                "shift",
                shiftId,
                "opening " + openingId + ", " + reasonLength(reason));
        return openings.view(updated, 0);
    }

    /**
     * An opening becomes adults-only only while no minor has a live sign-up (pending, confirmed or waitlisted) for one
     * of its shifts, counted on the shift's day (409 naming {@code adultsOnly} otherwise).
     */
    private void requireNoMinorsSignedUp(long openingId) {
        int minors = 0;
        for (ShiftEntity shift : shifts.findByOpenings(List.of(openingId))) {
            List<Long> signedUp = shifts.liveVolunteers(shift.id());
            if (signedUp.isEmpty()) {
                continue;
            }
            java.time.LocalDate day = shift.startsAt().atZone(ShiftRequest.ZONE).toLocalDate();
            for (var facts : volunteers.facts(signedUp).values()) {
                if (facts.minorOn(day)) {
                    minors++;
                }
            }
        }
        if (minors > 0) {
            throw ConflictException.onField("adultsOnly", "error.opening.minors-signed-up", minors);
        }
    }

    /** What the audit log keeps of a free-text reason: its length, never the text (it may name people). */
    private static String reasonLength(String reason) {
        return "reason of " + reason.codePointCount(0, reason.length()) + " characters";
    }

    private OpeningEntity own(long organisationId, long id) {
        return repository
                .findByIdForUpdate(id)
                .filter(o -> o.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.opening", id));
    }

    private static void requireEditable(OpeningEntity opening) {
        if (!EDITABLE.contains(opening.status())) {
            throw new ConflictException("error.opening.finished");
        }
    }

    private void setStatus(OpeningEntity current, String status, String reason, Instant publishedAt) {
        try {
            repository.update(current.withStatus(status, reason, publishedAt));
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
        outbox.enqueue(OpeningService.AGGREGATE, current.id());
    }

    private static ShiftEntity newShift(long openingId, ShiftRequest s) {
        return new ShiftEntity(
                null,
                openingId,
                s.startsAt(),
                s.endsAt(),
                s.capacity(),
                0,
                ShiftEntity.OPEN,
                null,
                CheckInCodes.next(),
                null,
                null,
                null);
    }

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}

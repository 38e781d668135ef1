package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qianshou.audit.AuditLog;
import org.qianshou.hours.HoursRequests.ConfirmRequest;
import org.qianshou.hours.HoursRequests.CorrectionRequest;
import org.qianshou.hours.HoursRequests.DisputeRequest;
import org.qianshou.hours.HoursRequests.Entry;
import org.qianshou.hours.HoursRequests.RecordEntries;
import org.qianshou.hours.HoursViews.DisputeItem;
import org.qianshou.hours.HoursViews.RecordVersionView;
import org.qianshou.hours.HoursViews.RecordView;
import org.qianshou.hours.HoursViews.ShiftRecordRow;
import org.qianshou.hours.HoursViews.VolunteerRecord;
import org.qianshou.hours.HoursViews.VolunteerRecords;
import org.qianshou.hours.ShiftAttendance.Attendee;
import org.qianshou.hours.ShiftAttendance.ShiftInfo;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;

/**
 * Volunteer records (志愿服务记录): staff record the hours of a shift's attended volunteers and confirm them; the
 * volunteer sees them and may dispute one; staff correct it with a new version, which resolves the dispute and
 * revokes the certificates that covered the record. Every version is kept, and every change is in the audit log
 * (ids, versions and minutes only: never a name or an ID number). Writes need a verified organisation (a suspended
 * one records nothing); reading stays open to its members.
 */
@Singleton
public class ServiceRecords {

    static final int PAGE_SIZE = 20;

    private final ServiceRecordRepository records;
    private final ServiceRecordVersionRepository versions;
    private final ServiceRecordDisputeRepository disputes;
    private final CertificateRepository certificates;
    private final ShiftAttendance shifts;
    private final AccessPolicy access;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ServiceRecords(
            ServiceRecordRepository records,
            ServiceRecordVersionRepository versions,
            ServiceRecordDisputeRepository disputes,
            CertificateRepository certificates,
            ShiftAttendance shifts,
            AccessPolicy access,
            AuditLog audit) {
        this.records = records;
        this.versions = versions;
        this.disputes = disputes;
        this.certificates = certificates;
        this.shifts = shifts;
        this.access = access;
        this.audit = audit;
    }

    /** The shift's volunteers (confirmed or attended) and their records, for the organisation's members. */
    @ReadOnly
    public List<ShiftRecordRow> ofShift(Actor actor, long organisationId, long shiftId) {
        access.requireMemberOrAdmin(actor, organisationId);
        ShiftInfo shift = shiftOf(organisationId, shiftId);
        return rows(shift);
    }

    /**
     * Records (or, while still drafts, re-records) the hours of attended volunteers of the shift. Every entry is
     * checked before anything is written: an unknown sign-up or one that did not attend, minutes outside 1..1440
     * or a record already confirmed is refused naming the entry's field.
     */
    @Transactional
    public List<ShiftRecordRow> record(Actor actor, long organisationId, long shiftId, RecordEntries request) {
        access.requireCanPublish(actor, organisationId);
        ShiftInfo shift = shiftOf(organisationId, shiftId);
        records.lockShiftRecording(shiftId);
        Map<Long, Attendee> attendees = shifts.attendees(shiftId).stream()
                .collect(Collectors.toMap(Attendee::signupId, Function.identity(), (a, b) -> a));
        Map<Long, ServiceRecord> existing = records.findByShiftIdOrderById(shiftId).stream()
                .collect(Collectors.toMap(ServiceRecord::signupId, Function.identity()));
        List<Entry> entries = request == null || request.entries() == null ? List.of() : request.entries();
        List<Violation> violations = new ArrayList<>();
        if (entries.isEmpty()) {
            violations.add(new Violation("entries", "constraint.NotEmpty"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String at = "entries[" + i + "].";
            if (entry == null) {
                violations.add(new Violation("entries[" + i + "]", "error.required"));
                continue;
            }
            Long signupId = entry.signupId();
            if (signupId == null) {
                violations.add(new Violation(at + "signupId", "error.required"));
            } else if (!seen.add(signupId)) {
                violations.add(new Violation(at + "signupId", "field.duplicate", signupId));
            } else if (!attendees.containsKey(signupId)) {
                violations.add(new Violation(at + "signupId", "field.record.unknown-signup", signupId));
            } else if (!attendees.get(signupId).attended()) {
                violations.add(new Violation(at + "signupId", "field.record.not-attended", signupId));
            } else if (existing.containsKey(signupId)
                    && !ServiceRecord.DRAFT.equals(existing.get(signupId).status())) {
                violations.add(new Violation(at + "signupId", "field.record.not-draft", signupId));
            }
            RecordRules.minutes(entry.minutes(), at + "minutes", violations);
            RecordRules.text(entry.content(), at + "content", violations);
            RecordRules.text(entry.evaluation(), at + "evaluation", violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (Entry entry : entries) {
            Attendee attendee = attendees.get(entry.signupId());
            String content =
                    Optional.ofNullable(RecordRules.clean(entry.content())).orElse(shift.activity());
            String evaluation = RecordRules.clean(entry.evaluation());
            ServiceRecord record = existing.get(entry.signupId());
            if (record == null) {
                record = records.save(new ServiceRecord(
                        null,
                        organisationId,
                        attendee.volunteerAccountId(),
                        shiftId,
                        attendee.signupId(),
                        attendee.name(),
                        attendee.idNumberMasked(),
                        ServiceRecord.DRAFT,
                        1,
                        null,
                        null,
                        null,
                        null));
                versions.save(new ServiceRecordVersion(
                        null,
                        record.id(),
                        1,
                        shift.activity(),
                        shift.place(),
                        shift.startsAt(),
                        shift.endsAt(),
                        entry.minutes(),
                        content,
                        evaluation,
                        shift.organisationName(),
                        actor.accountId(),
                        null,
                        null));
                audit.record(
                        actor.accountId(),
                        "record.recorded",
                        "service_record",
                        record.id(),
                        "version 1, " + entry.minutes() + " minutes, shift " + shiftId);
            } else {
                ServiceRecordVersion current = current(record);
                ServiceRecordVersion next =
                        versions.save(current.next(entry.minutes(), content, evaluation, actor.accountId(), null));
                if (records.moveTo(record.id(), ServiceRecord.DRAFT, next.version(), record.currentVersion()) != 1) {
                    throw new ConflictException("error.record.changed");
                }
                audit.record(
                        actor.accountId(),
                        "record.recorded",
                        "service_record",
                        record.id(),
                        "version " + next.version() + ", " + entry.minutes() + " minutes (draft edited)");
            }
        }
        return rows(shift);
    }

    /** Confirms draft records of the shift; confirmed ones stay as they are. */
    @Transactional
    public List<ShiftRecordRow> confirm(Actor actor, long organisationId, long shiftId, ConfirmRequest request) {
        access.requireCanPublish(actor, organisationId);
        ShiftInfo shift = shiftOf(organisationId, shiftId);
        List<Long> ids = request == null || request.recordIds() == null ? List.of() : request.recordIds();
        if (ids.isEmpty()) {
            throw InvalidInputException.of("recordIds", "constraint.NotEmpty");
        }
        Map<Long, ServiceRecord> ofShift = records.findByShiftIdOrderById(shiftId).stream()
                .collect(Collectors.toMap(ServiceRecord::id, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        for (Long id : ids) {
            if (id == null || !ofShift.containsKey(id)) {
                violations.add(new Violation("recordIds", "field.record.unknown", id));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (Long id : new LinkedHashSet<>(ids)) {
            if (records.confirm(id, actor.accountId()) == 1) {
                ServiceRecord record = ofShift.get(id);
                audit.record(
                        actor.accountId(),
                        "record.confirmed",
                        "service_record",
                        id,
                        "version " + record.currentVersion() + ", shift " + shiftId);
            }
        }
        return rows(shift);
    }

    /** The organisation's disputes, newest first, optionally only {@code open} or {@code resolved} ones. */
    @ReadOnly
    public Page<DisputeItem> disputes(Actor actor, long organisationId, @Nullable String status, int page) {
        access.requireMemberOrAdmin(actor, organisationId);
        if (status != null
                && !Set.of(ServiceRecordDispute.OPEN, ServiceRecordDispute.RESOLVED)
                        .contains(status)) {
            throw InvalidInputException.of("status", "field.dispute-status.unknown", status);
        }
        if (page < 0 || page > 10_000) {
            throw InvalidInputException.of("page", "field.page.range", 10_000);
        }
        List<ServiceRecordDispute> found =
                disputes.ofOrganisation(organisationId, status, PAGE_SIZE, (long) page * PAGE_SIZE);
        long total = disputes.countOfOrganisation(organisationId, status);
        Map<Long, ServiceRecord> byId =
                records
                        .findByIdInOrderById(found.stream()
                                .map(ServiceRecordDispute::recordId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ServiceRecord::id, Function.identity()));
        Map<Long, ServiceRecordVersion> currentById = currentVersions(byId.values());
        List<DisputeItem> items = new ArrayList<>();
        for (ServiceRecordDispute d : found) {
            ServiceRecord r = byId.get(d.recordId());
            ServiceRecordVersion v = currentById.get(d.recordId());
            items.add(new DisputeItem(
                    d.id(),
                    d.status(),
                    d.reason(),
                    HoursViews.shanghai(d.createdAt()),
                    r.volunteerName(),
                    r.idNumberMasked(),
                    v.activity(),
                    HoursViews.shanghai(v.startsAt()),
                    RecordView.of(r, v)));
        }
        return new Page<>(items, total, page, PAGE_SIZE);
    }

    /** What a correction did, and whom to tell. */
    public record Correction(RecordView record, long volunteerAccountId, String activity, int revokedCertificates) {}

    /**
     * Corrects a confirmed or disputed record: a new version (the given {@code version} must be the current one,
     * else 409), the record confirmed again, its open dispute resolved, and every valid certificate that covered it
     * revoked.
     */
    @Transactional
    public Correction correct(Actor actor, long organisationId, long recordId, CorrectionRequest request) {
        access.requireCanPublish(actor, organisationId);
        ServiceRecord record = records.findByIdForUpdate(recordId)
                .filter(r -> r.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.record", recordId));
        CorrectionRequest body = request == null ? new CorrectionRequest(null, null, null, null, null) : request;
        List<Violation> violations = new ArrayList<>();
        RecordRules.minutes(body.minutes(), "minutes", violations);
        RecordRules.requiredText(body.content(), "content", violations);
        RecordRules.text(body.evaluation(), "evaluation", violations);
        RecordRules.requiredText(body.reason(), "reason", violations);
        if (body.version() == null) {
            violations.add(new Violation("version", "error.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (ServiceRecord.DRAFT.equals(record.status())) {
            throw new ConflictException("error.record.draft-not-corrected");
        }
        if (body.version() != record.currentVersion()) {
            throw new ConflictException("error.record.changed");
        }
        ServiceRecordVersion next = versions.save(current(record)
                .next(
                        body.minutes(),
                        body.content().strip(),
                        RecordRules.clean(body.evaluation()),
                        actor.accountId(),
                        body.reason().strip()));
        if (records.moveTo(recordId, ServiceRecord.CONFIRMED, next.version(), record.currentVersion()) != 1) {
            throw new ConflictException("error.record.changed");
        }
        long resolved = disputes.resolveOpen(recordId, actor.accountId(), next.version());
        List<Long> revoked = certificates.validIdsCovering(recordId);
        for (Long certificateId : revoked) {
            certificates.revoke(
                    certificateId, "record " + recordId + " corrected (version " + next.version() + ")", recordId);
            audit.record(
                    actor.accountId(),
                    "certificate.revoked",
                    "certificate",
                    certificateId,
                    "record " + recordId + " corrected");
        }
        audit.record(
                actor.accountId(),
                "record.corrected",
                "service_record",
                recordId,
                "version " + record.currentVersion() + " -> " + next.version() + ", "
                        + current(record).minutes()
                        + " -> " + next.minutes() + " minutes, disputes resolved: " + resolved
                        + ", certificates revoked: " + revoked.size());
        ServiceRecord updated = records.findById(recordId).orElseThrow();
        return new Correction(
                RecordView.of(updated, next), record.volunteerAccountId(), next.activity(), revoked.size());
    }

    /** Every record of the volunteer (newest first), and the minutes of the confirmed ones. */
    @ReadOnly
    public VolunteerRecords ofVolunteer(Actor actor) {
        List<ServiceRecord> mine = records.findByVolunteerAccountIdOrderByIdDesc(actor.accountId());
        Map<Long, ServiceRecordVersion> current = currentVersions(mine);
        List<VolunteerRecord> items = new ArrayList<>();
        long total = 0;
        for (ServiceRecord r : mine) {
            ServiceRecordVersion v = current.get(r.id());
            items.add(volunteerRecord(r, v));
            if (ServiceRecord.CONFIRMED.equals(r.status())) {
                total += v.minutes();
            }
        }
        items.sort((a, b) -> b.startsAt().compareTo(a.startsAt()));
        return new VolunteerRecords(items, total);
    }

    /** Every version of one of the volunteer's records, oldest first. */
    @ReadOnly
    public List<RecordVersionView> history(Actor actor, long recordId) {
        ownRecord(actor, recordId);
        return versions.findByRecordIdOrderByVersion(recordId).stream()
                .map(RecordVersionView::of)
                .toList();
    }

    /** The volunteer disputes the current version of a confirmed record of theirs, saying why. */
    @Transactional
    public VolunteerRecord dispute(Actor actor, long recordId, DisputeRequest request) {
        ServiceRecord record = records.findByIdForUpdate(recordId)
                .filter(r -> r.volunteerAccountId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException("resource.record", recordId));
        String reason = request == null ? null : request.reason();
        List<Violation> violations = new ArrayList<>();
        RecordRules.requiredText(reason, "reason", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (ServiceRecord.DRAFT.equals(record.status())) {
            throw new ConflictException("error.record.not-confirmed");
        }
        if (disputes.findByRecordIdAndStatus(recordId, ServiceRecordDispute.OPEN)
                .isPresent()) {
            throw new ConflictException("error.record.dispute-open");
        }
        ServiceRecordDispute dispute = disputes.save(new ServiceRecordDispute(
                null,
                recordId,
                record.currentVersion(),
                actor.accountId(),
                reason.strip(),
                ServiceRecordDispute.OPEN,
                null,
                null,
                null,
                null));
        records.status(recordId, ServiceRecord.DISPUTED);
        audit.record(
                actor.accountId(),
                "record.disputed",
                "service_record",
                recordId,
                "dispute " + dispute.id() + " of version " + record.currentVersion());
        ServiceRecord updated = records.findById(recordId).orElseThrow();
        return volunteerRecord(updated, current(updated));
    }

    ServiceRecord ownRecord(Actor actor, long recordId) {
        return records.findById(recordId)
                .filter(r -> r.volunteerAccountId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException("resource.record", recordId));
    }

    private List<ShiftRecordRow> rows(ShiftInfo shift) {
        Map<Long, ServiceRecord> bySignup = records.findByShiftIdOrderById(shift.shiftId()).stream()
                .collect(Collectors.toMap(ServiceRecord::signupId, Function.identity()));
        Map<Long, ServiceRecordVersion> current = currentVersions(bySignup.values());
        List<ShiftRecordRow> rows = new ArrayList<>();
        for (Attendee a : shifts.attendees(shift.shiftId())) {
            ServiceRecord r = bySignup.get(a.signupId());
            rows.add(new ShiftRecordRow(
                    a.signupId(),
                    a.volunteerAccountId(),
                    a.name(),
                    a.idNumberMasked(),
                    a.attendance(),
                    r == null ? null : RecordView.of(r, current.get(r.id())),
                    shift.defaultMinutes()));
        }
        return rows;
    }

    private ShiftInfo shiftOf(long organisationId, long shiftId) {
        return shifts.shift(shiftId)
                .filter(s -> s.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.shift", shiftId));
    }

    private ServiceRecordVersion current(ServiceRecord record) {
        return versions.findByRecordIdAndVersion(record.id(), record.currentVersion())
                .orElseThrow();
    }

    Map<Long, ServiceRecordVersion> currentVersions(java.util.Collection<ServiceRecord> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        Map<Long, ServiceRecordVersion> byRecord = new HashMap<>();
        versions.currentVersions(of.stream().map(ServiceRecord::id).toList())
                .forEach(v -> byRecord.put(v.recordId(), v));
        return byRecord;
    }

    static VolunteerRecord volunteerRecord(ServiceRecord r, ServiceRecordVersion v) {
        return new VolunteerRecord(
                r.id(),
                v.activity(),
                v.organisationName(),
                r.organisationId(),
                HoursViews.shanghai(v.startsAt()),
                HoursViews.shanghai(v.endsAt()),
                v.place(),
                v.minutes(),
                v.content(),
                v.evaluation(),
                r.status(),
                r.currentVersion(),
                HoursViews.shanghai(v.recordedAt()));
    }
}

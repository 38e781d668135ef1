package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Messages;
import org.qianshou.system.security.Actor;

/**
 * An organisation's volunteer records over a period as CSV, with the fields the 2021 办法 lists (the ID number
 * masked), for its members. Every export is in the audit log with its period and row count.
 */
@Singleton
public class RecordExport {

    /** At most this many days per export. */
    static final int MAX_DAYS = 366;

    static final List<String> COLUMNS = List.of(
            "name",
            "id-number-masked",
            "activity",
            "starts-at",
            "ends-at",
            "place",
            "hours",
            "minutes",
            "content",
            "evaluation",
            "status",
            "organisation",
            "recorded-at");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ServiceRecordRepository records;
    private final ServiceRecords serviceRecords;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Messages messages;

    RecordExport(
            ServiceRecordRepository records,
            ServiceRecords serviceRecords,
            AccessPolicy access,
            AuditLog audit,
            Messages messages) {
        this.records = records;
        this.serviceRecords = serviceRecords;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** The file: a header row in the caller's language, then one row per record whose service started in the period. */
    @Transactional
    public byte[] csv(Actor actor, long organisationId, @Nullable String from, @Nullable String to, Locale locale) {
        access.requireMember(actor, organisationId);
        List<Violation> violations = new ArrayList<>();
        LocalDate first = date(from, "from", violations);
        LocalDate last = date(to, "to", violations);
        if (violations.isEmpty() && last.isBefore(first)) {
            violations.add(new Violation("to", "field.dates.end-before-start"));
        } else if (violations.isEmpty() && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            violations.add(new Violation("to", "field.export.period-too-long", MAX_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Long> ids = records.idsOfOrganisationStartingBetween(
                organisationId,
                first.atStartOfDay(Hours.SHANGHAI).toInstant(),
                last.plusDays(1).atStartOfDay(Hours.SHANGHAI).toInstant());
        Csv csv = new Csv();
        csv.row(COLUMNS.stream()
                .map(c -> messages.get(locale, "csv.record." + c))
                .toList());
        if (!ids.isEmpty()) {
            List<ServiceRecord> found = records.findByIdInOrderById(ids);
            Map<Long, ServiceRecordVersion> current = serviceRecords.currentVersions(found);
            Map<Long, ServiceRecord> byId = new java.util.HashMap<>();
            found.forEach(r -> byId.put(r.id(), r));
            for (Long id : ids) {
                ServiceRecord r = byId.get(id);
                ServiceRecordVersion v = current.get(id);
                csv.row(java.util.Arrays.asList(
                        r.volunteerName(),
                        r.idNumberMasked(),
                        v.activity(),
                        TIME.format(v.startsAt().atZone(Hours.SHANGHAI)),
                        TIME.format(v.endsAt().atZone(Hours.SHANGHAI)),
                        v.place(),
                        Hours.of(v.minutes()),
                        Integer.toString(v.minutes()),
                        v.content(),
                        v.evaluation(),
                        messages.get(locale, "record.status." + r.status()),
                        v.organisationName(),
                        TIME.format(v.recordedAt().atZone(Hours.SHANGHAI))));
            }
        }
        audit.record(
                actor.accountId(),
                "records.exported",
                "organisation",
                organisationId,
                "from " + first + " to " + last + ", " + ids.size() + " rows");
        return csv.bytes();
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "error.required"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "field.date.format"));
            return null;
        }
    }
}

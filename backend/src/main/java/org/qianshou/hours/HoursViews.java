package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API answers about records, disputes and certificates. Times are in Asia/Shanghai (+08:00). */
final class HoursViews {

    private HoursViews() {}

    static @Nullable OffsetDateTime shanghai(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Hours.SHANGHAI).toOffsetDateTime();
    }

    /** A record as staff see it in a shift's list. */
    @Serdeable
    record RecordView(
            long id,
            String status,
            int minutes,
            String content,
            @Nullable String evaluation,
            int version) {

        static RecordView of(ServiceRecord r, ServiceRecordVersion v) {
            return new RecordView(r.id(), r.status(), v.minutes(), v.content(), v.evaluation(), r.currentVersion());
        }
    }

    /** A volunteer of a shift, whether they came, and their record if one was made. */
    @Serdeable
    record ShiftRecordRow(
            long signupId,
            long volunteerAccountId,
            String name,
            String idNumberMasked,
            @Nullable String attendance,
            @Nullable RecordView record,
            int defaultMinutes) {}

    /** A record as its volunteer sees it. */
    @Serdeable
    record VolunteerRecord(
            long id,
            String activity,
            String organisationName,
            long organisationId,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String place,
            int minutes,
            String content,
            @Nullable String evaluation,
            String status,
            int version,
            OffsetDateTime recordedAt) {}

    /** Every record of a volunteer, and the minutes of the confirmed ones. */
    @Serdeable
    record VolunteerRecords(List<VolunteerRecord> items, long totalMinutes) {}

    /** One version of a record. */
    @Serdeable
    record RecordVersionView(
            int version,
            String activity,
            String place,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            int minutes,
            String content,
            @Nullable String evaluation,
            String organisationName,
            OffsetDateTime recordedAt,
            @Nullable String reason) {

        static RecordVersionView of(ServiceRecordVersion v) {
            return new RecordVersionView(
                    v.version(),
                    v.activity(),
                    v.place(),
                    shanghai(v.startsAt()),
                    shanghai(v.endsAt()),
                    v.minutes(),
                    v.content(),
                    v.evaluation(),
                    v.organisationName(),
                    shanghai(v.recordedAt()),
                    v.correctionReason());
        }
    }

    /** A dispute in the agency's list, with what the correction form needs. */
    @Serdeable
    record DisputeItem(
            long id,
            String status,
            String reason,
            OffsetDateTime createdAt,
            String volunteerName,
            String idNumberMasked,
            String activity,
            OffsetDateTime startsAt,
            RecordView record) {}

    /** A certificate in its volunteer's list. */
    @Serdeable
    record CertificateSummary(
            String code,
            long organisationId,
            String organisationName,
            OffsetDateTime issuedAt,
            int totalMinutes,
            String status,
            @Nullable OffsetDateTime revokedAt) {}

    /** What anyone holding the code may read of a certificate: the ID number masked. */
    @Serdeable
    record CertificateVerification(
            String code,
            String status,
            String volunteerName,
            String idNumberMasked,
            String organisationName,
            OffsetDateTime issuedAt,
            LocalDate periodFrom,
            LocalDate periodTo,
            int totalMinutes,
            List<CertifiedRecord> records,
            @Nullable OffsetDateTime revokedAt) {}

    /** One record a certificate covers, as the verify page lists it. */
    @Serdeable
    record CertifiedRecord(String activity, LocalDate date, int minutes) {}
}

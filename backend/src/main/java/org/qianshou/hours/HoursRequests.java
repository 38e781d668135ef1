package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What the API accepts about records, disputes and certificates. Everything is checked by the services. */
final class HoursRequests {

    private HoursRequests() {}

    /** Staff record (or re-record, while draft) the hours of a shift's volunteers. */
    @Serdeable
    record RecordEntries(@Nullable List<Entry> entries) {}

    @Serdeable
    record Entry(
            @Nullable Long signupId,
            @Nullable Integer minutes,
            @Nullable String content,
            @Nullable String evaluation) {}

    @Serdeable
    record ConfirmRequest(@Nullable List<Long> recordIds) {}

    /** A new version of a confirmed or disputed record, and why. */
    @Serdeable
    record CorrectionRequest(
            @Nullable Integer minutes,
            @Nullable String content,
            @Nullable String evaluation,
            @Nullable String reason,
            @Nullable Integer version) {}

    @Serdeable
    record DisputeRequest(@Nullable String reason) {}

    /** A certificate over all of one organisation's confirmed records of the volunteer, or the chosen ones. */
    @Serdeable
    record CertificateRequest(
            @Nullable Long organisationId, @Nullable List<Long> recordIds) {}
}

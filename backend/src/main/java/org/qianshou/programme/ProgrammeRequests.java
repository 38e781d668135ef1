package org.qianshou.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What administrators and agencies send. Every field may be missing in the JSON: the workflow checks them all at once
 * and names each one that is wrong. An edit names the {@code version} it changes (409 when another edit came first).
 */
public final class ProgrammeRequests {

    private ProgrammeRequests() {}

    /** A 牵手计划 pair: the partner agency (name, province, city; optionally on the platform) and the Yunnan agency. */
    @Serdeable
    public record PairRequest(
            @Nullable String partnerName,
            @Nullable String partnerProvince,
            @Nullable String partnerCity,
            @Nullable Long partnerOrganisationId,
            @Nullable Long agencyOrganisationId,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable Long version) {}

    /** A university (on the platform, or by name) paired with a county. */
    @Serdeable
    public record PartnershipRequest(
            @Nullable Long universityOrganisationId,
            @Nullable String universityName,
            @Nullable String countyCode,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable Long version) {}

    /** Social workers sent to a township or village. */
    @Serdeable
    public record DispatchRequest(
            @Nullable String regionCode,
            @Nullable String qualificationLevel,
            @Nullable Integer workers,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable Long sendingOrganisationId,
            @Nullable Long version) {}

    /** A project designated a demonstration project of a year, category a, b or c. */
    @Serdeable
    public record DesignationRequest(
            @Nullable Long projectId,
            @Nullable Integer year,
            @Nullable String category,
            @Nullable Long version) {}

    /** Ends a pair, partnership or dispatch on a day. */
    @Serdeable
    public record EndRequest(
            @Nullable LocalDate endDate, @Nullable Long version) {}

    /** Withdraws a designation. */
    @Serdeable
    public record WithdrawRequest(@Nullable Long version) {}

    /**
     * A dated entry with a count: a support-log entry of a pair (kind {@code people-sent}, {@code supervision},
     * {@code training}, {@code joint-project}) or an activity of a partnership ({@code internship-base},
     * {@code students-placed}, {@code teacher-practice}).
     */
    @Serdeable
    public record EntryRequest(
            @Nullable String kind,
            @Nullable LocalDate date,
            @Nullable Integer count,
            @Nullable String note) {}
}

package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** An organisation in a list: the caller's own ({@code role} set) or the administrators' queue. */
@Serdeable
public record OrganisationSummary(
        long id,
        String name,
        String kind,
        String subtype,
        @Nullable String creditCode,
        String registeredRegionCode,
        String status,
        @Nullable Instant submittedAt,
        @Nullable String role,
        @Nullable Instant createdAt) {

    static OrganisationSummary of(Organisation o, @Nullable String role) {
        return new OrganisationSummary(
                o.id(),
                o.name(),
                o.kind(),
                o.subtype(),
                o.creditCode(),
                o.registeredRegionCode(),
                o.status(),
                o.submittedAt(),
                role,
                o.createdAt());
    }
}

package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One organisation. Anyone sees a verified organisation's public view ({@code full = false}: status,
 * reason, dates, counts, version and role are null); members and administrators see everything
 * ({@code full = true}), including why it was rejected or suspended.
 */
@Serdeable
public record OrganisationDetail(
        long id,
        String name,
        String kind,
        String subtype,
        @Nullable String creditCode,
        @Nullable String legalRepresentative,
        RegionRef registeredRegion,
        String registeredRegionCode,
        String address,
        List<RegionRef> serviceRegions,
        List<String> serviceRegionCodes,
        List<String> targetGroups,
        List<String> serviceCategories,
        String description,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        OrganisationRequest.SocialWorkers socialWorkers,
        boolean demo,
        boolean full,
        @Nullable String status,
        @Nullable String rejectionReason,
        @Nullable String statusReason,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable Integer memberCount,
        @Nullable Integer documentCount,
        @Nullable String role,
        @Nullable Long version,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {

    /** A region by code and name. */
    @Serdeable
    public record RegionRef(String code, String name) {}
}

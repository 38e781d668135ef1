package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agency, funder or university. It is registered by an account (its owner), verified by an
 * administrator, and only while {@code verified} does it appear publicly and publish projects.
 * {@code version} grows with every change and is the search index's external version. {@code publishedAt}: when it
 * was first verified, kept by the database (a trigger), never changed afterwards; what a saved search's digest calls new.
 */
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String kind,
        String subtype,
        @Nullable String creditCode,
        @Nullable String legalRepresentative,
        String registeredRegionCode,
        String address,
        String description,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        int socialWorkersAssistant,
        int socialWorkersIntermediate,
        int socialWorkersSenior,
        String status,
        @Nullable String statusReason,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable Long decidedBy,
        boolean demo,
        long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Instant publishedAt) {

    public static final Set<String> KINDS = Set.of("agency", "funder", "university");

    /** The subtypes of each kind (contract: 社会工作服务机构, 儿童福利机构, …). */
    public static final Map<String, List<String>> SUBTYPES = Map.of(
            "agency",
            List.of("social-work-agency", "child-welfare", "elderly-care", "rescue-protection", "township-station"),
            "funder",
            List.of("government", "foundation", "charity", "enterprise"),
            "university",
            List.of("university"));

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String VERIFIED = "verified";
    public static final String REJECTED = "rejected";
    public static final String SUSPENDED = "suspended";
    public static final List<String> STATUSES = List.of(DRAFT, SUBMITTED, VERIFIED, REJECTED, SUSPENDED);

    /**
     * The statuses in which an organisation holds its credit code exclusively (a partial unique index, V7): once
     * submitted, and while verified or suspended (a suspended organisation is still the real one and may be
     * reinstated). Drafts and rejected registrations hold nothing.
     */
    public static final List<String> HOLDING_CREDIT_CODE = List.of(SUBMITTED, VERIFIED, SUSPENDED);

    public boolean isVerified() {
        return VERIFIED.equals(status);
    }

    /** A new draft with the profile a member submitted (checked by {@link OrganisationValidation}). */
    static Organisation draft(OrganisationValidation.Checked v, OrganisationRequest request) {
        return new Organisation(
                null,
                v.name(),
                request.kind(),
                request.subtype(),
                v.creditCode(),
                v.legalRepresentative(),
                request.registeredRegionCode(),
                v.address(),
                v.description(),
                v.contactPhone(),
                v.contactEmail(),
                v.assistant(),
                v.intermediate(),
                v.senior(),
                DRAFT,
                null,
                null,
                null,
                null,
                false,
                1,
                null,
                null,
                null);
    }

    /**
     * This organisation with the profile fields of {@code profile} (name through social workers) and the given status;
     * the decision, demo mark and creation time stay, the version grows.
     */
    Organisation withProfile(
            Organisation profile, String newStatus, @Nullable String reason, @Nullable Instant submitted) {
        return new Organisation(
                id,
                profile.name,
                profile.kind,
                profile.subtype,
                profile.creditCode,
                profile.legalRepresentative,
                profile.registeredRegionCode,
                profile.address,
                profile.description,
                profile.contactPhone,
                profile.contactEmail,
                profile.socialWorkersAssistant,
                profile.socialWorkersIntermediate,
                profile.socialWorkersSenior,
                newStatus,
                reason,
                submitted,
                decidedAt,
                decidedBy,
                demo,
                version + 1,
                createdAt,
                null,
                publishedAt);
    }

    /** The same organisation in another status; the version grows. */
    Organisation withStatus(
            String newStatus,
            @Nullable String reason,
            @Nullable Instant submitted,
            @Nullable Instant decided,
            @Nullable Long decider) {
        return new Organisation(
                id,
                name,
                kind,
                subtype,
                creditCode,
                legalRepresentative,
                registeredRegionCode,
                address,
                description,
                contactPhone,
                contactEmail,
                socialWorkersAssistant,
                socialWorkersIntermediate,
                socialWorkersSenior,
                newStatus,
                reason,
                submitted,
                decided,
                decider,
                demo,
                version + 1,
                createdAt,
                updatedAt,
                publishedAt);
    }
}

package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organisation created verified by the platform itself (demo data) or by an administrator
 * ({@code POST /api/admin/organisations}), without members, credit code or documents.
 */
@Serdeable
public record OrganisationSeed(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String kind,
        @NotBlank String regionCode,
        @Nullable @Size(max = 5000) String description) {}

package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an administrator submits to create an organisation. */
@Serdeable
public record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String kind,
        @NotBlank String regionCode,
        @Nullable @Size(max = 5000) String description) {}

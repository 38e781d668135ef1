package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an organisation's members submit to register it or change it (contract: OrganisationRequest). */
@Serdeable
public record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank String kind,
        @NotBlank String subtype,
        @NotBlank @Size(max = 30) String creditCode,
        @NotBlank @Size(max = 100) String legalRepresentative,
        @NotBlank String registeredRegionCode,
        @Nullable @Size(max = 300) String address,
        @Nullable @Size(max = 200) List<String> serviceRegionCodes,
        @Nullable @Size(max = 20) List<String> targetGroups,
        @Nullable @Size(max = 20) List<String> serviceCategories,
        @Nullable @Size(max = 5000) String description,
        @Nullable @Size(max = 300) String contactPhone,
        @Nullable @Size(max = 300) String contactEmail,
        @Nullable @Valid SocialWorkers socialWorkers) {

    /** Certified social workers by level (助理社会工作师, 社会工作师, 高级社会工作师). */
    @Serdeable
    public record SocialWorkers(
            @NotNull @PositiveOrZero @Max(100_000) Integer assistant,
            @NotNull @PositiveOrZero @Max(100_000) Integer intermediate,
            @NotNull @PositiveOrZero @Max(100_000) Integer senior) {}

    List<String> serviceRegionCodesOrEmpty() {
        return serviceRegionCodes == null ? List.of() : serviceRegionCodes;
    }

    List<String> targetGroupsOrEmpty() {
        return targetGroups == null ? List.of() : targetGroups;
    }

    List<String> serviceCategoriesOrEmpty() {
        return serviceCategories == null ? List.of() : serviceCategories;
    }
}

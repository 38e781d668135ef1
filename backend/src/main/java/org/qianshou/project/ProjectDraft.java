package org.qianshou.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.qianshou.system.WholeNumberDeserializer;

/**
 * A project as its organisation's staff write it: the organisation comes from the address and the
 * status from publishing and closing, never from the body. {@code version} guards against lost edits.
 */
@Serdeable
public record ProjectDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotEmpty @Size(max = 50) List<@NotBlank String> regionCodes,
        @NotEmpty @Size(max = 13) List<@NotBlank String> targetGroups,
        @NotEmpty @Size(max = 6) List<@NotBlank String> serviceCategories,
        @NotBlank String programme,
        @Nullable String fundingType,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,

        @NotNull
        @PositiveOrZero
        @Max(ProjectRequest.MAX_BUDGET_FEN)
        @Serdeable.Deserializable(using = WholeNumberDeserializer.class)
        Long budgetFen,

        @Nullable Long version) {

    ProjectRequest toRequest(long organisationId, String status) {
        return new ProjectRequest(
                organisationId,
                title,
                description,
                regionCodes,
                targetGroups,
                serviceCategories,
                programme,
                fundingType,
                status,
                startDate,
                endDate,
                budgetFen);
    }
}

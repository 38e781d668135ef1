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

/** A project as an administrator (later: agency staff) submits it. Money is in fen (1/100 yuan). */
@Serdeable
public record ProjectRequest(
        @NotNull Long organisationId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotEmpty @Size(max = 50) List<@NotBlank String> regionCodes,
        @NotEmpty @Size(max = 13) List<@NotBlank String> targetGroups,
        @NotEmpty @Size(max = 6) List<@NotBlank String> serviceCategories,
        @NotBlank String programme,
        @Nullable String fundingType,
        @NotBlank String status,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,

        @NotNull @PositiveOrZero @Max(MAX_BUDGET_FEN) @Serdeable.Deserializable(using = WholeNumberDeserializer.class)
        Long budgetFen) {

    /** 100 亿元 in fen: more than any grant, and exact in every JSON client (below 2^53). */
    public static final long MAX_BUDGET_FEN = 1_000_000_000_000L;
}

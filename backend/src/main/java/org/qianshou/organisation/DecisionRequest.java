package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's decision: {@code verify}, {@code reject}, {@code suspend} or {@code reinstate}. */
@Serdeable
public record DecisionRequest(
        @NotBlank String decision,
        @Nullable @Size(max = 2000) String reason) {}

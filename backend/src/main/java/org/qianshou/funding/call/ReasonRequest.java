package org.qianshou.funding.call;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a call is cancelled: shown on the call and told to whoever applied. */
@Serdeable
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {}

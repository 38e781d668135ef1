package org.qianshou.opening;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an opening or a shift is cancelled: the volunteers signed up are told. */
@Serdeable
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {}

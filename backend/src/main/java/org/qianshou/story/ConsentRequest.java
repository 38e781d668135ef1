package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A consent record: who (as the story refers to them, a pseudonym or a role), whether a minor, who gave it and how,
 * when, and what it covers. A minor's consent is the guardian's ({@code givenBy = guardian} with the relation).
 *
 * @param givenBy {@code self} or {@code guardian}
 * @param method {@code written}, {@code oral-recorded}, {@code electronic} or {@code thumbprint}
 * @param scopeText the story may tell about the person (default true)
 * @param scopePhotos photos may show the person (default false)
 */
@Serdeable
public record ConsentRequest(
        @NotBlank @Size(max = 100) String personLabel,
        @NotNull Boolean minor,
        @NotBlank String givenBy,
        @Nullable @Size(max = 50) String givenByRelation,
        @NotBlank String method,
        @NotNull LocalDate givenOn,
        @Nullable Boolean scopeText,
        @Nullable Boolean scopePhotos,
        @Nullable @Size(max = 500) String scopeNote) {

    boolean text() {
        return scopeText == null || scopeText;
    }

    boolean photos() {
        return Boolean.TRUE.equals(scopePhotos);
    }
}

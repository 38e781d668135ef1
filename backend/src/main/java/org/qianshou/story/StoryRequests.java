package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The small request bodies of the story routes. */
public final class StoryRequests {

    private StoryRequests() {}

    /** A submission of the given version. */
    @Serdeable
    public record Submit(@NotNull Long version) {}

    /** A reason the author is told (return, unpublish). */
    @Serdeable
    public record Reason(@NotBlank @Size(max = 2000) String reason) {}

    /**
     * The author's justification of a flag ({@code person-name} or {@code village}) on its text; an empty
     * justification removes it.
     */
    @Serdeable
    public record Justification(
            @NotBlank String kind,
            @NotBlank @Size(max = 100) String text,
            @Nullable @Size(max = 1000) String justification) {}
}

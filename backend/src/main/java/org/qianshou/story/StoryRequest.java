package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A story as its author creates or saves it. {@code bodyHtml} is cleaned on the server before it is stored; a save
 * names the {@code version} it changes.
 *
 * @param projectId one of the organisation's own projects
 * @param regionCode any region of the region tree (the place the story is about)
 * @param targetGroups target group codes (at least one to submit)
 * @param serviceCategory a service category code, or none
 * @param programme a programme code, or none
 */
@Serdeable
public record StoryRequest(
        @NotNull Long projectId,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 500) String summary,
        @Nullable @Size(max = 100_000) String bodyHtml,
        @NotBlank @Size(max = 12) String regionCode,
        @Nullable @Size(max = 13) List<@NotBlank String> targetGroups,
        @Nullable String serviceCategory,
        @Nullable String programme,
        @Nullable Long version) {

    List<String> targetGroupList() {
        return targetGroups == null ? List.of() : targetGroups;
    }

    String summaryText() {
        return summary == null ? "" : summary.strip();
    }

    static @Nullable String blankToNull(@Nullable String code) {
        return code == null || code.isBlank() ? null : code;
    }
}

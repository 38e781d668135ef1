package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An opening as its organisation's staff submit it. A new opening brings its first shifts ({@code shifts}); an edit
 * leaves them out (shifts have their own routes) and names the {@code version} it changes.
 *
 * @param regionCode a county, township or village of the region tree
 * @param screening {@code automatic} (confirmed at once) or {@code approval} (the agency approves each volunteer)
 */
@Serdeable
public record OpeningRequest(
        @NotNull Long projectId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotBlank String regionCode,
        @NotBlank @Size(max = 300) String meetingPlace,
        @NotEmpty @Size(max = 13) List<@NotBlank String> targetGroups,
        @NotBlank String category,
        @Nullable @Size(max = 30) List<@NotBlank String> skills,
        @Nullable Boolean adultsOnly,
        @NotBlank String screening,
        @NotNull OffsetDateTime signupDeadline,
        @NotBlank @Size(max = 100) String contactName,
        @NotBlank @Size(max = 40) String contactPhone,
        @Nullable @Size(max = 200) List<@Valid @NotNull ShiftRequest> shifts,
        @Nullable Long version) {

    List<String> skillCodes() {
        return skills == null ? List.of() : skills;
    }

    List<ShiftRequest> shiftList() {
        return shifts == null ? List.of() : shifts;
    }

    boolean adults() {
        return Boolean.TRUE.equals(adultsOnly);
    }
}

package org.qianshou.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.qianshou.system.security.Identifiers;

/** What a volunteer submits. {@code toString} never shows an ID number, a phone number or a name. */
public final class VolunteerRequests {

    private VolunteerRequests() {}

    /**
     * Registration of the real-name profile (contract: {@code POST /api/volunteer/profile}). {@code birthDate} is
     * read from the number for GB 11643 types and required for the others; {@code gender} likewise.
     */
    @Serdeable
    public record Registration(
            @NotBlank @Size(max = 100) String name,
            @NotBlank String idType,
            @NotBlank @Size(max = 40) String idNumber,
            @Nullable LocalDate birthDate,
            @Nullable String gender,
            @NotBlank @Size(max = 30) String mobile,
            @Nullable @Size(max = 40) List<String> skills,
            @Nullable @Size(max = 50) List<String> regionCodes,
            @Nullable @Size(max = 5) List<String> availability) {

        @Override
        public String toString() {
            return "Registration[idType=" + idType + ", idNumber=" + IdNumbers.mask(IdNumbers.normalise(idNumber))
                    + ", mobile=" + Identifiers.maskPhone(mobile) + ", skills=" + skills + ", regionCodes="
                    + regionCodes + ", availability=" + availability + "]";
        }
    }

    /** A change of what may change once registered (name and ID are fixed). */
    @Serdeable
    public record Update(
            @NotBlank @Size(max = 30) String mobile,
            @Nullable @Size(max = 40) List<String> skills,
            @Nullable @Size(max = 50) List<String> regionCodes,
            @Nullable @Size(max = 5) List<String> availability,
            @NotNull Long version) {

        @Override
        public String toString() {
            return "Update[mobile=" + Identifiers.maskPhone(mobile) + ", skills=" + skills + ", regionCodes="
                    + regionCodes + ", availability=" + availability + ", version=" + version + "]";
        }
    }

    /** A guardian's consent for a volunteer aged 14–17. */
    @Serdeable
    public record GuardianConsentRequest(
            @NotBlank @Size(max = 100) String guardianName,
            @NotBlank String relation,
            @NotBlank @Size(max = 30) String guardianPhone,
            @NotNull Boolean confirmed) {

        @Override
        public String toString() {
            return "GuardianConsentRequest[relation=" + relation + ", guardianPhone="
                    + Identifiers.maskPhone(guardianPhone) + ", confirmed=" + confirmed + "]";
        }
    }

    static List<String> orEmpty(@Nullable List<String> list) {
        return list == null ? List.of() : list;
    }
}

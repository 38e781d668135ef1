package org.qianshou.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A volunteer's own profile (contract: {@code VolunteerProfile}). The ID number only masked; the volunteer's own
 * mobile in full, the guardian's masked.
 *
 * @param consentRequired a minor (14–17) without a recorded guardian's consent
 * @param canSignUp complete and adult, or 14–17 with consent
 */
@Serdeable
public record VolunteerProfile(
        String name,
        String idType,
        String idNumberMasked,
        LocalDate birthDate,
        int age,
        @Nullable String gender,
        String mobile,
        List<String> skills,
        List<String> regionCodes,
        List<String> availability,
        boolean minor,
        boolean consentRequired,
        @Nullable Consent guardianConsent,
        boolean complete,
        boolean canSignUp,
        long version) {

    /** The newest guardian's consent. */
    @Serdeable
    public record Consent(
            String guardianName, String relation, String guardianPhoneMasked, OffsetDateTime recordedAt) {}
}

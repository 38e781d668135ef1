package org.qianshou.volunteer;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.qianshou.system.security.Identifiers;

/**
 * What other features may know of a volunteer ({@link Volunteers}). The ID number only in its masked form; the
 * mobile number in full (for the volunteer themself and for messages): show anyone else {@link #mobileMasked()}.
 *
 * @param complete name, ID and mobile present (skills, regions and availability are optional)
 * @param guardianConsentAt when the newest guardian's consent was recorded, {@code null} without one
 */
public record VolunteerFacts(
        long accountId,
        String name,
        String idType,
        String idNumberMasked,
        LocalDate birthDate,
        @Nullable String gender,
        String mobile,
        boolean complete,
        @Nullable Instant guardianConsentAt) {

    /** The youngest age at which a volunteer may register themself. */
    public static final int MINIMUM_AGE = 14;
    /** Below this age a volunteer needs a guardian's consent. */
    public static final int ADULT_AGE = 18;

    /** Age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return ageOn(birthDate, day);
    }

    /** Under 18 on {@code day}. */
    public boolean minorOn(LocalDate day) {
        return ageOn(day) < ADULT_AGE;
    }

    /** Adult on {@code day}, or 14–17 with a recorded guardian's consent (and a complete profile). */
    public boolean mayServeOn(LocalDate day) {
        int age = ageOn(day);
        return complete && (age >= ADULT_AGE || age >= MINIMUM_AGE && guardianConsentAt != null);
    }

    /** The mobile number as anyone but the volunteer sees it ({@code 139****4321}). */
    public String mobileMasked() {
        return Identifiers.maskPhone(mobile);
    }

    static int ageOn(LocalDate birthDate, LocalDate day) {
        return day.isBefore(birthDate) ? 0 : Period.between(birthDate, day).getYears();
    }

    @Override
    public String toString() {
        return "VolunteerFacts[" + accountId + ", " + idType + " " + idNumberMasked + "]";
    }
}

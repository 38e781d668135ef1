package org.qianshou.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VolunteerFactsTest {

    private static final LocalDate BIRTH = LocalDate.of(2010, 3, 15);

    private static VolunteerFacts facts(boolean complete, Instant consent) {
        return new VolunteerFacts(
                1, "杨小燕", "resident-id", "530627********1234", BIRTH, "female", "13912344321", complete, consent);
    }

    @Test
    void theAgeGrowsOnTheBirthday() {
        VolunteerFacts f = facts(true, null);
        assertThat(f.ageOn(LocalDate.of(2024, 3, 14))).isEqualTo(13);
        assertThat(f.ageOn(LocalDate.of(2024, 3, 15))).isEqualTo(14);
        assertThat(f.ageOn(LocalDate.of(2028, 3, 14))).isEqualTo(17);
        assertThat(f.minorOn(LocalDate.of(2028, 3, 14))).isTrue();
        assertThat(f.minorOn(LocalDate.of(2028, 3, 15))).isFalse();
        assertThat(f.ageOn(LocalDate.of(2009, 1, 1))).isZero();
        // Born on 29 February: a year older on 1 March of a common year.
        assertThat(VolunteerFacts.ageOn(LocalDate.of(2008, 2, 29), LocalDate.of(2022, 2, 28)))
                .isEqualTo(13);
        assertThat(VolunteerFacts.ageOn(LocalDate.of(2008, 2, 29), LocalDate.of(2022, 3, 1)))
                .isEqualTo(14);
    }

    @Test
    void aMinorMayServeOnlyWithConsentAndNeverUnderFourteen() {
        LocalDate sixteen = LocalDate.of(2026, 6, 1);
        assertThat(facts(true, null).mayServeOn(sixteen)).isFalse();
        assertThat(facts(true, Instant.parse("2026-05-01T00:00:00Z")).mayServeOn(sixteen))
                .isTrue();
        assertThat(facts(true, Instant.parse("2026-05-01T00:00:00Z")).mayServeOn(LocalDate.of(2024, 3, 14)))
                .as("13 on that day")
                .isFalse();
        assertThat(facts(true, null).mayServeOn(LocalDate.of(2028, 3, 15)))
                .as("adult")
                .isTrue();
        assertThat(facts(false, null).mayServeOn(LocalDate.of(2030, 1, 1)))
                .as("incomplete")
                .isFalse();
    }

    @Test
    void othersSeeTheMobileMaskedAndToStringHoldsNoPersonalData() {
        VolunteerFacts f = facts(true, null);
        assertThat(f.mobileMasked()).isEqualTo("139****4321");
        assertThat(f.toString()).doesNotContain("13912344321").doesNotContain("杨小燕");
    }
}

package org.qianshou.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qianshou.testing.IdNumbersForTests;
import org.qianshou.volunteer.IdNumbers.Problem;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theCheckCharacterIsTheOneOfGb11643() {
        // The worked examples printed in GB 11643-1999 itself (not numbers of real people).
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
        // Every check character occurs: the sum mod 11 indexes 1 0 X 9 8 7 6 5 4 3 2.
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int seq = 100; seq < 400; seq++) {
            seen.add(IdNumbers.checkCharacter("53062720100101" + seq));
        }
        assertThat(seen).containsExactlyInAnyOrder('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }

    @Test
    void aGeneratedNumberIsValidAndTellsBirthDateAndGender() {
        LocalDate birth = LocalDate.of(2001, 2, 28);
        String male = IdNumbersForTests.residentId(birth, true);
        String female = IdNumbersForTests.residentId(birth, false);
        IdNumbers.Result m = IdNumbers.check(IdNumbers.RESIDENT_ID, male, TODAY);
        IdNumbers.Result f = IdNumbers.check(IdNumbers.RESIDENT_ID, female, TODAY);
        assertThat(m.problem()).isNull();
        assertThat(m.checked().birthDate()).isEqualTo(birth);
        assertThat(m.checked().gender()).isEqualTo("male");
        assertThat(f.checked().gender()).isEqualTo("female");
        assertThat(male).isNotEqualTo(female).startsWith("53");
    }

    @Test
    void lowerCaseXSpacesAndDashesAreNormalised() {
        String number = IdNumbersForTests.residentId(LocalDate.of(1990, 5, 17));
        for (int i = 0; number.charAt(17) != 'X'; i++) {
            number = IdNumbersForTests.residentId(LocalDate.of(1990, 5, 17));
            assertThat(i).as("a generated number with check character X").isLessThan(200);
        }
        String typed = " " + number.substring(0, 6) + " " + number.substring(6, 14) + "-" + number.substring(14, 17)
                + "x\u3000";
        IdNumbers.Result result = IdNumbers.check(IdNumbers.RESIDENT_ID, typed, TODAY);
        assertThat(result.problem()).isNull();
        assertThat(result.checked().number()).isEqualTo(number);
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        String number = IdNumbersForTests.residentId(LocalDate.of(1985, 10, 1));
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, IdNumbersForTests.withWrongCheckCharacter(number), TODAY)
                        .problem())
                .isEqualTo(Problem.CHECK_CHARACTER);
    }

    @Test
    void theFormatIsEighteenCharacters() {
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, "53062719900101123", TODAY)
                        .problem())
                .isEqualTo(Problem.FORMAT);
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, "5306271990010112345", TODAY)
                        .problem())
                .isEqualTo(Problem.FORMAT);
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, "53062719900101A234", TODAY)
                        .problem())
                .isEqualTo(Problem.FORMAT);
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, null, TODAY).problem())
                .isEqualTo(Problem.FORMAT);
    }

    @Test
    void theBirthDateMustExistAndNotLieInTheFuture() {
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, withCheck("53062720010230901"), TODAY)
                        .problem())
                .as("30 February")
                .isEqualTo(Problem.BIRTH_DATE);
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, withCheck("53062720261201901"), TODAY)
                        .problem())
                .as("tomorrow")
                .isEqualTo(Problem.BIRTH_DATE);
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, withCheck("53062718991231901"), TODAY)
                        .problem())
                .as("before 1900")
                .isEqualTo(Problem.BIRTH_DATE);
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, withCheck("53062720261130901"), TODAY)
                        .problem())
                .as("born today")
                .isNull();
        assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, withCheck("53062720000229902"), TODAY)
                        .problem())
                .as("29 February of a leap year")
                .isNull();
    }

    @Test
    void aResidentIdStartsWithAMainlandProvince() {
        for (String province :
                new String[] {"11", "15", "21", "23", "31", "37", "41", "46", "50", "53", "54", "61", "65"}) {
            assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, withCheck(province + "010219900101901"), TODAY)
                            .problem())
                    .as(province)
                    .isNull();
        }
        for (String other : new String[] {
            "00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "71", "81", "82", "83", "99"
        }) {
            assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, withCheck(other + "010219900101901"), TODAY)
                            .problem())
                    .as(other)
                    .isEqualTo(Problem.AREA);
        }
    }

    @Test
    void aResidencePermitOfHongKongMacaoOrTaiwanIsAGb11643NumberOfItsOwnAreas() {
        LocalDate birth = LocalDate.of(1995, 7, 1);
        for (String area : new String[] {"810000", "820000", "830000"}) {
            String number = IdNumbersForTests.residencePermit(area, birth, false);
            IdNumbers.Result result = IdNumbers.check(IdNumbers.HMT_RESIDENCE_PERMIT, number, TODAY);
            assertThat(result.problem()).as(area).isNull();
            assertThat(result.checked().birthDate()).isEqualTo(birth);
            assertThat(result.checked().gender()).isEqualTo("female");
            assertThat(IdNumbers.check(IdNumbers.RESIDENT_ID, number, TODAY).problem())
                    .as("not a resident ID")
                    .isEqualTo(Problem.AREA);
            assertThat(IdNumbers.check(
                                    IdNumbers.HMT_RESIDENCE_PERMIT,
                                    IdNumbersForTests.withWrongCheckCharacter(number),
                                    TODAY)
                            .problem())
                    .isEqualTo(Problem.CHECK_CHARACTER);
        }
        assertThat(IdNumbers.check(IdNumbers.HMT_RESIDENCE_PERMIT, IdNumbersForTests.residentId(birth), TODAY)
                        .problem())
                .as("a mainland area is not a residence permit")
                .isEqualTo(Problem.AREA);
        assertThat(IdNumbers.check(IdNumbers.HMT_RESIDENCE_PERMIT, withCheck("81000119950701902"), TODAY)
                        .problem())
                .isEqualTo(Problem.AREA);
    }

    @Test
    void passportsAndPermanentResidenceCardsAreCheckedForLengthAndCharactersOnly() {
        IdNumbers.Result passport = IdNumbers.check(IdNumbers.PASSPORT, "e 1234 5678", TODAY);
        assertThat(passport.problem()).isNull();
        assertThat(passport.checked().number()).isEqualTo("E12345678");
        assertThat(passport.checked().birthDate()).isNull();
        assertThat(passport.checked().gender()).isNull();
        assertThat(IdNumbers.check(IdNumbers.PASSPORT, "E12", TODAY).problem()).isEqualTo(Problem.CHARSET);
        assertThat(IdNumbers.check(IdNumbers.PASSPORT, "E1234567/8", TODAY).problem())
                .isEqualTo(Problem.CHARSET);
        assertThat(IdNumbers.check(IdNumbers.PASSPORT, "护照12345678", TODAY).problem())
                .isEqualTo(Problem.CHARSET);
        assertThat(IdNumbers.check(IdNumbers.FOREIGN_PERMANENT_RESIDENCE, "USA123456789012", TODAY)
                        .problem())
                .isNull();
        assertThat(IdNumbers.check(IdNumbers.FOREIGN_PERMANENT_RESIDENCE, "USA1234567", TODAY)
                        .problem())
                .isEqualTo(Problem.CHARSET);
    }

    @Test
    void masksShowTheFirstSixAndLastFourOnlyAtEighteenCharacters() {
        assertThat(IdNumbers.mask("530627199001011234")).isEqualTo("530627********1234");
        assertThat(IdNumbers.mask("ABC123456789012345")).isEqualTo("ABC123********2345");
        assertThat(IdNumbers.mask("USA123456789012")).isEqualTo("USA**********12");
        assertThat(IdNumbers.mask("USA1234567890123")).isEqualTo("USA***********23");
        assertThat(IdNumbers.mask("USA12345678901234")).isEqualTo("USA************34");
        assertThat(IdNumbers.mask("E12345678")).isEqualTo("E1******8");
        assertThat(IdNumbers.mask("E12345")).isEqualTo("E****5");
        assertThat(IdNumbers.mask("E1234")).isEqualTo("*****");
        assertThat(IdNumbers.mask("P1234567890123456789")).isEqualTo("P12**************789");
    }

    @Test
    void noMaskShowsMoreThanAThirdExceptTheEighteenCharacterForm() {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";
        for (int n = 1; n <= digits.length(); n++) {
            String masked = IdNumbers.mask(digits.substring(0, n));
            assertThat(masked).as("length %d", n).hasSize(n);
            long visible = masked.chars().filter(c -> c != '*').count();
            if (n == 18) {
                assertThat(visible).isEqualTo(10);
            } else {
                assertThat(visible * 3).as("%s shows at most a third", masked).isLessThanOrEqualTo(n);
            }
            assertThat(masked).as("length %d hides something", n).contains("*");
        }
    }

    @Test
    void theCheckedFormShowsOnlyTheMask() {
        IdNumbers.Checked checked = IdNumbers.check(
                        IdNumbers.RESIDENT_ID, IdNumbersForTests.residentId(LocalDate.of(1990, 1, 1)), TODAY)
                .checked();
        assertThat(checked.toString()).doesNotContain(checked.number()).contains(checked.masked());
    }

    private static String withCheck(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }
}

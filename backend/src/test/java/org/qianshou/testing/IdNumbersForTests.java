package org.qianshou.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.qianshou.volunteer.IdNumbers;

/**
 * Generated GB 11643 ID numbers for tests: valid check character, a real birth date, a county of Yunnan as area
 * code, and a sequence counted up from 900 (never a real person's number on purpose: tests must not use one). Each
 * call in a JVM gives a different number (600 different numbers per birth date: 50 per area, over twelve areas).
 */
public final class IdNumbersForTests {

    /** Counties of 昭通市 and 怒江州 (GB/T 2260). */
    private static final List<String> AREAS = List.of(
            "530627", "530621", "530602", "530622", "530623", "530624", "530625", "530626", "530628", "530629",
            "533321", "533323");

    private static final AtomicInteger NEXT = new AtomicInteger();

    private IdNumbersForTests() {}

    /** Today in Asia/Shanghai, the day the application computes ages on. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A resident ID number of someone born on {@code birthDate}, of either gender. */
    public static String residentId(LocalDate birthDate) {
        return residentId(birthDate, NEXT.get() % 2 == 0);
    }

    /** A resident ID number of someone born on {@code birthDate}: odd sequence for male, even for female. */
    public static String residentId(LocalDate birthDate, boolean male) {
        return number(null, birthDate, male);
    }

    /** A resident ID number of someone who turned {@code years} old {@code daysAfterBirthday} days ago. */
    public static String residentIdAged(int years, int daysAfterBirthday) {
        return residentId(today().minusYears(years).minusDays(daysAfterBirthday));
    }

    /** A residence permit number for a resident of Hong Kong (810000), Macao (820000) or Taiwan (830000). */
    public static String residencePermit(String area, LocalDate birthDate, boolean male) {
        return number(area, birthDate, male);
    }

    /** The same number with a different (wrong) check character. */
    public static String withWrongCheckCharacter(String number) {
        char right = number.charAt(17);
        char wrong = right == '0' ? '1' : right == 'X' ? '0' : (char) (right == '9' ? 'X' : right + 1);
        return number.substring(0, 17) + wrong;
    }

    private static String number(String fixedArea, LocalDate birthDate, boolean male) {
        int n = NEXT.getAndIncrement();
        String area = fixedArea != null ? fixedArea : AREAS.get((n / 50) % AREAS.size());
        // 900..999: odd for male, even for female.
        int sequence = 900 + (n % 50) * 2 + (male ? 1 : 0);
        String first17 = area
                + String.format(
                        "%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth())
                + sequence;
        return first17 + IdNumbers.checkCharacter(first17);
    }
}

package org.qianshou.volunteer;

import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identity document numbers of volunteers: how they are normalised, checked and masked.
 *
 * <p>Two types are numbers of GB 11643 (公民身份号码): 18 characters = a 6-digit area code, the birth date
 * {@code YYYYMMDD}, a 3-digit sequence (odd: male, even: female) and a check character over the first 17 (weights
 * 2^(18-i) mod 11, the sum mod 11 indexes {@code 1 0 X 9 8 7 6 5 4 3 2}).
 *
 * <ul>
 *   <li>{@code resident-id} (居民身份证): the area code's first two digits are a province-level division of the
 *       mainland (GB/T 2260: 11–15, 21–23, 31–37, 41–46, 50–54, 61–65). 71 (台湾省), 81 (香港) and 82 (澳门) are
 *       GB/T 2260 codes too, but no mainland resident identity card carries them: residents of Hong Kong, Macao and
 *       Taiwan hold the residence permit below.
 *   <li>{@code hmt-residence-permit} (港澳台居民居住证, issued since 2018): a GB 11643 number whose area code is
 *       exactly 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), with birth date, sequence and check character
 *       as on a resident identity card; checked the same way.
 *   <li>{@code passport} and {@code foreign-permanent-residence} (外国人永久居留身份证): stored as entered, only
 *       their length and characters checked; the birth date is entered separately.
 * </ul>
 *
 * <p>Nothing here ever puts a number into an exception message: callers report a field and a message key.
 */
public final class IdNumbers {

    public static final String RESIDENT_ID = "resident-id";
    public static final String HMT_RESIDENCE_PERMIT = "hmt-residence-permit";
    public static final String PASSPORT = "passport";
    public static final String FOREIGN_PERMANENT_RESIDENCE = "foreign-permanent-residence";

    /** The ID types, in the order the forms list them. */
    public static final List<String> TYPES =
            List.of(RESIDENT_ID, HMT_RESIDENCE_PERMIT, PASSPORT, FOREIGN_PERMANENT_RESIDENCE);

    /** Province-level divisions of the mainland (GB/T 2260), the first two digits of a resident ID's area code. */
    static final Set<Integer> MAINLAND_PROVINCES = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
            62, 63, 64, 65);

    /** The area codes of the residence permits for residents of Hong Kong, Macao and Taiwan. */
    static final Set<String> HMT_AREAS = Set.of("810000", "820000", "830000");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Pattern GB11643 = Pattern.compile("^[0-9]{17}[0-9X]$");
    private static final Pattern PASSPORT_FORMAT = Pattern.compile("^[A-Z0-9]{5,20}$");
    private static final Pattern PERMANENT_RESIDENCE_FORMAT = Pattern.compile("^[A-Z0-9]{15,18}$");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private IdNumbers() {}

    /** Why a number was refused: the message key of {@code idNumber}'s error. */
    public enum Problem {
        /** Not 18 characters of 17 digits and a digit or X. */
        FORMAT("field.id-number.format"),
        /** The check character does not match. */
        CHECK_CHARACTER("field.id-number.check-character"),
        /** No such date, before 1900, or in the future. */
        BIRTH_DATE("field.id-number.birth-date"),
        /** The area code is not a province of the mainland (or not 810000/820000/830000 for a residence permit). */
        AREA("field.id-number.area"),
        /** A passport or permanent residence number of the wrong length or with other characters. */
        CHARSET("field.id-number.charset");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * What a checked number says: its normalised form, and for GB 11643 numbers the birth date and gender read from
     * it ({@code null} for the other types). {@code toString} shows the masked form only.
     */
    public record Checked(
            String type,
            String number,
            @Nullable LocalDate birthDate,
            @Nullable String gender) {
        public String masked() {
            return mask(number);
        }

        @Override
        public String toString() {
            return "Checked[" + type + " " + masked() + "]";
        }
    }

    /** The outcome of a check: either a number or a problem. */
    public record Result(
            @Nullable Checked checked, @Nullable Problem problem) {
        public boolean valid() {
            return checked != null;
        }
    }

    /** Whether the type's numbers are GB 11643 numbers (birth date and gender are read from them). */
    public static boolean isGb11643(String type) {
        return RESIDENT_ID.equals(type) || HMT_RESIDENCE_PERMIT.equals(type);
    }

    /** The number without spaces (ASCII and ideographic) or dashes, in upper case (a lower-case x becomes X). */
    public static String normalise(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-')
                .forEach(b::appendCodePoint);
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Checks a number of a known type as of {@code today} (in Asia/Shanghai). Unknown types are the caller's
     * concern (they are refused on {@code idType}).
     */
    public static Result check(String type, @Nullable String raw, LocalDate today) {
        String number = normalise(raw);
        if (!isGb11643(type)) {
            Pattern format = PASSPORT.equals(type) ? PASSPORT_FORMAT : PERMANENT_RESIDENCE_FORMAT;
            return format.matcher(number).matches()
                    ? new Result(new Checked(type, number, null, null), null)
                    : new Result(null, Problem.CHARSET);
        }
        if (!GB11643.matcher(number).matches()) {
            return new Result(null, Problem.FORMAT);
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return new Result(null, Problem.CHECK_CHARACTER);
        }
        String area = number.substring(0, 6);
        boolean areaValid = RESIDENT_ID.equals(type)
                ? MAINLAND_PROVINCES.contains(Integer.parseInt(area.substring(0, 2)))
                : HMT_AREAS.contains(area);
        if (!areaValid) {
            return new Result(null, Problem.AREA);
        }
        LocalDate birth = birthDate(number);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return new Result(null, Problem.BIRTH_DATE);
        }
        int sequence = Integer.parseInt(number.substring(14, 17));
        return new Result(new Checked(type, number, birth, sequence % 2 == 1 ? "male" : "female"), null);
    }

    /** The check character of the first 17 digits of a GB 11643 number. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * The masked form every screen shows: an 18-character number (GB 11643, and the longest other numbers) keeps its
     * first 6 and last 4 characters ({@code 530627********1234}); any other keeps at most a third of its characters,
     * rounded down, the extra one at the front ({@code USA**********12}, {@code E1******8}); fewer than 6 show none.
     */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        int n = number.length();
        int head;
        int tail;
        if (n == 18) {
            head = 6;
            tail = 4;
        } else if (n >= 6) {
            int visible = n / 3;
            tail = visible / 2;
            head = visible - tail;
        } else {
            head = 0;
            tail = 0;
        }
        return number.substring(0, head) + "*".repeat(n - head - tail) + number.substring(n - tail);
    }

    private static @Nullable LocalDate birthDate(String number) {
        try {
            return LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

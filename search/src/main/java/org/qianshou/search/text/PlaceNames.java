package org.qianshou.search.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pinyin by which people type a place: its whole name and its name without the administrative word at its end
 * (昭通市 → {@code zhaotongshi}, {@code zhaotong}; 楚雄彝族自治州 → {@code chuxiongyizuzizhizhou}, {@code chuxiongzhou},
 * {@code chuxiong}; 横山村村民委员会 → … {@code hengshancun}, {@code hengshan}), each joined, without spaces. A
 * keyword matches a place only as one of these whole names ({@code zhaotong}), never by a syllable of it: the
 * administrative words (县 xian, 市 shi, 镇 zhen, 村 cun…) end nearly every name, so a keyword {@code xian} would find
 * everything. A name that is left with one character is not kept (南村 gives {@code nancun} only). The province is
 * not a place to search by: the platform covers Yunnan only, so 云南省 is on every document. The same whole names
 * also as their initials ({@link #initials}: 昭通市 → {@code zts}), when they have three letters or more.
 */
public final class PlaceNames {

    /** Yunnan's peoples with an autonomous prefecture, county or township named after them. */
    private static final String PEOPLES = "(?:彝|哈尼|白|傣|壮|苗|回|傈僳|拉祜|佤|纳西|瑶|藏|景颇|布朗|布依|普米|怒|阿昌|德昂|基诺|蒙古|水|满|独龙)族";

    /**
     * The administrative word at the end of a name, longest first; group 1 is the name before it, group 2 what an
     * autonomous prefecture or county is also called for short (楚雄彝族自治州 → 楚雄州).
     */
    private static final Pattern SUFFIX = Pattern.compile("^(.+?)(?:(?:" + PEOPLES + ")+自治([州县])|(?:" + PEOPLES
            + ")+乡|民族乡|社区居民委员会|社区居委会|村民委员会|居民委员会|村委会|居委会|街道办事处|街道|社区|农场|县|区|市|州|镇|乡|村)$");

    private PlaceNames() {}

    /**
     * The whole names of a region as a keyword may spell them: the name's pinyin joined, then the same for each
     * shorter name left when an administrative word is taken off its end; none for a province (a name ending in 省).
     */
    public static List<String> pinyin(String regionName) {
        List<String> out = new ArrayList<>();
        for (List<String> syllables : wholeNames(regionName)) {
            String joined = String.join("", syllables);
            if (!out.contains(joined)) {
                out.add(joined);
            }
        }
        return List.copyOf(out);
    }

    /** Whole-name initials have at least this many letters: two letters name dozens of places (zt, km, cx). */
    public static final int MIN_INITIALS = 3;

    /**
     * The initials of the whole names {@link #pinyin} gives, one letter a syllable, joined, when they have at least
     * {@value #MIN_INITIALS} letters (昭通市 → {@code zts}, not {@code zt}; 楚雄彝族自治州 → {@code cxyzzzz}, {@code
     * cxz}; 镇雄县 → {@code zxx}); only for a prefecture or a county (a name ending in 市, 州, 县 or 区, not 社区): of
     * Yunnan's 16,500 regions, the townships' and villages' initials would name thousands of places over again (dls is
     * 大理市, and also 大栗树乡 and fifteen village committees). None for a province.
     */
    public static List<String> initials(String regionName) {
        if (!isPrefectureOrCounty(regionName)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (List<String> syllables : wholeNames(regionName)) {
            String joined = String.join("", ChineseText.initials(syllables));
            if (joined.length() >= MIN_INITIALS && !out.contains(joined)) {
                out.add(joined);
            }
        }
        return List.copyOf(out);
    }

    /** Whether the name is a prefecture's or a county's: it ends in 市, 州, 县 or 区, and not in 社区. */
    static boolean isPrefectureOrCounty(String regionName) {
        if (regionName == null) {
            return false;
        }
        String name = ChineseText.fold(regionName).strip();
        return !name.endsWith("社区")
                && (name.endsWith("市") || name.endsWith("州") || name.endsWith("县") || name.endsWith("区"));
    }

    /** The syllables of each whole name of the region (see {@link #pinyin}), each at least two. */
    private static List<List<String>> wholeNames(String regionName) {
        if (regionName == null || regionName.isBlank()) {
            return List.of();
        }
        return WHOLE_NAMES.apply(regionName);
    }

    /** Every document names its regions and their ancestors: the same few thousand names over and over. */
    private static final Memo<List<List<String>>> WHOLE_NAMES = new Memo<>(50_000, 64, PlaceNames::wholeNamesNow);

    private static List<List<String>> wholeNamesNow(String regionName) {
        String name = ChineseText.fold(regionName).strip();
        if (name.endsWith("省")) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        String current = name;
        for (int i = 0; i < 3; i++) {
            Matcher m = SUFFIX.matcher(current);
            if (!m.matches()) {
                break;
            }
            current = m.group(1);
            if (current.codePointCount(0, current.length()) < 2) {
                break;
            }
            if (m.group(2) != null) {
                names.add(current + m.group(2));
            }
            names.add(current);
        }
        List<List<String>> out = new ArrayList<>();
        for (String n : names) {
            List<String> syllables = ChineseText.syllables(n);
            if (syllables.size() >= 2) {
                out.add(syllables);
            }
        }
        return List.copyOf(out);
    }
}

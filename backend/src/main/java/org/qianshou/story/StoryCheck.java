package org.qianshou.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qianshou.search.text.ChineseText;
import org.qianshou.volunteer.IdNumbers;

/**
 * The stories' protection check: finds what could expose a person in a story's text. Pure Java, no framework: the
 * region names come from the caller, the word lists from {@code story/*.txt} on the class path.
 *
 * <ul>
 *   <li>{@code id-number}: an 18-character GB 11643 number whose check character is right (a run of 17 digits and a
 *       digit or X, not inside a longer run), or a 15-digit number of the old format with a real birth date; blocking,
 *       cannot be justified;
 *   <li>{@code mobile}: {@code 1[3-9]} and 9 more digits, not inside a longer digit run (also written 3-4-4 with spaces
 *       or hyphens, or after 86 / +86); blocking, cannot be justified;
 *   <li>{@code person-name}: a common surname (single or compound) followed by one or two characters common in given
 *       names, or by any one or two Han characters (not function words, not a title such as 老师) when the context
 *       marks a person: a word after it (今年, 岁, 说, 的妈妈, 同学 …), a naming word before it (叫, 名叫 …), or a word
 *       for a person before it (孩子, 学生, 小朋友 …) with the name ending where a phrase ends; never where a stop
 *       word or a place name covers the surname (高兴, 周末, 王者, 石林…), but a place name or stop word lying inside the
 *       given name does not hide it (王桂花, 李彩云); numerals alone are never a given name (低于十四岁). The names of
 *       Yunnan's peoples without a surname of the list (Dai 玉香, 岩罕, Naxi 和丽华, Bai 字秀英) are read from their
 *       prefix in a person's context only; blocking until justified;
 *   <li>{@code village}: only when the story is about a protected group: the name of a township or village (also
 *       卯家湾社区 for a residents' committee of three characters or more), or two or three characters followed by 村, 组,
 *       社, or by 寨, 箐, 坝 for the natural villages below the village committees (曼听寨, 老鹰箐), a surname, 家 and
 *       营, 湾, 庄, 沟, 坪, 塘 … (李家营, 张家湾, 王家庄), not an ordinary word
 *       (农村, 小组, 社会, 村寨, 坝子, 美术组, 分成四组); blocking until justified.
 * </ul>
 *
 * Names and villages are read in a folded copy of the text (traditional characters as simplified ones: 陳小紅), and
 * through spaces, middle dots and invisible characters between two Han characters (王 小红, 王\u200B小红); their flags
 * still point at the author's text and carry the author's characters.
 *
 * Offsets are UTF-16 indices into the checked text ({@link String#substring} works with them). The text of an
 * ID-number or mobile flag is masked: the number itself never leaves this class.
 */
public final class StoryCheck {

    public static final String ID_NUMBER = "id-number";
    public static final String MOBILE = "mobile";
    public static final String PERSON_NAME = "person-name";
    public static final String VILLAGE = "village";

    /** The kinds an author may justify (a number can only be removed). */
    public static final Set<String> JUSTIFIABLE = Set.of(PERSON_NAME, VILLAGE);

    /**
     * One finding.
     *
     * @param field {@code body} (offsets into {@code bodyText}), {@code title} or {@code summary}
     * @param text the matched text, masked for numbers
     * @param justification the author's justification, or {@code null}
     * @param blocking whether it stops submission: numbers always, names and villages until justified
     */
    public record Flag(
            String field, String kind, int start, int end, String text, String justification, boolean blocking) {}

    /** The author's justifications: kind → matched text → justification. */
    public interface Justifications {
        /** The justification of the flag of {@code kind} on {@code text}, or {@code null}. */
        String of(String kind, String text);

        Justifications NONE = (kind, text) -> null;
    }

    /**
     * What ends a village's or group's name: 村, 组 (村民小组), 社 (合作社), and the natural villages of Yunnan below the
     * village committees, which are in no region table: 寨 (曼听寨: most Dai, Hani and Yi hamlets), 箐 (老鹰箐), 坝 (大沙坝).
     */
    private static final Pattern VILLAGE_SUFFIX = Pattern.compile("[村组社寨箐坝]");
    /** What ends a family's hamlet after surname + 家 (李家营, 张家湾, 王家庄, 赵家沟, 杨家坪, 马家塘 …). */
    private static final String FAMILY_PLACE = "营湾庄沟坡坪塘冲屯铺寨坝村箐哨";
    /** Before 组 these count groups (分成四组, 三组), they do not name one. */
    private static final String GROUP_NUMERALS = "一二三四五六七八九十两0123456789";
    /**
     * A stop word that starts at 村 (村民, 村委会, 村里, 村小) follows a village's name instead of replacing it: it does not
     * make that 村 ordinary. (组 and 社 start ordinary words: 组织, 社会.)
     */
    private static final String VILLAGE_SUFFIXES = "村";
    /** Characters that end the 2–3 characters read before 村/组/社: they belong to the sentence, not the name. */
    private static final String FUNCTION_CHARACTERS = "在的到从去来了是和与及住回往至于个这那该们助访向对给为将把被让跟同也都就还又每各本全某多少些有很进出座";

    /**
     * What ends the name of a natural village (自然村) of Yunnan, which no region table lists: 坪子 (大坪子), 塘 (马鹿塘), 哨
     * (小哨), 营, 屯, 铺, 堡, 冲, 凹, 坡, 沟, 湾, 箐, 寨, 坝, 坪, 庄. Such a bare name is read only in a place's context
     * ({@link #PLACE_BEFORE}, {@link #PLACE_AFTER}), longest first.
     */
    private static final List<String> HAMLET_ENDINGS =
            List.of("坪子", "塘", "哨", "营", "屯", "铺", "堡", "冲", "凹", "坡", "沟", "湾", "箐", "寨", "坝", "坪", "庄");
    /** Words after which a place's name follows: 家住大坪子, 住在马鹿塘, 来自小哨. */
    private static final List<String> PLACE_BEFORE = List.of(
            "家住", "住在", "家在", "来自", "老家在", "老家是", "生活在", "出生在", "长在", "搬到", "搬回", "回到", "位于", "住进", "村叫", "寨叫", "去了",
            "到了", "家乡是", "家乡在");
    /** What before a bare name marks it as a place when a place's word, punctuation or a verb of living follows it. */
    private static final String AT_A_PLACE = "在到从是回";
    /**
     * Words that follow a place's name after 在, 到, 从, 是 or 回 (in {@link #AT_A_PLACE}): 在马鹿塘旁, 在大坪子附近,
     * 在红泥闸小学读书, 她是大坪子人, 在小哨上学, 在大坪子长大; punctuation does too (在大坪子，…).
     */
    private static final List<String> PLACE_AFTER = List.of(
            "旁", "边", "附近", "一带", "脚下", "对面", "小学", "村小", "完小", "教学点", "幼儿园", "中心校", "中学", "人", "长大", "生活", "上学", "读书",
            "住", "出生", "放牛", "放羊", "走到", "到学校", "到县城", "到镇上", "这个地方");
    /** Pronouns and words of time after which a place's name may stand before 的 and people (我们小哨的孩子们). */
    private static final List<String> BEFORE_PEOPLES_PLACE =
            List.of("我们", "咱们", "他们", "她们", "全", "今年", "去年", "那时", "现在", "如今", "以前", "当年");
    /**
     * What, right after 去, starts no place's name: a verb of the work people go to do (去挖沟, 去修坝, 去放哨), or the
     * rest of a word (去年, 去世, 去掉).
     */
    private static final String NOT_A_PLACE_AFTER_GO = "年世掉除向处挖修放挑砍割种喂扫打捡拾推守洗看找买卖送接玩耍读做赶吃喝拿摘采背抬搬填堵清掏钓";
    /** Words for people after a name and 的 at the start of a phrase: 大坪子的孩子们, 小哨的老人, 马鹿塘的村民. */
    private static final List<String> PEOPLE = List.of(
            "孩子", "娃", "小孩", "儿童", "留守儿童", "小朋友", "学生", "同学", "少年", "青少年", "老人", "村民", "乡亲", "老乡", "妇女", "人", "家长",
            "大人", "父母", "爷爷", "奶奶", "群众", "农户", "家庭", "年轻人", "姑娘", "小伙子", "男孩", "女孩");
    /** Where a bare name read after a place's context ends: a locative (住在山坡上, 住在箐沟里). */
    private static final String LOCATIVES = "里上下边旁中外内头前后";
    /** Numbers of a village's groups after 的: 马鹿塘的三组, 大坪子的第二组. */
    private static final Pattern GROUP_AFTER = Pattern.compile("的(第?[一二三四五六七八九十0-9]{1,3}(组|社|队)|村民小组)");
    /**
     * An ordinary word that starts with the last character of a township's name (联合乡 + 乡镇: 联合乡镇中心学校): the
     * name is not read there.
     */
    private static final List<String> WORDS_AFTER_NAME = List.of("乡镇", "乡村", "镇村", "镇乡");

    private static final Pattern ETHNIC_AUTONOMY =
            Pattern.compile("((彝|哈尼|傈僳|纳西|傣|景颇|白|壮|苗|回|拉祜|佤|布朗|普米|独龙|怒|蒙古|藏|瑶|阿昌|德昂|基诺|布依|水|满|傈|土家)族)+自治(县|州)$");
    private static final Pattern PLACE_SUFFIX =
            Pattern.compile("(特别行政区|自治州|自治县|街道办事处|街道|开发区|新区|管委会|地区|市|县|区|镇|乡|盟|旗)$");

    private final Dictionary surnames;
    private final Set<Character> givenNameCharacters;
    /** Where a person is marked: the words after a name, naming words and person words before it, titles, function characters. */
    private final PersonContext context;
    /** Stop words and place names: where they stand, no name starts. */
    private final Dictionary notNames;

    private final Dictionary villageNames;
    private final Dictionary villageStopWords;
    /** The names of townships without their suffix (龙头山 for 龙头山镇): flagged wherever they stand. */
    private final Dictionary placeStems;
    /**
     * The names of villages without their suffix (红泥闸 for 红泥闸村委会): flagged in a place's context only, like a
     * natural village's bare name (家住红泥闸): thousands of them, and many are ordinary words too (小菜园, 李子树).
     */
    private final Dictionary contextStems;
    /** Ordinary words a bare place name or stem could be mistaken for (山坡, 池塘, 夏令营 …). */
    private final Dictionary hamletStopWords;
    /**
     * The names of the regions above the townships, with their stems (腾冲市, 腾冲; 华坪县, 华坪): a story may name its
     * county, so they are never a natural village's bare name, though some end like one.
     */
    private final Dictionary largerPlaces;

    private StoryCheck(
            Collection<String> surnames,
            Set<Character> givenNameCharacters,
            Collection<String> notNames,
            Collection<String> villageNames,
            Collection<String> villageStopWords,
            Collection<String> placeStems,
            Collection<String> contextStems,
            Collection<String> hamletStopWords,
            Collection<String> largerPlaces,
            PersonContext context) {
        this.surnames = new Dictionary(surnames);
        this.givenNameCharacters = Set.copyOf(givenNameCharacters);
        this.context = context;
        this.notNames = new Dictionary(notNames);
        this.villageNames = new Dictionary(villageNames);
        this.villageStopWords = new Dictionary(villageStopWords);
        this.placeStems = new Dictionary(placeStems);
        this.contextStems = new Dictionary(contextStems);
        Set<String> hamlet = new LinkedHashSet<>(hamletStopWords);
        hamlet.addAll(villageStopWords);
        this.hamletStopWords = new Dictionary(hamlet);
        this.largerPlaces = new Dictionary(largerPlaces);
    }

    /**
     * A check with the word lists of the class path.
     *
     * @param placeNames names of every region (province to village): never read as person names, with their stems
     *     (石林彝族自治县 → 石林, 华山街道 → 华山)
     * @param villageNames names of townships and villages: flagged in stories about protected groups
     */
    public static StoryCheck load(Collection<String> placeNames, Collection<String> villageNames) {
        return load(placeNames, villageNames, List.of(), List.of());
    }

    /**
     * As {@link #load(Collection, Collection)}, with the names of townships and villages as written without their suffix:
     * those of three characters or more that are no ordinary word ({@code story/place-stem-stop-words.txt}) are flagged
     * too, a township's anywhere (龙头山 for 龙头山镇), a village's in a place's context (家住红泥闸).
     *
     * @param townshipStems townships' names without their suffix; the caller leaves out those of larger regions
     * @param villageStems villages' names without their suffix; the caller leaves out those of larger regions
     */
    public static StoryCheck load(
            Collection<String> placeNames,
            Collection<String> villageNames,
            Collection<String> townshipStems,
            Collection<String> villageStems) {
        Set<String> notNames = new LinkedHashSet<>(words("story/stop-words.txt"));
        Set<String> villageSet = new HashSet<>(villageNames);
        Set<String> larger = new LinkedHashSet<>();
        for (String place : placeNames) {
            if (!villageSet.contains(place)) {
                larger.add(place);
                String stem = stem(place);
                if (stem.length() >= 2) {
                    larger.add(stem);
                }
            }
        }
        for (String place : placeNames) {
            notNames.add(place);
            String stem = stem(place);
            if (stem.length() >= 2) {
                notNames.add(stem);
            }
        }
        Set<Character> given = new HashSet<>();
        for (String w : words("story/given-name-characters.txt")) {
            for (char c : w.toCharArray()) {
                given.add(c);
            }
        }
        return new StoryCheck(
                words("story/surnames.txt"),
                given,
                notNames,
                villageNames.stream().filter(n -> n.length() >= 2).toList(),
                words("story/village-stop-words.txt"),
                stems(townshipStems),
                stems(villageStems),
                words("story/hamlet-stop-words.txt"),
                larger,
                PersonContext.load("story/person-context.txt"));
    }

    /** The stems of three characters or more that are no ordinary word. */
    private static List<String> stems(Collection<String> candidates) {
        Set<String> ordinary = new HashSet<>(words("story/place-stem-stop-words.txt"));
        ordinary.addAll(words("story/stop-words.txt"));
        return candidates.stream()
                .filter(s -> s.length() >= 3 && !ordinary.contains(s))
                .distinct()
                .toList();
    }

    /** A region name without its administrative suffix: 石林彝族自治县 → 石林, 华山街道 → 华山, 昭通市 → 昭通. */
    static String stem(String name) {
        String s = ETHNIC_AUTONOMY.matcher(name).replaceFirst("");
        if (s.equals(name)) {
            s = PLACE_SUFFIX.matcher(name).replaceFirst("");
        }
        return s;
    }

    /**
     * Checks a story's title, summary and plain text; flags in that order, each field's by offset.
     *
     * @param protectedGroups whether the story's target groups include children or other protected groups (then
     *     villages are flagged too)
     */
    public List<Flag> check(
            String title, String summary, String bodyText, boolean protectedGroups, Justifications justifications) {
        List<Flag> flags = new ArrayList<>();
        flags.addAll(check("title", title, protectedGroups, justifications));
        flags.addAll(check("summary", summary, protectedGroups, justifications));
        flags.addAll(check("body", bodyText, protectedGroups, justifications));
        return flags;
    }

    /** The flags of one field's text, by offset. */
    public List<Flag> check(String field, String text, boolean protectedGroups, Justifications justifications) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String t = normaliseDigits(text);
        List<Span> spans = new ArrayList<>(numbers(t));
        Reading r = Reading.of(t, false);
        List<Span> found = new ArrayList<>();
        for (Span s : names(r, r.toReading(spans))) {
            found.add(r.toText(s, text));
        }
        if (protectedGroups) {
            // a place's name is also read through a line break (家住黑<br>泥塘), a person's is not (a paragraph may end
            // with a surname's character and the next start with a given name's)
            Reading v = Reading.of(t, true);
            List<Span> taken = new ArrayList<>(v.toReading(spans));
            taken.addAll(v.toReading(found));
            for (Span s : villages(v, t, taken)) {
                found.add(v.toText(s, text));
            }
        }
        spans.addAll(found);
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Flag> flags = new ArrayList<>(spans.size());
        for (Span s : spans) {
            boolean justifiable = JUSTIFIABLE.contains(s.kind());
            String justification = justifiable ? justifications.of(s.kind(), s.text()) : null;
            flags.add(new Flag(field, s.kind(), s.start(), s.end(), s.text(), justification, justification == null));
        }
        return flags;
    }

    /** Whether the text carries an ID or a mobile number (in any of the forms the check reads). */
    public static boolean hasNumbers(String text) {
        return text != null
                && !text.isEmpty()
                && !numbers(normaliseDigits(text)).isEmpty();
    }

    /** The text with every ID and mobile number masked (for reasons kept in the audit log and shown again). */
    public static String maskNumbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Span> spans = numbers(normaliseDigits(text));
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : spans) {
            out.append(text, at, s.start()).append(s.text());
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private record Span(String kind, int start, int end, String text) {
        boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    /**
     * The text as the name and village finders read it: folded (traditional characters to simplified ones, full-width
     * to half-width, see {@link ChineseText#fold}) character by character, and without the spaces, middle dots ({@code
     * · •}), invisible format characters (U+200B …) and combining marks (U+FE0F …) that stand between two Han characters (王 小红, 王\u200B小红). A
     * position of the reading maps back to the author's text, so flags point at what the author wrote.
     *
     * @param text the folded text without those separators
     * @param raw the author's characters at the same positions (a given name's character is looked up in both forms)
     * @param at for each position of the reading (and its length), the position in the author's text
     * @param back for each position of the author's text (and its length), the first position of the reading at or after
     *     it
     */
    private record Reading(String text, String raw, int[] at, int[] back) {

        /**
         * The reading of {@code t}.
         *
         * @param lineBreaks whether line breaks between two Han characters are left out too (for places' names)
         */
        static Reading of(String t, boolean lineBreaks) {
            String f = fold(t);
            int n = t.length();
            StringBuilder folded = new StringBuilder(n);
            StringBuilder raw = new StringBuilder(n);
            int[] at = new int[n + 1];
            int[] back = new int[n + 1];
            int m = 0;
            int i = 0;
            while (i < n) {
                back[i] = m;
                if (isGap(f.charAt(i), lineBreaks) && i > 0 && isHan(f.charAt(i - 1))) {
                    int k = i;
                    while (k < n && isGap(f.charAt(k), lineBreaks)) {
                        k++;
                    }
                    if (k < n && isHan(f.charAt(k))) {
                        for (int j = i; j < k; j++) {
                            back[j] = m;
                        }
                        i = k;
                        continue;
                    }
                }
                folded.append(f.charAt(i));
                raw.append(t.charAt(i));
                at[m++] = i;
                i++;
            }
            back[n] = m;
            at[m] = n;
            return new Reading(folded.toString(), raw.toString(), at, back);
        }

        /** Spans of the author's text as spans of the reading (to keep the finders off the numbers). */
        List<Span> toReading(List<Span> spans) {
            return spans.stream()
                    .map(s -> new Span(s.kind(), back[s.start()], back[s.end()], s.text()))
                    .toList();
        }

        /**
         * Whether a phrase starts at position {@code i} of the reading: the text starts there, or punctuation or a line
         * break of the author's text stands before it (a space between two Han characters does not end a phrase).
         */
        boolean phraseStartsAt(String original, int i) {
            if (i == 0) {
                return true;
            }
            if (!Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
            for (int k = at[i - 1] + 1; k < at[i]; k++) {
                if (isLineBreak(original.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a line break of the author's text stands between positions {@code from} and {@code to} of the reading. */
        boolean breaksWithin(String original, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                for (int k = at[i - 1] + 1; k < at[i]; k++) {
                    if (isLineBreak(original.charAt(k))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A span of the reading as a span of the author's text, with the author's characters as its text. */
        Span toText(Span s, String original) {
            int start = at[s.start()];
            int end = at[s.end() - 1] + 1;
            return new Span(s.kind(), start, end, original.substring(start, end));
        }
    }

    /**
     * What may stand between a surname and a given name, or inside a place's name, when pasted or typed apart; with
     * {@code lineBreaks} also a line break (家住黑<br>泥塘: the plain text has {@code \n} there).
     */
    private static boolean isGap(char c, boolean lineBreaks) {
        return c == ' '
                || c == '\t'
                || c == '·'
                || c == '•'
                || c == '・'
                || c == '‧'
                || c == '･'
                || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.NON_SPACING_MARK
                || (Character.isSpaceChar(c) && c != '\n')
                || (lineBreaks && isLineBreak(c));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /**
     * The text folded by {@link ChineseText#fold} (traditional → simplified, full-width → half-width), with every
     * character at its place: when folding a phrase changes its length, character by character.
     */
    static String fold(String t) {
        String f = ChineseText.fold(t);
        if (f.length() == t.length()) {
            return f;
        }
        char[] out = t.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (isHan(out[i])) {
                String one = ChineseText.fold(String.valueOf(out[i]));
                if (one.length() == 1) {
                    out[i] = one.charAt(0);
                }
            }
        }
        return new String(out);
    }

    // ---- numbers

    /**
     * ID and mobile numbers, also when their digits are split by up to three separators (spaces, line breaks, {@code .
     * / - ( ) ·}, invisible format characters such as U+200B): the digits are read as groups, and a number is a window
     * of a group that starts and ends where the writing separates digits (never inside an unbroken run of digits).
     */
    private static List<Span> numbers(String t) {
        List<Span> spans = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(t.charAt(i))) {
                i++;
                continue;
            }
            // one group: digits (and a final X) with at most three separators between them
            List<Integer> positions = new ArrayList<>();
            List<Boolean> broken = new ArrayList<>(); // whether a separator stands before the digit
            int j = i;
            boolean gap = false;
            while (j < n) {
                char c = t.charAt(j);
                if (isDigit(c)
                        || ((c == 'X' || c == 'x')
                                && !positions.isEmpty()
                                && !gap
                                && !asciiLetterOrDigitAt(t, j + 1))) {
                    positions.add(j);
                    broken.add(gap);
                    gap = false;
                    j++;
                    if (c == 'X' || c == 'x') {
                        break;
                    }
                    continue;
                }
                int k = j;
                while (k < n && k - j < 3 && isSeparator(t.charAt(k))) {
                    k++;
                }
                if (k > j && k < n && isDigit(t.charAt(k))) {
                    gap = true;
                    j = k;
                    continue;
                }
                break;
            }
            findNumbers(t, positions, broken, spans);
            i = positions.get(positions.size() - 1) + 1;
        }
        return spans;
    }

    private static void findNumbers(String t, List<Integer> positions, List<Boolean> broken, List<Span> spans) {
        int m = positions.size();
        StringBuilder digits = new StringBuilder(m);
        for (int p : positions) {
            digits.append(Character.toUpperCase(t.charAt(p)));
        }
        int a = 0;
        while (a < m) {
            if (a > 0 && !broken.get(a)) {
                a++;
                continue;
            }
            Span found = null;
            for (int length : new int[] {18, 15, 13, 11}) {
                int b = a + length;
                if (b > m || (b < m && !broken.get(b))) {
                    continue;
                }
                String candidate = digits.substring(a, b);
                if (candidate.indexOf('X') >= 0 && (length != 18 || candidate.indexOf('X') != 17)) {
                    continue;
                }
                int start = positions.get(a);
                int end = positions.get(b - 1) + 1;
                if (length == 18 && validIdNumber(candidate)) {
                    found = new Span(ID_NUMBER, start, end, IdNumbers.mask(candidate));
                } else if (length == 15 && validOldIdNumber(candidate)) {
                    found = new Span(ID_NUMBER, start, end, IdNumbers.mask(candidate));
                } else if (length == 13 && candidate.startsWith("86") && isMobile(candidate.substring(2))) {
                    int from = start > 0 && t.charAt(start - 1) == '+' ? start - 1 : start;
                    found = new Span(MOBILE, from, end, maskMobile(candidate.substring(2)));
                } else if (length == 11 && isMobile(candidate)) {
                    found = new Span(MOBILE, start, end, maskMobile(candidate));
                }
                if (found != null) {
                    spans.add(found);
                    a = b;
                    break;
                }
            }
            if (found == null) {
                a++;
            }
        }
    }

    /** What may stand between the digits of one number: white space, punctuation people use in numbers, format characters. */
    private static boolean isSeparator(char c) {
        return c == ' '
                || c == '\n'
                || c == '\t'
                || c == '\r'
                || c == '.'
                || c == '/'
                || c == '-'
                || c == '('
                || c == ')'
                || c == '·'
                || c == '_'
                || Character.getType(c) == Character.FORMAT
                || Character.isSpaceChar(c);
    }

    private static boolean validIdNumber(String number) {
        char last = Character.toUpperCase(number.charAt(17));
        return IdNumbers.checkCharacter(number.substring(0, 17)) == last;
    }

    /** The first-generation 15-digit number: area (6), birth date YYMMDD (19xx), sequence (3). */
    private static boolean validOldIdNumber(String number) {
        try {
            LocalDate.of(
                    1900 + Integer.parseInt(number.substring(6, 8)),
                    Integer.parseInt(number.substring(8, 10)),
                    Integer.parseInt(number.substring(10, 12)));
            return number.charAt(0) >= '1';
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isMobile(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3' && digits.charAt(1) <= '9';
    }

    /** {@code 139****5678}: the first three and the last four digits. */
    static String maskMobile(String digits) {
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiLetterOrDigitAt(String t, int i) {
        if (i >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Full-width digits, X and separators read as their ASCII forms; the length (and so every offset) is unchanged. */
    private static String normaliseDigits(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '０' && c <= '９') {
                out[i] = (char) ('0' + (c - '０'));
            } else if (c == 'Ｘ' || c == 'ｘ') {
                out[i] = 'X';
            } else if (c == '－' || c == '—' || c == '‐' || c == '–') {
                out[i] = '-';
            } else if (c == '　' || c == '\u00a0') {
                out[i] = ' ';
            } else if (c == '＋') {
                out[i] = '+';
            } else if (c == '（') {
                out[i] = '(';
            } else if (c == '）') {
                out[i] = ')';
            } else if (c == '．') {
                out[i] = '.';
            } else if (c == '／') {
                out[i] = '/';
            }
        }
        return new String(out);
    }

    // ---- names

    private List<Span> names(Reading r, List<Span> taken) {
        String t = r.text();
        int n = t.length();
        boolean[] covered = notNames.cover(t);
        int[] wordEnds = notNames.ends(t);
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (covered[i]) {
                i++;
                continue;
            }
            String surname = surnames.longestAt(t, i);
            if (surname == null) {
                String prefix = context.prefixes.longestAt(t, i);
                int end = prefix != null ? prefixName(t, i, prefix.length(), wordEnds, covered) : -1;
                int start = i;
                if (end > 0 && taken.stream().noneMatch(s -> s.overlaps(start, end))) {
                    spans.add(new Span(PERSON_NAME, start, end, t.substring(start, end)));
                    i = end;
                } else {
                    i++;
                }
                continue;
            }
            int g = i + surname.length();
            int marked = surnameSpansCovered(covered, i, g) ? -1 : nameInContext(t, i, g, wordEnds);
            if (marked > 0) {
                int start = i;
                if (taken.stream().noneMatch(s -> s.overlaps(start, marked))) {
                    spans.add(new Span(PERSON_NAME, start, marked, t.substring(start, marked)));
                }
                i = marked;
                continue;
            }
            int given = 0;
            while (given < 2
                    && g + given < n
                    && (givenName(t.charAt(g + given)) || givenName(r.raw().charAt(g + given)))) {
                given++;
            }
            while (given > 0 && straddles(wordEnds, g, g + given)) {
                given--;
            }
            if (given == 0 || surnameSpansCovered(covered, i, g)) {
                i++;
                continue;
            }
            int end = g + given;
            int start = i;
            if (taken.stream().noneMatch(s -> s.overlaps(start, end))) {
                spans.add(new Span(PERSON_NAME, start, end, t.substring(start, end)));
            }
            i = end;
        }
        return spans;
    }

    /**
     * Where a name whose surname is at {@code [i, g)} ends when its context marks a person (see the class comment), or
     * -1: the first one- or two-character given name followed by a word after a name; else, after a naming word, the
     * longest; else, after a word for a person, the longest that ends where a phrase ends.
     */
    private int nameInContext(String t, int i, int g, int[] wordEnds) {
        for (int len = 1; len <= 2; len++) {
            if (!context.given(t, g, g + len) && !placeGivenName(t, g, g + len, wordEnds)) {
                if (len == 1 && (placeGivenName(t, g, g + 2, wordEnds) || context.given(t, g, g + 2))) {
                    continue; // 李向阳, 王和平: a two-character place or stop word as the given name; 王二丫
                }
                break;
            }
            if (context.after.longestAt(t, g + len) != null && !straddles(wordEnds, g, g + len)) {
                return g + len;
            }
        }
        boolean naming = context.endsWithOneOf(t, i, context.naming);
        if (naming || context.endsWithOneOf(t, i, context.before)) {
            for (int len = 2; len >= 1; len--) {
                int end = g + len;
                if (context.given(t, g, end)
                        && !straddles(wordEnds, g, end)
                        && (naming || context.phraseEndsAt(t, end))) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * Where a name of the peoples of Yunnan that have no surname of the list ends, when it starts at {@code i} with one
     * of their name prefixes (Dai 岩, 玉, 依, 咪 …, Naxi 和, Bai 字), or -1. Read only in a person's context: the name
     * starts a phrase (or follows a naming word, a word for a person or 的) and is followed by a word after a name
     * (玉香今年九岁, 岩罕说), or follows a naming word or a word for a person and ends a phrase (傣族女孩玉香，). A prefix
     * that is also a function word (和) counts only at the start of a phrase or after a naming word (孩子和同伴的 is not
     * a name); a given part that is a place or a stop word is none (孩子和龙陵的).
     */
    private int prefixName(String t, int i, int prefixLength, int[] wordEnds, boolean[] covered) {
        boolean naming = context.endsWithOneOf(t, i, context.naming);
        if (context.isTitle(t, i, t.length())) {
            return -1; // 阿姨, 阿妈: a title, not a name
        }
        boolean conjunction = prefixLength == 1 && context.function.contains(t.charAt(i));
        boolean person = naming || (!conjunction && context.endsWithOneOf(t, i, context.before));
        boolean start = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '的';
        if (!person && !start) {
            return -1;
        }
        int g = i + prefixLength;
        for (int len = 1; len <= 2; len++) {
            if (!context.given(t, g, g + len) || surnameSpansCovered(covered, g, g + len)) {
                if (len == 1 && context.given(t, g, g + 2) && !surnameSpansCovered(covered, g, g + 2)) {
                    continue;
                }
                break;
            }
            if (context.after.longestAt(t, g + len) != null && !straddles(wordEnds, g, g + len)) {
                return g + len;
            }
        }
        if (person) {
            for (int len = 2; len >= 1; len--) {
                int end = g + len;
                if (context.given(t, g, end)
                        && !surnameSpansCovered(covered, g, end)
                        && !straddles(wordEnds, g, end)
                        && context.phraseEndsAt(t, end)) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * Whether a stop word or place name starting inside the given name {@code [from, to)} runs past its end (王明天气:
     * 天气 cuts 王明天 to 王明). A word lying wholly inside the given name (王桂花, 李彩云, 王玉龙) does not hide the name:
     * only a word covering the surname does (石林, 高兴, 王国).
     */
    private static boolean straddles(int[] wordEnds, int from, int to) {
        for (int k = from; k < to && k < wordEnds.length; k++) {
            if (wordEnds[k] > to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code [from, to)} is exactly a place name or stop word that can be a given name in a person's context
     * (向阳, 和平, 长江: their characters may be function characters), not a title (老师, 奶奶).
     */
    private boolean placeGivenName(String t, int from, int to, int[] wordEnds) {
        return from < wordEnds.length
                && wordEnds[from] == to
                && !context.isTitle(t, from, to)
                && context.given(t, from, to, true);
    }

    private static boolean surnameSpansCovered(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    private boolean givenName(char c) {
        return givenNameCharacters.contains(c);
    }

    // ---- villages

    private List<Span> villages(Reading v, String original, List<Span> taken) {
        String t = v.text();
        List<Span> spans = new ArrayList<>();
        int n = t.length();
        for (int i = 0; i < n; ) {
            String name = villageNames.longestAt(t, i);
            if (name == null || endsInOrdinaryWord(t, i + name.length())) {
                i++;
                continue;
            }
            add(spans, taken, new Span(VILLAGE, i, i + name.length(), name));
            i += name.length();
        }
        // a township's or village's name without its suffix: 龙头山 (龙头山镇), 红泥闸 (红泥闸村委会)
        boolean[] hamletOrdinary = hamletStopWords.cover(t);
        for (int i = 0; i < n; ) {
            String stem = placeStems.longestAt(t, i);
            if (stem == null || hamletOrdinary[i] || endsInOrdinaryWord(t, i + stem.length())) {
                i++;
                continue;
            }
            add(spans, taken, new Span(VILLAGE, i, i + stem.length(), stem));
            i += stem.length();
        }
        // a family's hamlet: 李家营, 张家湾, 王家庄, 欧阳家坪 (a surname, 家, and what ends a natural village's name)
        for (int i = 0; i + 2 < n; i++) {
            String surname = surnames.longestAt(t, i);
            int at = surname == null ? -1 : i + surname.length();
            if (at > 0 && at + 1 < n && t.charAt(at) == '家' && FAMILY_PLACE.indexOf(t.charAt(at + 1)) >= 0) {
                add(spans, taken, new Span(VILLAGE, i, at + 2, t.substring(i, at + 2)));
            }
        }
        boolean[] ordinary = villageStopWords.cover(t, VILLAGE_SUFFIXES);
        Matcher m = VILLAGE_SUFFIX.matcher(t);
        while (m.find()) {
            int k = m.start();
            if (t.charAt(k) == '组' && k > 0 && GROUP_NUMERALS.indexOf(t.charAt(k - 1)) >= 0) {
                continue;
            }
            int before = k;
            if (k >= 2 && (t.startsWith("自然村", k - 2) || t.startsWith("行政村", k - 2))) {
                before = k - 2; // 龙泉自然村: the name stands before 自然 / 行政
            } else if (ordinary[k]) {
                continue;
            }
            int from = before;
            while (from > 0
                    && before - from < 3
                    && isHan(t.charAt(from - 1))
                    && FUNCTION_CHARACTERS.indexOf(t.charAt(from - 1)) < 0) {
                from--;
            }
            if (before - from < 2) {
                continue;
            }
            boolean coveredBefore = false;
            for (int p = from; p < before; p++) {
                coveredBefore |= ordinary[p];
            }
            if (coveredBefore) {
                continue;
            }
            if (v.breaksWithin(original, from, k + 1)) {
                continue; // 周末⏎村里: a block's end and the next block's start, not a name
            }
            add(spans, taken, new Span(VILLAGE, from, k + 1, t.substring(from, k + 1)));
        }
        // last: a bare name in a place's context, where no rule above found a longer one (大坪村 before 大坪)
        boolean[] phraseStarts = new boolean[n];
        for (int i = 0; i < n; i++) {
            phraseStarts[i] = v.phraseStartsAt(original, i);
        }
        hamlets(t, taken, spans, hamletOrdinary, phraseStarts);
        return spans;
    }

    /** Whether the name ending at {@code end} ends where an ordinary word starts with its last character (联合乡|镇). */
    private static boolean endsInOrdinaryWord(String t, int end) {
        for (String w : WORDS_AFTER_NAME) {
            if (end >= 1 && t.startsWith(w, end - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bare names of natural villages in a place's context: after 家住, 住在, 来自 … (家住大坪子, 住在马鹿塘, 来自小哨), after
     * 去 (孩子们去小哨玩) unless a verb follows it (去挖沟, 去修坝), after 在 and before 旁, 边, 附近 … (在马鹿塘旁), before 的
     * and a group's number (马鹿塘的三组), and at the start of a phrase before 的 and a word for people (大坪子的孩子们):
     * two to four characters ending in one of {@link #HAMLET_ENDINGS}, none of them a function character or inside an
     * ordinary word (山坡, 池塘, 夏令营).
     *
     * @param phraseStarts for each position of {@code t}, whether a phrase starts there
     */
    private void hamlets(String t, List<Span> taken, List<Span> spans, boolean[] ordinary, boolean[] phraseStarts) {
        int n = t.length();
        for (int at = 0; at < n; at++) {
            boolean before = false;
            for (String w : PLACE_BEFORE) {
                if (at >= w.length() && t.startsWith(w, at - w.length())) {
                    before = true;
                    break;
                }
            }
            before |= at > 0 && t.charAt(at - 1) == '去' && NOT_A_PLACE_AFTER_GO.indexOf(t.charAt(at)) < 0;
            boolean afterZai = at > 0 && AT_A_PLACE.indexOf(t.charAt(at - 1)) >= 0;
            boolean people = peopleMayFollow(t, at, phraseStarts);
            if (!before && !afterZai && !people) {
                continue;
            }
            int run = at;
            while (run < n
                    && run - at < 4
                    && isHan(t.charAt(run))
                    && FUNCTION_CHARACTERS.indexOf(t.charAt(run)) < 0
                    && LOCATIVES.indexOf(t.charAt(run)) < 0) {
                run++;
            }
            String stem = contextStems.longestAt(t, at);
            if (stem != null
                    && !ordinary[at]
                    && (before
                            || (afterZai && followedByPlace(t, at + stem.length()))
                            || (people && followedByPeople(t, at + stem.length())))) {
                add(spans, taken, new Span(VILLAGE, at, at + stem.length(), stem));
                continue;
            }
            for (int end = run; end >= at + 2; end--) {
                if (!hamletName(t, at, end, ordinary)) {
                    continue;
                }
                if (before
                        || (afterZai && followedByPlace(t, end))
                        || (people && end == run && followedByPeople(t, end))) {
                    add(spans, taken, new Span(VILLAGE, at, end, t.substring(at, end)));
                }
                break;
            }
        }
        Matcher group = GROUP_AFTER.matcher(t);
        while (group.find()) {
            int end = group.start();
            int from = end;
            while (from > 0
                    && end - from < 4
                    && isHan(t.charAt(from - 1))
                    && FUNCTION_CHARACTERS.indexOf(t.charAt(from - 1)) < 0) {
                from--;
            }
            for (int start = from; start <= end - 2; start++) {
                String stem = contextStems.longestAt(t, start);
                if (hamletName(t, start, end, ordinary)
                        || (stem != null && start + stem.length() == end && !ordinary[start])) {
                    add(spans, taken, new Span(VILLAGE, start, end, t.substring(start, end)));
                    break;
                }
            }
        }
    }

    /**
     * Whether {@code [from, to)} ends in a natural village's ending after at least one character and is no ordinary
     * word: none starts at its first character (山坡, 夏令营, 小卖铺), and it is not an ordinary word after a size (大山坡,
     * 小池塘), nor the name of a county or a larger region (腾冲, 麻栗坡). An ordinary word inside it does not make it one
     * (黑泥塘, 泥塘).
     */
    private boolean hamletName(String t, int from, int to, boolean[] ordinary) {
        if (ordinary[from]) {
            return false;
        }
        String place = largerPlaces.longestAt(t, from);
        if (place != null && place.length() >= to - from) {
            return false; // 腾冲, 华坪县: a county's name
        }
        if (to - from >= 3 && SIZES.indexOf(t.charAt(from)) >= 0 && to - from - 1 == lengthOfStopWordAt(t, from + 1)) {
            return false;
        }
        for (String ending : HAMLET_ENDINGS) {
            if (to - from > ending.length() && t.startsWith(ending, to - ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** Characters of size or place that stand before an ordinary word without making a name (大山坡, 小池塘, 半山坡). */
    private static final String SIZES = "大小半深高老新";

    private int lengthOfStopWordAt(String t, int at) {
        String w = hamletStopWords.longestAt(t, at);
        return w == null ? 0 : w.length();
    }

    /**
     * Whether a name at {@code at} may be read before 的 and a word for people: at a phrase's start, or after a pronoun
     * or a word of time (我们小哨的孩子们, 今年黑泥塘的孩子们, 全小哨的孩子们).
     */
    private static boolean peopleMayFollow(String t, int at, boolean[] phraseStarts) {
        if (phraseStarts[at]) {
            return true;
        }
        for (String w : BEFORE_PEOPLES_PLACE) {
            if (at >= w.length() && t.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether 的 and a word for people follow: 大坪子的孩子们, 小哨的老人. */
    private static boolean followedByPeople(String t, int at) {
        if (!t.startsWith("的", at)) {
            return false;
        }
        for (String w : PEOPLE) {
            if (t.startsWith(w, at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByPlace(String t, int at) {
        if (at >= t.length() || !Character.isLetterOrDigit(t.charAt(at))) {
            return true; // 在大坪子，… / 她的家乡是大坪子。
        }
        for (String w : PLACE_AFTER) {
            if (t.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Span> spans, List<Span> taken, Span span) {
        boolean clash = taken.stream().anyMatch(s -> s.overlaps(span.start(), span.end()))
                || spans.stream().anyMatch(s -> s.overlaps(span.start(), span.end()));
        if (!clash) {
            spans.add(span);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    // ---- word lists

    private static List<String> words(String resource) {
        InputStream in = StoryCheck.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                for (String w : l.split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The lists of {@code story/person-context.txt}: each line starts with the name of its list. */
    private static final class PersonContext {
        /** Numerals that never stand in a given name read from its context (一 does: 一鸣, 一帆, 一一). */
        private static final String NUMERALS = "二三四五六七八九十百千万两几零〇半";
        /** What a numeral counts in a date, a time or an age (于十月, 高于三岁): never a given name with a numeral. */
        private static final String COUNTED = "月日号点时分秒岁个次天周年";

        final Dictionary after;
        final List<String> naming;
        final List<String> before;
        final Set<String> titles;
        final Set<Character> function;
        /**
         * Name prefixes of peoples without a surname of the list (Dai 岩 玉, Naxi 和, Bai 字, Yi and Hani 阿, Lahu 扎 娜,
         * Jingpo 木然, Yi 沙马), read in context only.
         */
        final Dictionary prefixes;

        private PersonContext(Map<String, List<String>> lists) {
            this.after = new Dictionary(lists.getOrDefault("after", List.of()));
            this.naming = lists.getOrDefault("naming", List.of());
            this.before = lists.getOrDefault("before", List.of());
            this.titles = Set.copyOf(lists.getOrDefault("title", List.of()));
            Set<Character> f = new HashSet<>();
            for (String w : lists.getOrDefault("function", List.of())) {
                for (char c : w.toCharArray()) {
                    f.add(c);
                }
            }
            this.function = Set.copyOf(f);
            this.prefixes = new Dictionary(lists.getOrDefault("prefix", List.of()));
        }

        static PersonContext load(String resource) {
            Map<String, List<String>> lists = new HashMap<>();
            String list = null;
            for (String w : words(resource)) {
                if (w.endsWith(":")) {
                    list = w.substring(0, w.length() - 1);
                } else if (list == null) {
                    throw new IllegalStateException(resource + ": a word before the first list name");
                } else {
                    lists.computeIfAbsent(list, k -> new ArrayList<>()).add(w);
                }
            }
            return new PersonContext(lists);
        }

        /**
         * Whether {@code [from, to)} can be a given name: Han characters, no function character, no title; numerals
         * alone (低于十四岁, 高二同学) or with what they count (于十月) are never one, 一 is (一鸣, 一一) except before an age
         * (于一岁), a numeral with another character is (王二丫, 李三妹).
         */
        boolean given(String t, int from, int to) {
            return given(t, from, to, false);
        }

        /** As {@link #given(String, int, int)}; with {@code placeWord}, function characters are allowed (向阳, 和平). */
        boolean given(String t, int from, int to, boolean placeWord) {
            if (to > t.length()) {
                return false;
            }
            boolean numeral = false;
            boolean onlyNumerals = true;
            boolean countWord = false;
            for (int k = from; k < to; k++) {
                char c = t.charAt(k);
                if ((!placeWord && function.contains(c))
                        || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                    return false;
                }
                numeral |= NUMERALS.indexOf(c) >= 0;
                onlyNumerals &= NUMERALS.indexOf(c) >= 0 || c == '一';
                countWord |= COUNTED.indexOf(c) >= 0;
            }
            if (numeral && (onlyNumerals || countWord)) {
                return false;
            }
            if (t.charAt(to - 1) == '一' && (t.startsWith("岁", to) || t.startsWith("周岁", to))) {
                return false;
            }
            if (placeWord) {
                return true;
            }
            for (String title : titles) {
                if (title.length() <= to - from && t.startsWith(title, from)) {
                    return false;
                }
            }
            return true;
        }

        boolean isTitle(String t, int from, int to) {
            for (String title : titles) {
                if (title.length() <= to - from && t.startsWith(title, from)) {
                    return true;
                }
            }
            return false;
        }

        boolean endsWithOneOf(String t, int at, List<String> words) {
            for (String w : words) {
                if (at >= w.length() && t.startsWith(w, at - w.length())) {
                    return true;
                }
            }
            return false;
        }

        /** The text ends, or punctuation or a space follows, or a word after a name, 的 or 是. */
        boolean phraseEndsAt(String t, int at) {
            if (at >= t.length()) {
                return true;
            }
            char c = t.charAt(at);
            return !Character.isLetterOrDigit(c) || c == '的' || c == '是' || after.longestAt(t, at) != null;
        }
    }

    /** Words looked up by their first character: the longest word starting at a position, and what words cover. */
    private static final class Dictionary {
        private final Map<Character, List<String>> byFirst = new HashMap<>();

        /** The words folded as the text is (see {@link Reading}): a traditional or full-width word is found in its folded form. */
        Dictionary(Collection<String> words) {
            Set<String> folded = new LinkedHashSet<>();
            for (String w : words) {
                folded.add(ChineseText.fold(w));
            }
            for (String w : folded) {
                if (!w.isEmpty()) {
                    byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
                }
            }
            byFirst.values()
                    .forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        }

        String longestAt(String t, int i) {
            if (i >= t.length()) {
                return null;
            }
            List<String> candidates = byFirst.get(t.charAt(i));
            if (candidates == null) {
                return null;
            }
            for (String w : candidates) {
                if (t.startsWith(w, i)) {
                    return w;
                }
            }
            return null;
        }

        /** For each position of the text, where the longest word of the dictionary starting there ends (0: none). */
        int[] ends(String t) {
            int[] ends = new int[t.length()];
            for (int i = 0; i < t.length(); i++) {
                String w = longestAt(t, i);
                ends[i] = w == null ? 0 : i + w.length();
            }
            return ends;
        }

        /** Which positions of the text some word of the dictionary covers. */
        boolean[] cover(String t) {
            return cover(t, "");
        }

        /** As {@link #cover(String)}, except that a word starting with one of {@code openers} leaves its first character uncovered. */
        boolean[] cover(String t, String openers) {
            boolean[] covered = new boolean[t.length()];
            for (int i = 0; i < t.length(); i++) {
                String w = longestAt(t, i);
                if (w != null) {
                    int from = openers.indexOf(w.charAt(0)) >= 0 ? i + 1 : i;
                    for (int k = from; k < i + w.length(); k++) {
                        covered[k] = true;
                    }
                }
            }
            return covered;
        }
    }
}

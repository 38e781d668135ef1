package org.qianshou.story;

import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.taxonomy.ProtectedGroups;

/**
 * The protection check with this deployment's regions: every region name is a place (never a person's name), the
 * names of townships and villages (also as written in prose: 串九村 for 串九村民委员会) are flagged in stories about
 * protected groups. Built once, on first use.
 */
@Singleton
public class ProtectionCheck {

    private static final Set<String> VILLAGE_LEVELS = Set.of("township", "village");

    private final RegionService regions;
    private volatile StoryCheck check;

    ProtectionCheck(RegionService regions) {
        this.regions = regions;
    }

    /**
     * Whether target groups include a protected group (children …: {@link ProtectedGroups}): then the story may not name
     * a village and its photos need the no-face confirmation.
     */
    public static boolean isProtected(Collection<String> targetGroups) {
        return ProtectedGroups.anyOf(targetGroups);
    }

    /**
     * The flags of a story's title, summary and plain text, with the author's justifications applied.
     *
     * @param protectedGroups whether the story is about a protected group ({@link StoryRow#aboutProtectedGroup()})
     */
    List<StoryCheck.Flag> flags(
            String title,
            String summary,
            String bodyText,
            boolean protectedGroups,
            StoryCheck.Justifications justifications) {
        return check().check(title, summary, bodyText, protectedGroups, justifications);
    }

    /** The flags of one more public text of the story (a photo's caption or alternative text). */
    List<StoryCheck.Flag> flags(
            String field, String text, boolean protectedGroups, StoryCheck.Justifications justifications) {
        return check().check(field, text, protectedGroups, justifications);
    }

    /**
     * The places in a title shown with a story about a protected group but not written by its author: its project's
     * (field {@code project.title}) or an opening's. Not blocking: where a title names a place, the story's public page
     * and search leave that title out ({@link #namesPlace}), the author cannot change it from the story and need not
     * justify it; the flag tells the author and the moderator so.
     */
    List<StoryCheck.Flag> placeFlags(String field, String title) {
        List<StoryCheck.Flag> flags =
                new ArrayList<>(check().check(field, title, true, StoryCheck.Justifications.NONE).stream()
                        .filter(f -> f.kind().equals(StoryCheck.VILLAGE))
                        .map(f -> new StoryCheck.Flag(f.field(), f.kind(), f.start(), f.end(), f.text(), null, false))
                        .toList());
        if (flags.isEmpty() && title != null && !title.isEmpty()) {
            // a title starts with its place's name, without the words that mark a place in prose: read it as if
            // they stood before it (红泥闸儿童之家, 大坪子儿童之家 as 住在红泥闸…, 住在大坪子…)
            String marked = PLACE_MARK + title;
            check().check(field, marked, true, StoryCheck.Justifications.NONE).stream()
                    .filter(f -> f.kind().equals(StoryCheck.VILLAGE) && f.start() == PLACE_MARK.length())
                    .map(f -> new StoryCheck.Flag(
                            f.field(),
                            f.kind(),
                            f.start() - PLACE_MARK.length(),
                            f.end() - PLACE_MARK.length(),
                            f.text(),
                            null,
                            false))
                    .forEach(flags::add);
        }
        return flags;
    }

    /** A place's context put before a title (see {@link #placeFlags}). */
    private static final String PLACE_MARK = "住在";

    /**
     * Whether a title names a township or village as the village check reads a story about a protected group (串九村留守儿童之家,
     * 龙头山镇儿童之家): such a title is not shown with the story, nor searched as part of it.
     */
    public boolean namesPlace(String title) {
        return title != null && !placeFlags("title", title).isEmpty();
    }

    /**
     * A village committee's name as a story writes it: 串九村民委员会 → 串九村, 红泥闸村村民委员会 and 红泥闸村委会 → 红泥闸村
     * (at least three characters, so that 新村 stays an ordinary word). A residents' committee whose community has a
     * name of three characters or more: 卯家湾社区居民委员会 → 卯家湾社区 (the resettlement communities of 易地扶贫搬迁,
     * where many left-behind children live); two-character ones (幸福社区, 和谐社区) have none, they are too often
     * ordinary words.
     */
    static Optional<String> spoken(Region region) {
        if (!"village".equals(region.level())) {
            return Optional.empty();
        }
        Matcher community = COMMUNITY.matcher(region.name());
        if (community.matches()) {
            String stem = community.group(1);
            return stem.length() >= 3 ? Optional.of(stem + "社区") : Optional.empty();
        }
        Matcher m = VILLAGE_COMMITTEE.matcher(region.name());
        if (!m.matches()) {
            return Optional.empty();
        }
        String stem = m.group(1);
        String name = stem.endsWith("村") ? stem : stem + "村";
        return name.length() >= 3 ? Optional.of(name) : Optional.empty();
    }

    /**
     * Whether a story about a protected group is flagged where it writes the region's own name: every township and
     * village, except a residents' committee named only by a two-character community (幸福社区, 和谐社区 are ordinary
     * words; 幸福社区居民委员会 is not).
     */
    static boolean flaggedAsWritten(Region region) {
        if (!VILLAGE_LEVELS.contains(region.level())) {
            return false;
        }
        Matcher community = COMMUNITY.matcher(region.name());
        return !(community.matches()
                && community.group(2) == null
                && community.group(3) == null
                && community.group(1).length() < 3);
    }

    /**
     * A township's or village's name as written without its suffix: 龙头山 for 龙头山镇, 红泥闸 for 红泥闸村村民委员会, 卯家湾
     * for 卯家湾社区居民委员会, 小中甸 for 小中甸镇; an ethnic township without its people (苗族乡). The check flags those of
     * three characters or more that are no ordinary word (see {@link StoryCheck#load(java.util.Collection,
     * java.util.Collection, java.util.Collection)}).
     */
    static Optional<String> unsuffixed(Region region) {
        if ("township".equals(region.level())) {
            String name = ETHNIC_TOWNSHIP.matcher(region.name()).replaceFirst("");
            String stem = name.equals(region.name()) ? StoryCheck.stem(name) : name;
            return stem.equals(region.name()) || stem.length() < 3 ? Optional.empty() : Optional.of(stem);
        }
        return spoken(region)
                .map(s -> s.endsWith("社区") ? s.substring(0, s.length() - 2) : s.substring(0, s.length() - 1))
                .filter(s -> s.length() >= 3 && !URBAN.matcher(s).find());
    }

    /** A town's residents' committee named after a street, a university, a factory …: 人民路, 云南大学 are no villages. */
    private static final Pattern URBAN = Pattern.compile("(路|街|巷|道|大学|学院|学校|中学|小学|厂|矿|站|局|公司|医院|广场|花园|小区)$");

    private static final Pattern ETHNIC_TOWNSHIP =
            Pattern.compile("((彝|哈尼|傈僳|纳西|傣|景颇|白|壮|苗|回|拉祜|佤|布朗|普米|独龙|怒|蒙古|藏|瑶|阿昌|德昂|基诺|布依|水|满|傈|土家)族)+(乡|镇)$");

    private static final Pattern COMMUNITY = Pattern.compile("([^（]+?)社区(居民委员会|居委会|村民委员会|村委会)?(（.*）)?");
    private static final Pattern VILLAGE_COMMITTEE = Pattern.compile("(.+?)(村民委员会|村委会)(（农村社区）)?");

    private StoryCheck check() {
        StoryCheck c = check;
        if (c == null) {
            synchronized (this) {
                if (check == null) {
                    List<String> places = new ArrayList<>();
                    List<String> villages = new ArrayList<>();
                    List<String> townshipStems = new ArrayList<>();
                    List<String> villageStems = new ArrayList<>();
                    Set<String> larger = new java.util.HashSet<>();
                    Deque<Region> todo = new ArrayDeque<>();
                    todo.add(regions.get(RegionService.ROOT));
                    while (!todo.isEmpty()) {
                        Region r = todo.pop();
                        places.add(r.name());
                        if (flaggedAsWritten(r)) {
                            villages.add(r.name());
                        }
                        spoken(r).ifPresent(name -> {
                            places.add(name);
                            villages.add(name);
                        });
                        if (VILLAGE_LEVELS.contains(r.level())) {
                            unsuffixed(r)
                                    .ifPresent("township".equals(r.level()) ? townshipStems::add : villageStems::add);
                        } else {
                            larger.add(r.name());
                            larger.add(StoryCheck.stem(r.name()));
                        }
                        todo.addAll(regions.children(r.code()));
                    }
                    townshipStems.removeAll(larger);
                    villageStems.removeAll(larger);
                    check = StoryCheck.load(places, villages, townshipStems, villageStems);
                }
                c = check;
            }
        }
        return c;
    }
}

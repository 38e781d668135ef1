package org.qianshou.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.qianshou.region.Region;

/**
 * The benchmark's scale data set (issue 12): any number of projects, one organisation per ten, in the style of the
 * demo data ({@link DemoDataGenerator}'s themes, titles, target groups, categories and programmes) but placed over
 * the whole region tree down to the villages, produced one row at a time so that a million fit in a small heap. The
 * same seed and size always give the same rows, in the same order, with the same ids (from {@code firstId} on).
 */
public final class ScaleDataGenerator {

    /** An organisation row: an agency registered in a county of its prefecture (the first one per prefecture in it). */
    public record Organisation(long id, String name, String regionCode, String prefectureCode, String description) {}

    /** A project row and its regions, target groups and categories. */
    public record Project(
            long id,
            long organisationId,
            String title,
            String description,
            List<String> regionCodes,
            List<String> targetGroups,
            List<String> categories,
            String programme,
            String fundingType,
            String status,
            LocalDate startDate,
            LocalDate endDate,
            long budgetFen) {}

    private static final List<String> ORG_WORDS =
            List.of("阳光", "彩云", "同心", "益行", "春苗", "山花", "连心", "明德", "和美", "启航", "沃土", "守望", "微光", "乡音");
    private static final List<String> FUNDING =
            List.of("government-purchase", "venture-philanthropy", "charity", "social-capital", "reward-fund");
    private static final List<String> METHODS = List.of(
            "由专业社会工作者通过需求评估、个案管理、小组工作和社区活动，为服务对象提供陪伴与支持",
            "以驻村社工为主、志愿者为辅，开展入户探访、兴趣小组和家庭支持服务",
            "依托村（社区）社会工作服务站，链接民政、教育、卫健等部门资源，开展分类帮扶",
            "通过“社工+志愿者+村干部”联动机制，建立服务对象档案并定期跟进");
    private static final List<String> OUTCOMES = List.of(
            "并联动村（居）委会、学校和志愿者形成长效关爱机制。",
            "计划服务不少于两百人次，形成可复制的农村社会工作服务经验。",
            "项目结束后由村（社区）社会工作服务站持续跟进。",
            "同时培育本地志愿者队伍，提升村（社区）自我服务能力。");

    private final DemoDataGenerator.RegionSource regions;
    private final long seed;
    private final List<Region> prefectures;

    public ScaleDataGenerator(DemoDataGenerator.RegionSource regions, long seed) {
        this.regions = regions;
        this.seed = seed;
        this.prefectures = regions.children("53");
    }

    /** One organisation per ten projects, at least one per prefecture. */
    public int organisationCount(int projects) {
        return Math.max(prefectures.size(), projects / 10);
    }

    /** The organisations, ids {@code firstId}, {@code firstId + 1}, …; the i-th belongs to prefecture i mod P. */
    public void organisations(int projects, long firstId, Consumer<Organisation> sink) {
        Random random = new Random(seed);
        int count = organisationCount(projects);
        for (int i = 0; i < count; i++) {
            Region prefecture = prefectures.get(i % prefectures.size());
            List<Region> counties = regions.children(prefecture.code());
            Region home = i < prefectures.size() ? prefecture : counties.get(random.nextInt(counties.size()));
            String name =
                    home.name() + ORG_WORDS.get(random.nextInt(ORG_WORDS.size())) + "社会工作服务中心（规模测试" + (i + 1) + "）";
            String description = name + "扎根" + prefecture.name() + "，为农村困难群众提供专业社会工作服务。\n\n"
                    + DemoDataGenerator.DEMO_NOTE.replace("本项目", "本机构");
            sink.accept(new Organisation(firstId + i, name, home.code(), prefecture.code(), description));
        }
    }

    /**
     * The projects, ids {@code firstId}, …, round-robin over the prefectures, each run by an organisation of its
     * prefecture (ids from {@code firstOrganisationId} as {@link #organisations} numbered them). A project is placed
     * in a county (a quarter), a township (about 45 %) or a village (about 30 %), and one in five also in a second
     * county; 85 % are published, 10 % closed, 5 % drafts.
     */
    public void projects(int count, long firstId, long firstOrganisationId, Consumer<Project> sink) {
        Random random = new Random(seed * 31 + 7);
        int organisations = organisationCount(count);
        int p = prefectures.size();
        for (int i = 0; i < count; i++) {
            int prefectureIndex = i % p;
            Region prefecture = prefectures.get(prefectureIndex);
            List<Region> counties = regions.children(prefecture.code());
            Region county = counties.get(random.nextInt(counties.size()));
            Region township = null;
            Region village = null;
            int level = random.nextInt(100);
            List<Region> townships = regions.children(county.code());
            if (level >= 25 && !townships.isEmpty()) {
                township = townships.get(random.nextInt(townships.size()));
                List<Region> villages = regions.children(township.code());
                if (level >= 70 && !villages.isEmpty()) {
                    village = villages.get(random.nextInt(villages.size()));
                }
            }
            Region place = village != null ? village : township != null ? township : county;
            Set<String> regionCodes = new LinkedHashSet<>();
            regionCodes.add(place.code());
            if (random.nextInt(100) < 20) {
                regionCodes.add(counties.get(random.nextInt(counties.size())).code());
            }
            DemoDataGenerator.Theme theme = DemoDataGenerator.THEMES.get(
                    random.nextInt(8) == 0 ? 0 : random.nextInt(DemoDataGenerator.THEMES.size()));
            DemoDataGenerator.Tags tags = theme.tags(random);
            String placeName = shortName(place);
            String focus = theme.titles().get(random.nextInt(theme.titles().size()));
            String title = placeName + focus;
            int year = 2017 + random.nextInt(9);
            LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1);
            LocalDate end = start.plusMonths(6 + random.nextInt(31)).minusDays(1);
            int roll = random.nextInt(100);
            String status = roll < 85 ? "published" : roll < 95 ? "closed" : "draft";
            long budgetFen = (20_000L + random.nextInt(480_000)) * 100L;
            String where = prefecture.name()
                    + county.name()
                    + (township == null ? "" : township.name())
                    + (village == null ? "" : shortName(village));
            String description = "项目在" + where + "开展" + focus + "，" + METHODS.get(random.nextInt(METHODS.size())) + "，"
                    + OUTCOMES.get(random.nextInt(OUTCOMES.size())) + "\n\n" + DemoDataGenerator.DEMO_NOTE;
            int inPrefecture = (organisations - prefectureIndex + p - 1) / p;
            long organisationId = firstOrganisationId + prefectureIndex + (long) random.nextInt(inPrefecture) * p;
            sink.accept(new Project(
                    firstId + i,
                    organisationId,
                    title,
                    description,
                    List.copyOf(regionCodes),
                    tags.targetGroups(),
                    tags.categories(),
                    theme.programme(),
                    FUNDING.get(random.nextInt(FUNDING.size())),
                    status,
                    start,
                    end,
                    budgetFen));
        }
    }

    /** A village committee as people name the village: 小河村村民委员会 → 小河村, 团结路社区居民委员会 → 团结路社区. */
    static String shortName(Region region) {
        String name = region.name();
        if (!"village".equals(region.level())) {
            return name;
        }
        for (String suffix : new String[] {"村民委员会", "村委会"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String stem = name.substring(0, name.length() - suffix.length());
                return stem.endsWith("村") ? stem : stem + "村";
            }
        }
        if (name.endsWith("居民委员会") && name.length() > 5) {
            return name.substring(0, name.length() - 5);
        }
        return name;
    }

    /** The prefectures the projects go round (for tests). */
    List<Region> prefectures() {
        return new ArrayList<>(prefectures);
    }
}

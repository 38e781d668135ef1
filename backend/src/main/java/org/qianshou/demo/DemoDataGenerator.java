package org.qianshou.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.qianshou.funding.call.CallRequest;
import org.qianshou.opening.OpeningRequest;
import org.qianshou.opening.ShiftRequest;
import org.qianshou.organisation.OrganisationSeed;
import org.qianshou.project.ProjectRequest;
import org.qianshou.region.Region;
import org.qianshou.story.ConsentRequest;
import org.qianshou.story.StoryRequest;

/**
 * Deterministic, plausible demo data: the same seed and size always give the same organisations and
 * projects. Every name says it is demo data; no real person or organisation appears.
 */
public final class DemoDataGenerator {

    /** A theme ties a service category to the target groups and titles that fit it. */
    record Theme(String category, List<String> targetGroups, List<String> titles, String programme) {

        /**
         * A project's target groups and categories, as the demo and scale data choose them: one or two of the theme's
         * groups, its category and, one time in four, another theme's.
         */
        Tags tags(Random random) {
            Set<String> groups = new LinkedHashSet<>();
            groups.add(targetGroups.get(random.nextInt(targetGroups.size())));
            if (random.nextInt(100) < 40) {
                groups.add(targetGroups.get(random.nextInt(targetGroups.size())));
            }
            Set<String> categories = new LinkedHashSet<>();
            categories.add(category);
            if (random.nextInt(100) < 25) {
                categories.add(THEMES.get(random.nextInt(THEMES.size())).category());
            }
            return new Tags(List.copyOf(groups), List.copyOf(categories));
        }
    }

    /** The target groups and categories of a generated project. */
    record Tags(List<String> targetGroups, List<String> categories) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "left-behind-children",
                    List.of("left-behind-children", "children-in-difficulty"),
                    List.of("留守儿童关爱保护服务项目", "“童伴成长”留守儿童陪伴计划", "留守儿童控辍保学社会工作服务", "困境儿童监护探访与成长辅导"),
                    "demonstration"),
            new Theme(
                    "special-groups",
                    List.of("elderly-in-difficulty", "women-in-difficulty", "disabled"),
                    List.of("特殊困难老年人居家探访服务", "空巢失能老人互助关爱项目", "特殊困难妇女赋能支持计划", "残疾人社区康复与融合服务"),
                    "demonstration"),
            new Theme(
                    "special-groups",
                    List.of("at-risk-youth", "community-corrections", "released-prisoners"),
                    List.of("不良行为青少年成长辅导项目", "社区矫正对象社会融入服务", "刑满释放人员回归支持计划"),
                    "talent-dispatch"),
            new Theme(
                    "industry-development",
                    List.of("poor-households", "relocated"),
                    List.of("一村一品产业发展社会工作服务", "农民专业合作社能力建设项目", "特色种养殖互助组培育计划"),
                    "twinning"),
            new Theme(
                    "relocation-integration",
                    List.of("relocated", "left-behind-children", "elderly-in-difficulty"),
                    List.of("易地搬迁社区融合适应服务", "搬迁群众就业与邻里互助项目", "新社区社会网络重建计划"),
                    "twinning"),
            new Theme(
                    "capacity-building",
                    List.of("poor-households", "dibao", "women-in-difficulty"),
                    List.of("脱贫能力建设与就业创业支持", "贫困群众技能培训与增收计划", "返乡青年创业陪伴项目"),
                    "returnee-entrepreneurship"),
            new Theme(
                    "social-assistance",
                    List.of("dibao", "tekun", "hardship-families"),
                    List.of("困难群众需求评估与救助帮扶", "因病因残致贫家庭个案帮扶", "农村低保对象核查与社会工作介入"),
                    "dibao-verification"));

    /** Left-behind children are the policy's first concern: their theme is drawn twice as often. */
    private static final List<Theme> WEIGHTED_THEMES = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(THEMES.get(0)), THEMES.stream())
            .toList();

    private static final List<String> ORG_WORDS = List.of("阳光", "彩云", "同心", "益行", "春苗", "山花", "连心", "明德", "和美", "启航");
    private static final List<String> FUNDING =
            List.of("government-purchase", "venture-philanthropy", "charity", "social-capital", "reward-fund");
    static final String DEMO_NOTE = "【演示数据 Demo data】本项目由系统生成，仅用于演示，不代表真实机构、人员或地点的实际情况。";

    /** Volunteer activities that fit a service category (the opening's title after its place's name). */
    private static final java.util.Map<String, List<String>> ACTIVITIES = java.util.Map.of(
            "left-behind-children", List.of("周末课业辅导志愿者", "留守儿童绘本共读", "儿童之家暑期陪伴", "留守儿童亲情视频通话协助"),
            "special-groups", List.of("困难老人居家探访志愿者", "助残康复活动协助", "空巢老人理发与健康义诊"),
            "industry-development", List.of("农产品直播带货协助", "合作社账目整理志愿者", "特色种植技术推广协助"),
            "relocation-integration", List.of("搬迁社区邻里节志愿者", "新市民普通话与手机课堂", "搬迁社区儿童四点半课堂"),
            "capacity-building", List.of("就业创业培训助教", "电商技能培训志愿者", "返乡青年创业沙龙协助"),
            "social-assistance", List.of("困难家庭入户走访协助", "救助政策宣传志愿者", "低保家庭需求调查协助"));

    private static final List<String> SKILLS = List.of(
            "tutoring",
            "counselling",
            "medical-care",
            "legal-advice",
            "arts-sports",
            "information-technology",
            "agriculture",
            "driving",
            "photography-publicity",
            "language-yi",
            "language-hani",
            "language-miao");

    private static final String[][] TIMES = {
        {"09:00", "12:00"}, {"14:00", "17:30"}, {"08:30", "11:30"}, {"15:00", "18:00"}
    };

    /** What the generator needs of the regions. */
    public interface RegionSource {
        List<Region> children(String code);
    }

    /** An organisation to create, and the prefecture it belongs to. */
    public record DemoOrganisation(OrganisationSeed request, String prefectureCode) {}

    /** A project to create for the organisation at {@code organisationIndex} of the generated list. */
    public record DemoProject(int organisationIndex, ProjectRequest withoutOrganisation) {}

    /**
     * An opening to create under the project at {@code projectIndex} of the generated list ({@code withoutProject} has
     * project id 0).
     */
    public record DemoOpening(int projectIndex, OpeningRequest withoutProject) {}

    private final RegionSource regions;
    private final long seed;

    public DemoDataGenerator(RegionSource regions, long seed) {
        this.regions = regions;
        this.seed = seed;
    }

    /** Organisations: at least one per prefecture, about one per ten projects. */
    public List<DemoOrganisation> organisations(int projects) {
        Random random = new Random(seed);
        List<Region> prefectures = regions.children("53");
        int count = Math.max(prefectures.size(), projects / 10);
        List<DemoOrganisation> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Region prefecture = prefectures.get(i % prefectures.size());
            List<Region> counties = regions.children(prefecture.code());
            Region home = i < prefectures.size() ? prefecture : counties.get(random.nextInt(counties.size()));
            String name = home.name() + ORG_WORDS.get(random.nextInt(ORG_WORDS.size())) + "社会工作服务中心（演示" + (i + 1) + "）";
            result.add(new DemoOrganisation(
                    new OrganisationSeed(name, "agency", home.code(), DEMO_NOTE), prefecture.code()));
        }
        return result;
    }

    /** Projects spread round-robin over the prefectures, each run by an organisation of its prefecture. */
    public List<DemoProject> projects(int count, List<DemoOrganisation> organisations) {
        Random random = new Random(seed * 31 + 7);
        List<Region> prefectures = regions.children("53");
        java.util.Map<String, List<Integer>> byPrefecture = new java.util.HashMap<>();
        for (int i = 0; i < organisations.size(); i++) {
            byPrefecture
                    .computeIfAbsent(organisations.get(i).prefectureCode(), k -> new ArrayList<>())
                    .add(i);
        }
        List<DemoProject> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Region prefecture = prefectures.get(i % prefectures.size());
            List<Region> counties = regions.children(prefecture.code());
            Region county = counties.get(random.nextInt(counties.size()));
            List<Region> townships = regions.children(county.code());
            Set<String> regionCodes = new LinkedHashSet<>();
            Region place = county;
            if (!townships.isEmpty() && random.nextInt(100) < 60) {
                place = townships.get(random.nextInt(townships.size()));
            }
            regionCodes.add(place.code());
            if (random.nextInt(100) < 20) {
                regionCodes.add(counties.get(random.nextInt(counties.size())).code());
            }
            Theme theme = WEIGHTED_THEMES.get(random.nextInt(WEIGHTED_THEMES.size()));
            Tags tags = theme.tags(random);
            String title = place.name()
                    + theme.titles().get(random.nextInt(theme.titles().size()));
            int year = 2017 + random.nextInt(9);
            LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1);
            LocalDate end = start.plusMonths(6 + random.nextInt(31)).minusDays(1);
            int roll = random.nextInt(100);
            String status = roll < 85 ? "published" : roll < 95 ? "closed" : "draft";
            long budgetFen = (20_000L + random.nextInt(480_000)) * 100L;
            String description = "项目在" + prefecture.name() + county.name()
                    + (place == county ? "" : place.name()) + "开展"
                    + title.substring(place.name().length())
                    + "，由专业社会工作者通过需求评估、个案管理、小组工作和社区活动，为"
                    + "服务对象提供陪伴与支持，并联动村（居）委会、学校和志愿者形成长效关爱机制。\n\n" + DEMO_NOTE;
            List<Integer> candidates = byPrefecture.get(prefecture.code());
            int organisationIndex = candidates.get(random.nextInt(candidates.size()));
            result.add(new DemoProject(
                    organisationIndex,
                    new ProjectRequest(
                            null,
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
                            budgetFen)));
        }
        return result;
    }

    /**
     * One to three openings for each published project, with one to four weekly shifts each, the first within six
     * weeks of {@code today} (Asia/Shanghai) and for half of the openings within {@code today}'s month. Half of the
     * openings of a project placed in a township take place in one of its villages (drawn from a random sequence of
     * their own, so that everything else is as it was without villages). The same seed and day give the same openings.
     */
    public List<DemoOpening> openings(List<DemoProject> projects, LocalDate today) {
        Random random = new Random(seed * 17 + 3);
        Random villages = new Random(seed * 17 + 5);
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        List<DemoOpening> result = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            ProjectRequest project = projects.get(p).withoutOrganisation();
            if (!"published".equals(project.status())) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            for (int o = 0; o < count; o++) {
                String category = project.serviceCategories().get(0);
                List<String> activities = ACTIVITIES.getOrDefault(category, ACTIVITIES.get("special-groups"));
                String region = project.regionCodes().get(0);
                String place =
                        project.title().substring(0, Math.min(project.title().length(), placeLength(project)));
                String title = place + activities.get(random.nextInt(activities.size())) + "（演示）";
                Set<String> skills = new LinkedHashSet<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
                }
                // Half the openings start within the month, so that "this month" finds some.
                int untilMonthEnd = (int) (monthEnd.toEpochDay() - today.toEpochDay());
                LocalDate first = random.nextBoolean() && untilMonthEnd >= 1
                        ? today.plusDays(1 + random.nextInt(untilMonthEnd))
                        : today.plusDays(1 + random.nextInt(42));
                List<ShiftRequest> shifts = new ArrayList<>();
                int shiftCount = 1 + random.nextInt(4);
                for (int s = 0; s < shiftCount; s++) {
                    String[] time = TIMES[random.nextInt(TIMES.length)];
                    shifts.add(new ShiftRequest(
                            first.plusDays(7L * s),
                            java.time.LocalTime.parse(time[0]),
                            java.time.LocalTime.parse(time[1]),
                            5 + random.nextInt(26),
                            null));
                }
                String meetingPlace = place + "村（社区）综合服务站";
                if (region.length() == 9 && villages.nextBoolean()) {
                    List<Region> inTownship = regions.children(region);
                    if (!inTownship.isEmpty()) {
                        Region village = inTownship.get(villages.nextInt(inTownship.size()));
                        region = village.code();
                        meetingPlace = village.name() + "活动室";
                    }
                }
                String description =
                        "志愿者在社工带领下参与" + title.substring(place.length()).replace("（演示）", "")
                                + "，活动前有岗前培训，活动中有社工督导。请按时到达集合地点，注意安全。\n\n" + DEMO_NOTE;
                result.add(new DemoOpening(
                        p,
                        new OpeningRequest(
                                0L,
                                title,
                                description,
                                region,
                                meetingPlace,
                                List.copyOf(project.targetGroups()),
                                category,
                                List.copyOf(skills),
                                random.nextInt(100) < 20,
                                random.nextInt(100) < 30 ? "approval" : "automatic",
                                first.minusDays(1)
                                        .atTime(20, 0)
                                        .atZone(ShiftRequest.ZONE)
                                        .toOffsetDateTime(),
                                "演示联系人",
                                "0870-0000000",
                                shifts,
                                null)));
            }
        }
        return result;
    }

    /** Demo funders: a government department, two foundations and a charity, all registered in 昆明市. */
    static final List<String> FUNDER_NAMES =
            List.of("云南省社会工作专项资金管理办公室（演示）", "彩云公益基金会（演示）", "春苗儿童发展基金会（演示）", "同心慈善会（演示）");

    /** What each demo funder gives, in the order of {@link #FUNDER_NAMES}. */
    private static final List<String> FUNDER_FUNDING =
            List.of("government-purchase", "venture-philanthropy", "charity", "social-capital");

    /** A call to create for the funder at {@code funderIndex} of {@link #funders()}; closed by its funder when {@code closed}. */
    public record DemoCall(int funderIndex, CallRequest request, boolean closed) {}

    /** The demo funders to create (verified organisations of kind {@code funder}). */
    public List<OrganisationSeed> funders() {
        return FUNDER_NAMES.stream()
                .map(name -> new OrganisationSeed(name, "funder", "5301", name + "：资助云南农村社会工作服务项目。\n\n" + DEMO_NOTE))
                .toList();
    }

    /**
     * Three dozen calls of the demo funders around {@code today} (Asia/Shanghai): two closing within 14 days, one
     * two-stage call (concept notes for ten more days), three opening later, six closed (half by their close time, half
     * by their funder), the others (24) open for at least 20 more days. Each names a prefecture (every sixth the whole province), a theme's target
     * groups and programme, a pool of ¥300,000 to ¥3,000,000, tranches 30/40/30 or 50/50 with reports due after the
     * close, and a rubric of three criteria. The same seed and day give the same calls.
     */
    public List<DemoCall> calls(LocalDate today) {
        Random random = new Random(seed * 13 + 5);
        List<Region> prefectures = regions.children("53");
        List<DemoCall> result = new ArrayList<>();
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        for (int i = 0; i < 36; i++) {
            int funder = i % FUNDER_NAMES.size();
            Region region = i % 6 == 5
                    ? new Region("53", null, "province", "云南省")
                    : prefectures.get(random.nextInt(prefectures.size()));
            Theme theme = WEIGHTED_THEMES.get(random.nextInt(WEIGHTED_THEMES.size()));
            int kind = i == 5 || i == 17 ? 5 : i == 9 ? 9 : i % 12 == 6 ? 6 : i % 12 == 7 ? 7 : i % 12 == 8 ? 8 : 0;
            LocalDate opens;
            LocalDate closes;
            LocalDate concept = null;
            switch (kind) {
                case 5 -> {
                    opens = today.minusDays(20 + random.nextInt(20));
                    closes = today.plusDays(3 + random.nextInt(10));
                }
                case 6 -> {
                    opens = today.plusDays(5 + random.nextInt(20));
                    closes = opens.plusDays(45);
                }
                case 7, 8 -> {
                    opens = today.minusDays(120 + random.nextInt(60));
                    closes = today.minusDays(10 + random.nextInt(50));
                }
                case 9 -> {
                    opens = today.minusDays(10);
                    concept = today.plusDays(10);
                    closes = today.plusDays(60);
                }
                default -> {
                    opens = today.minusDays(5 + random.nextInt(25));
                    closes = today.plusDays(20 + random.nextInt(60));
                }
            }
            long poolFen = (30L + random.nextInt(271)) * 1_000_000L;
            long maxFen = poolFen / 5 / 100_000 * 100_000;
            List<CallRequest.Tranche> tranches = random.nextBoolean()
                    ? List.of(
                            new CallRequest.Tranche(1, 3000, null),
                            new CallRequest.Tranche(2, 4000, closes.plusDays(120)),
                            new CallRequest.Tranche(3, 3000, closes.plusDays(300)))
                    : List.of(
                            new CallRequest.Tranche(1, 5000, null),
                            new CallRequest.Tranche(2, 5000, closes.plusDays(200)));
            String focus = theme.titles().get(random.nextInt(theme.titles().size()));
            String title = region.name() + focus.replace("项目", "").replace("计划", "") + "资助项目征集（演示" + (i + 1) + "）";
            String description = FUNDER_NAMES.get(funder).replace("（演示）", "") + "面向在" + region.name()
                    + "注册或提供服务的社会工作服务机构征集" + focus + "，重点支持需求评估清晰、服务方案可行、"
                    + "机构专业能力较强的项目。资金分期拨付，后续各期在阶段报告通过审核后拨付。\n\n" + DEMO_NOTE;
            result.add(new DemoCall(
                    funder,
                    new CallRequest(
                            title,
                            description,
                            FUNDER_FUNDING.get(funder),
                            theme.programme(),
                            poolFen,
                            Math.max(100_000L, maxFen),
                            1000,
                            region.code(),
                            "either",
                            List.of(),
                            List.copyOf(theme.targetGroups()),
                            random.nextInt(3),
                            opens.atTime(9, 0).atZone(zone).toOffsetDateTime(),
                            closes.atTime(17, 0).atZone(zone).toOffsetDateTime(),
                            concept != null,
                            concept == null
                                    ? null
                                    : concept.atTime(17, 0).atZone(zone).toOffsetDateTime(),
                            kind == 9,
                            0,
                            10,
                            3,
                            null,
                            tranches,
                            List.of(
                                    new CallRequest.Criterion("需求分析", "服务对象需求是否清楚、有依据", 30),
                                    new CallRequest.Criterion("服务方案", "目标、活动与预算是否一致可行", 40),
                                    new CallRequest.Criterion("机构能力", "团队资质与过往服务经验", 30)),
                            null),
                    kind == 8));
        }
        return result;
    }

    /**
     * A published demo story about the project at {@code projectIndex} ({@code withoutProject} has project id 0), with
     * the consent record of the person it tells about, published {@code daysAgo} days before the load.
     */
    public record DemoStory(int projectIndex, StoryRequest withoutProject, ConsentRequest consent, int daysAgo) {}

    /** Pseudonyms of the people demo stories tell about: never a full name, never a surname. */
    static final List<String> CHILDREN = List.of("小雨", "小花", "小禾", "小朵", "小溪", "小豆");

    /**
     * One published story per twenty projects (at least one), on published projects spread over the prefectures (the
     * projects go round the 16 prefectures, the stories take every 21st). Texts use pseudonyms (小雨) or roles (奶奶), name
     * the county at most, never a village or a full name, and pass the protection check. The same seed gives the same
     * stories.
     */
    public List<DemoStory> stories(List<DemoProject> projects) {
        List<DemoStory> result = new ArrayList<>();
        if (projects.isEmpty()) {
            return result;
        }
        Random random = new Random(seed * 19 + 11);
        int count = Math.max(1, projects.size() / 20);
        Set<Integer> taken = new java.util.HashSet<>();
        for (int k = 0; k < count; k++) {
            int index = (k * 21) % projects.size();
            int tries = 0;
            while (tries < projects.size()
                    && (taken.contains(index)
                            || !"published"
                                    .equals(projects.get(index)
                                            .withoutOrganisation()
                                            .status()))) {
                index = (index + 1) % projects.size();
                tries++;
            }
            if (tries == projects.size()) {
                break;
            }
            taken.add(index);
            ProjectRequest project = projects.get(index).withoutOrganisation();
            String group = project.targetGroups().get(0);
            // the county at most: a township would say where the child lives
            String regionCode = project.regionCodes().get(0).substring(0, 6);
            String county = countyName(regionCode);
            String child = CHILDREN.get(random.nextInt(CHILDREN.size()));
            StoryText text = text(group, child, county, random);
            boolean minor = text.minor();
            result.add(new DemoStory(
                    index,
                    new StoryRequest(
                            0L,
                            text.title() + "（演示）",
                            text.summary(),
                            text.html() + "<p>" + DEMO_NOTE.replace("本项目", "本故事") + "</p>",
                            regionCode,
                            List.copyOf(project.targetGroups()),
                            project.serviceCategories().get(0),
                            project.programme(),
                            null),
                    new ConsentRequest(
                            text.person(),
                            minor,
                            minor ? "guardian" : "self",
                            minor ? "奶奶" : null,
                            "written",
                            LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            true,
                            false,
                            "演示数据：同意在牵手平台展示本故事的文字"),
                    1 + random.nextInt(180)));
        }
        return result;
    }

    private record StoryText(String title, String summary, String html, String person, boolean minor) {}

    private String countyName(String regionCode) {
        String countyCode = regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
        String prefecture = countyCode.substring(0, 4);
        return regions.children(prefecture).stream()
                .filter(r -> r.code().equals(countyCode))
                .map(Region::name)
                .findFirst()
                .orElse("当地");
    }

    /** The story's text by its first target group: children, the elderly and others in difficulty, or households. */
    private static StoryText text(String group, String child, String county, Random random) {
        int month = 3 + random.nextInt(8);
        switch (group) {
            case "left-behind-children", "children-in-difficulty" -> {
                return new StoryText(
                        child + "的新学期",
                        "父母在外务工，" + child + "和奶奶一起生活。社工的陪伴让她重新爱上了读书。",
                        "<p>" + child + "今年十岁，父母常年在外务工，她和奶奶一起生活。刚认识社工的时候，她很少说话，"
                                + "作业也常常完不成。</p><h2>每周一次的陪伴</h2><p>" + month + "月起，" + county
                                + "的社工每周到学校和家里探访，陪她读绘本、做作业，也教奶奶用手机和孩子的父母视频。</p>"
                                + "<ul><li>建立了每周的学习计划</li><li>参加了学校的读书小组活动</li>"
                                + "<li>每月和父母视频通话</li></ul><blockquote>“我现在最喜欢的是故事书。”</blockquote>"
                                + "<p>半年后，" + child + "的成绩有了进步，也交到了新朋友。</p>",
                        child,
                        true);
            }
            case "elderly-in-difficulty", "disabled", "women-in-difficulty" -> {
                return new StoryText(
                        "奶奶的小菜园",
                        "独自生活的奶奶有了社工和邻里的定期探访，也重新打理起了自己的小菜园。",
                        "<p>奶奶七十多岁，子女都在外地，一个人住。腿脚不方便以后，她很少出门。</p><h2>探访与互助</h2>"
                                + "<p>" + county + "的社工和志愿者每周上门探访，帮她整理药品、联系医生，"
                                + "还请邻居们轮流照看。</p><p>" + month + "月，奶奶在大家的帮助下重新种上了青菜和辣椒。"
                                + "她说：“有人来说说话，日子就好过多了。”</p>",
                        "奶奶",
                        false);
            }
            case "at-risk-youth", "community-corrections", "released-prisoners" -> {
                return new StoryText(
                        "重新出发",
                        "在社工的陪伴下，一位青年找到了工作，也修复了和家人的关系。",
                        "<p>他二十出头，曾经辍学在外游荡。社工第一次见到他时，他对未来没有什么打算。</p>"
                                + "<h2>一步一步来</h2><p>社工和他一起做了职业规划，联系了" + county
                                + "的技能培训班。" + month + "月，他通过考核，成为一名汽修学徒。</p>"
                                + "<p>现在他每周给家里打电话，还报名参加了社区的志愿服务。</p>",
                        "青年",
                        false);
            }
            default -> {
                return new StoryText(
                        "一家人的新生活",
                        "搬进新社区后，一家人在社工的帮助下适应了新环境，也有了稳定的收入。",
                        "<p>这一家人搬进新社区已经一年。刚来的时候，大姐找不到工作，孩子也不适应新学校。</p>"
                                + "<h2>从邻里互助开始</h2><p>" + county + "的社工组织了邻里活动和技能培训，"
                                + "大姐学会了刺绣，加入了当地的手工合作社。</p><p>" + month
                                + "月，她的刺绣作品第一次卖了出去。她说：“现在心里踏实了。”</p>",
                        "大姐",
                        false);
            }
        }
    }

    /** A project's title starts with the name of its place (see {@link #projects}); its length, found by the theme. */
    private static int placeLength(ProjectRequest project) {
        for (Theme theme : THEMES) {
            for (String title : theme.titles()) {
                if (project.title().endsWith(title)) {
                    return project.title().length() - title.length();
                }
            }
        }
        return 0;
    }
}

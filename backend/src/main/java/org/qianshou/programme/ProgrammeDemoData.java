package org.qianshou.programme;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;

/**
 * Demo records of the programmes, generated from a seed (the same seed and inputs always give the same rows), marked
 * {@code demo}, every name saying 演示: 牵手计划 pairs of demo agencies with partners from developed regions and their
 * support log, university–county partnerships with their activities, dispatches to townships and their villages
 * every year from 2017 and demonstration designations of published demo projects every year. The numbers grow with
 * the demo's size.
 */
@Singleton
public class ProgrammeDemoData {

    /** Developed regions the partners come from: province and city. */
    private static final List<String[]> PARTNER_PLACES = List.of(
            new String[] {"上海市", "上海市"},
            new String[] {"广东省", "深圳市"},
            new String[] {"广东省", "广州市"},
            new String[] {"北京市", "北京市"},
            new String[] {"浙江省", "杭州市"},
            new String[] {"江苏省", "南京市"},
            new String[] {"江苏省", "苏州市"},
            new String[] {"福建省", "厦门市"});

    private static final List<String> PARTNER_WORDS = List.of("乐群", "启明", "同行", "恒爱", "明心", "众合", "和悦", "知行");
    private static final List<String> UNIVERSITY_PLACES =
            List.of("滇池", "西南", "彩云", "苍山", "洱海", "金沙", "澜沧", "乌蒙", "哀牢", "高黎贡", "玉龙", "梅里", "南盘", "红河");
    private static final List<String> SUPPORT_KINDS =
            List.of("people-sent", "supervision", "training", "joint-project");
    private static final List<String> ACTIVITY_KINDS =
            List.of("internship-base", "students-placed", "teacher-practice");
    private static final List<String> LEVELS = List.of("assistant", "assistant", "intermediate", "senior", "none");
    private static final List<String> CATEGORIES = List.of("a", "b", "c");

    /** What was created. */
    public record Created(int pairs, int supportEntries, int partnerships, int dispatches, int designations) {}

    private final ProgrammeWorkflow workflow;
    private final RegionService regions;

    ProgrammeDemoData(ProgrammeWorkflow workflow, RegionService regions) {
        this.workflow = workflow;
        this.regions = regions;
    }

    /**
     * Creates the demo records unless they exist.
     *
     * @param agencyIds demo agencies (Yunnan), in the demo's order
     * @param publishedProjectIds demo projects that are published or closed
     * @param projectCount the demo's size (number of projects)
     */
    public Created load(
            List<Long> agencyIds, List<Long> publishedProjectIds, int projectCount, long seed, LocalDate today) {
        if (agencyIds.isEmpty() || workflow.hasDemoRows()) {
            return new Created(0, 0, 0, 0, 0);
        }
        Random random = new Random(seed * 17 + 3);
        // Which dispatches go to a village of their township: a sequence of its own, so the rest stays as it was.
        Random villages = new Random(seed * 17 + 7);
        int lastYear = today.getYear();
        List<Region> prefectures = regions.children(RegionService.ROOT);

        int pairCount = Math.min(agencyIds.size(), Math.max(8, Math.min(30, projectCount / 20)));
        int supportEntries = 0;
        for (int i = 0; i < pairCount; i++) {
            String[] place = PARTNER_PLACES.get(i % PARTNER_PLACES.size());
            String partner = place[1].replace("市", "") + PARTNER_WORDS.get(random.nextInt(PARTNER_WORDS.size()))
                    + "社会工作服务社（演示" + (i + 1) + "）";
            LocalDate start = LocalDate.of(2017 + i % 4, 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate end = random.nextInt(3) == 0 ? start.plusYears(3).minusDays(1) : null;
            if (start.isAfter(today)) {
                continue;
            }
            long pair = workflow.createDemoPair(partner, place[0], place[1], agencyIds.get(i), start, end);
            LocalDate last = end == null || end.isAfter(today) ? today : end;
            int entries = 3 + random.nextInt(6);
            for (int e = 0; e < entries; e++) {
                String kind = SUPPORT_KINDS.get(random.nextInt(SUPPORT_KINDS.size()));
                int count = kind.equals("joint-project") ? 1 : 1 + random.nextInt(kind.equals("training") ? 40 : 6);
                workflow.createDemoSupport(pair, kind, between(random, start, last), count);
                supportEntries++;
            }
        }

        int partnershipCount = Math.max(6, Math.min(UNIVERSITY_PLACES.size(), projectCount / 25));
        for (int i = 0; i < partnershipCount; i++) {
            Region prefecture = prefectures.get(random.nextInt(prefectures.size()));
            List<Region> counties = regions.children(prefecture.code());
            Region county = counties.get(random.nextInt(counties.size()));
            String name = UNIVERSITY_PLACES.get(i) + "大学社会工作学院（演示）";
            LocalDate start =
                    LocalDate.of(2017 + random.nextInt(Math.max(1, lastYear - 2017)), 3 + random.nextInt(6), 1);
            LocalDate end = random.nextInt(4) == 0 ? start.plusYears(4).minusDays(1) : null;
            long partnership = workflow.createDemoPartnership(null, name, county.code(), start, end);
            LocalDate last = end == null || end.isAfter(today) ? today : end;
            for (String kind : ACTIVITY_KINDS) {
                int times = 1 + random.nextInt(3);
                for (int t = 0; t < times; t++) {
                    int count = kind.equals("students-placed") ? 5 + random.nextInt(30) : 1 + random.nextInt(4);
                    workflow.createDemoActivity(partnership, kind, between(random, start, last), count);
                }
            }
        }

        int perYear = Math.max(6, Math.min(40, projectCount / 20));
        int dispatches = 0;
        for (int year = Programmes.FIRST_YEAR; year <= lastYear; year++) {
            for (int d = 0; d < perYear; d++) {
                Region prefecture = prefectures.get((year + d) % prefectures.size());
                List<Region> counties = regions.children(prefecture.code());
                Region county = counties.get(random.nextInt(counties.size()));
                List<Region> townships = regions.children(county.code());
                if (townships.isEmpty()) {
                    continue;
                }
                Region township = townships.get(random.nextInt(townships.size()));
                LocalDate start = LocalDate.of(year, 2 + random.nextInt(10), 1 + random.nextInt(28));
                if (start.isAfter(today)) {
                    continue;
                }
                LocalDate end = start.plusYears(1).minusDays(1);
                Region place = township;
                List<Region> inTownship = regions.children(township.code());
                if (!inTownship.isEmpty() && villages.nextBoolean()) {
                    place = inTownship.get(villages.nextInt(inTownship.size()));
                }
                workflow.createDemoDispatch(
                        place.code(), LEVELS.get(random.nextInt(LEVELS.size())), 2 + random.nextInt(28), start, end);
                dispatches++;
            }
        }

        int designations = 0;
        if (!publishedProjectIds.isEmpty()) {
            int batch = Math.max(2, Math.min(12, publishedProjectIds.size() / 20));
            for (int year = Programmes.FIRST_YEAR; year <= lastYear; year++) {
                Set<Long> chosen = new LinkedHashSet<>();
                for (int tries = 0;
                        chosen.size() < Math.min(batch, publishedProjectIds.size()) && tries < 100;
                        tries++) {
                    chosen.add(publishedProjectIds.get(random.nextInt(publishedProjectIds.size())));
                }
                for (long project : new ArrayList<>(chosen)) {
                    workflow.createDemoDesignation(project, year, CATEGORIES.get(random.nextInt(CATEGORIES.size())));
                    designations++;
                }
            }
        }
        return new Created(pairCount, supportEntries, partnershipCount, dispatches, designations);
    }

    private static LocalDate between(Random random, LocalDate first, LocalDate last) {
        long days = Math.max(0, last.toEpochDay() - first.toEpochDay());
        return first.plusDays(days == 0 ? 0 : random.nextLong(days + 1));
    }
}

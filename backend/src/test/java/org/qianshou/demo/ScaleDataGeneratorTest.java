package org.qianshou.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qianshou.region.Region;

class ScaleDataGeneratorTest {

    /**
     * A region tree of the real shape: a province, three prefectures, two counties each, two townships each (the
     * second county of 5333 has none), three village committees each.
     */
    private static final DemoDataGenerator.RegionSource REGIONS = code -> {
        List<Region> children = new ArrayList<>();
        switch (code.length()) {
            case 2 ->
                List.of("5301", "5306", "5333").forEach(c -> children.add(new Region(c, code, "prefecture", "州" + c)));
            case 4 ->
                List.of("01", "02").forEach(c -> children.add(new Region(code + c, code, "county", "县" + code + c)));
            case 6 -> {
                if (!code.equals("533302")) {
                    List.of("100", "200")
                            .forEach(c -> children.add(new Region(code + c, code, "township", "镇" + code + c)));
                }
            }
            case 9 -> {
                children.add(new Region(code + "201", code, "village", "小河村民委员会"));
                children.add(new Region(code + "202", code, "village", "大村村民委员会"));
                children.add(new Region(code + "001", code, "village", "团结路社区居民委员会"));
            }
            default -> {}
        }
        return children;
    };

    private static List<ScaleDataGenerator.Organisation> organisations(long seed, int projects) {
        List<ScaleDataGenerator.Organisation> rows = new ArrayList<>();
        new ScaleDataGenerator(REGIONS, seed).organisations(projects, 101, rows::add);
        return rows;
    }

    private static List<ScaleDataGenerator.Project> projects(long seed, int count) {
        List<ScaleDataGenerator.Project> rows = new ArrayList<>();
        new ScaleDataGenerator(REGIONS, seed).projects(count, 1, 101, rows::add);
        return rows;
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        assertThat(organisations(7, 5000)).isEqualTo(organisations(7, 5000));
        assertThat(projects(7, 5000)).isEqualTo(projects(7, 5000));
        assertThat(projects(8, 5000)).isNotEqualTo(projects(7, 5000));
        assertThat(organisations(8, 5000)).isNotEqualTo(organisations(7, 5000));
    }

    @Test
    void oneOrganisationPerTenProjectsEachProjectRunByOneOfItsPrefecture() {
        List<ScaleDataGenerator.Organisation> organisations = organisations(3, 5000);
        assertThat(organisations).hasSize(500);
        assertThat(organisations)
                .extracting(ScaleDataGenerator.Organisation::id)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(101, 601).boxed().toList());
        Map<Long, String> prefectureOf = new HashMap<>();
        organisations.forEach(o -> prefectureOf.put(o.id(), o.prefectureCode()));
        assertThat(organisations).allSatisfy(o -> assertThat(o.regionCode()).startsWith(o.prefectureCode()));
        List<ScaleDataGenerator.Project> projects = projects(3, 5000);
        assertThat(projects).allSatisfy(p -> {
            assertThat(prefectureOf).containsKey(p.organisationId());
            assertThat(p.regionCodes().get(0)).startsWith(prefectureOf.get(p.organisationId()));
        });
        // every organisation of the prefectures runs some project
        assertThat(projects.stream()
                        .map(ScaleDataGenerator.Project::organisationId)
                        .collect(Collectors.toSet()))
                .hasSizeGreaterThan(450);
        assertThat(organisations(3, 20)).hasSize(3);
    }

    @Test
    void projectsArePlacedOnEveryLevelOfTheTreeWithDemoTextAndVocabulary() {
        List<ScaleDataGenerator.Project> projects = projects(5, 6000);
        Set<String> known = new java.util.HashSet<>();
        collect("53", known);
        Map<Integer, Long> byLevel = projects.stream()
                .collect(Collectors.groupingBy(p -> p.regionCodes().get(0).length(), Collectors.counting()));
        assertThat(byLevel.keySet()).containsExactlyInAnyOrder(6, 9, 12);
        assertThat(byLevel.get(12)).isBetween(1200L, 2400L);
        assertThat(projects).allSatisfy(p -> {
            assertThat(known).containsAll(p.regionCodes());
            assertThat(p.title()).isNotBlank().doesNotContain("委员会");
            assertThat(p.description()).contains("演示数据").contains("开展");
            assertThat(p.endDate()).isAfter(p.startDate());
            assertThat(p.budgetFen()).isBetween(2_000_000L, 50_000_000L);
            assertThat(p.targetGroups()).isNotEmpty();
            assertThat(p.categories()).isNotEmpty();
        });
        Set<String> themeTitles = DemoDataGenerator.THEMES.stream()
                .flatMap(t -> t.titles().stream())
                .collect(Collectors.toSet());
        assertThat(projects)
                .allSatisfy(p -> assertThat(themeTitles.stream().anyMatch(p.title()::endsWith))
                        .isTrue());
        Map<String, Long> byStatus = projects.stream()
                .collect(Collectors.groupingBy(ScaleDataGenerator.Project::status, Collectors.counting()));
        assertThat(byStatus.get("published")).isBetween(4800L, 5400L);
        assertThat(byStatus.get("draft")).isBetween(150L, 450L);
        assertThat(projects.stream().filter(p -> p.targetGroups().contains("left-behind-children")))
                .hasSizeGreaterThan(900);
    }

    @Test
    void aVillageCommitteeIsNamedAsPeopleNameTheVillage() {
        assertThat(ScaleDataGenerator.shortName(new Region("530602001201", null, "village", "小河村民委员会")))
                .isEqualTo("小河村");
        assertThat(ScaleDataGenerator.shortName(new Region("530602001202", null, "village", "大村村民委员会")))
                .isEqualTo("大村");
        assertThat(ScaleDataGenerator.shortName(new Region("530602001001", null, "village", "团结路社区居民委员会")))
                .isEqualTo("团结路社区");
        assertThat(ScaleDataGenerator.shortName(new Region("530602001", null, "township", "凤凰街道")))
                .isEqualTo("凤凰街道");
    }

    private static void collect(String code, Set<String> into) {
        for (Region child : REGIONS.children(code)) {
            into.add(child.code());
            collect(child.code(), into);
        }
    }
}

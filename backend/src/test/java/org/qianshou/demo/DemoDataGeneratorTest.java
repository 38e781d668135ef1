package org.qianshou.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qianshou.region.Region;

class DemoDataGeneratorTest {

    /**
     * A small region tree of the real shape: a province, three prefectures, two counties each, a township each, two
     * villages each.
     */
    private static final DemoDataGenerator.RegionSource REGIONS = code -> {
        List<Region> children = new ArrayList<>();
        switch (code.length()) {
            case 2 ->
                List.of("5301", "5306", "5333").forEach(c -> children.add(new Region(c, code, "prefecture", "州" + c)));
            case 4 ->
                List.of("01", "02").forEach(c -> children.add(new Region(code + c, code, "county", "县" + code + c)));
            case 6 -> children.add(new Region(code + "100", code, "township", "镇" + code));
            case 9 ->
                List.of("201", "202").forEach(c -> children.add(new Region(code + c, code, "village", "村" + code + c)));
            default -> {}
        }
        return children;
    };

    @Test
    void storiesFollowTheProjectsUsePseudonymsAndPassTheProtectionCheck() {
        var generator = new DemoDataGenerator(REGIONS, 3);
        var projects = generator.projects(120, generator.organisations(120));
        var stories = generator.stories(projects);
        assertThat(stories).hasSize(6);
        assertThat(stories).isEqualTo(generator.stories(projects));
        List<String> places = new ArrayList<>();
        for (Region p : REGIONS.children("53")) {
            places.add(p.name());
            for (Region c : REGIONS.children(p.code())) {
                places.add(c.name());
                REGIONS.children(c.code()).forEach(t -> places.add(t.name()));
            }
        }
        var check = org.qianshou.story.StoryCheck.load(places, List.of());
        assertThat(stories).allSatisfy(s -> {
            var project = projects.get(s.projectIndex()).withoutOrganisation();
            var r = s.withoutProject();
            assertThat(project.status()).isEqualTo("published");
            assertThat(r.regionCode()).isEqualTo(project.regionCodes().get(0).substring(0, 6));
            assertThat(r.targetGroups()).isEqualTo(project.targetGroups());
            assertThat(r.title()).contains("演示");
            assertThat(r.bodyHtml()).contains("演示数据");
            assertThat(s.consent().minor() ? s.consent().givenBy() : "guardian").isEqualTo("guardian");
            String text = org.jsoup.Jsoup.parse(r.bodyHtml()).text();
            boolean children = r.targetGroups().stream()
                    .anyMatch(g -> List.of("left-behind-children", "children-in-difficulty", "at-risk-youth")
                            .contains(g));
            assertThat(check.check(
                            r.title(), r.summary(), text, children, org.qianshou.story.StoryCheck.Justifications.NONE))
                    .as(r.title() + " " + text)
                    .isEmpty();
        });
        assertThat(stories.stream()
                        .map(DemoDataGenerator.DemoStory::projectIndex)
                        .distinct())
                .hasSize(stories.size());
    }

    @Test
    void theSameSeedGivesTheSameData() {
        var a = new DemoDataGenerator(REGIONS, 7);
        var b = new DemoDataGenerator(REGIONS, 7);
        assertThat(a.projects(50, a.organisations(50))).isEqualTo(b.projects(50, b.organisations(50)));
        var c = new DemoDataGenerator(REGIONS, 8);
        assertThat(c.projects(50, c.organisations(50))).isNotEqualTo(a.projects(50, a.organisations(50)));
    }

    @Test
    void projectsSpreadOverEveryPrefectureAndAreValidAndMarked() {
        var generator = new DemoDataGenerator(REGIONS, 1);
        var organisations = generator.organisations(90);
        var projects = generator.projects(90, organisations);
        assertThat(projects).hasSize(90);
        Set<String> prefectures = projects.stream()
                .map(p -> p.withoutOrganisation().regionCodes().get(0).substring(0, 4))
                .collect(Collectors.toSet());
        assertThat(prefectures).containsExactlyInAnyOrder("5301", "5306", "5333");
        assertThat(projects).allSatisfy(p -> {
            var r = p.withoutOrganisation();
            assertThat(r.description()).endsWith(DemoDataGenerator.DEMO_NOTE);
            assertThat(r.endDate()).isAfterOrEqualTo(r.startDate());
            assertThat(r.budgetFen()).isPositive();
            assertThat(r.targetGroups()).isNotEmpty();
            String prefecture = r.regionCodes().get(0).substring(0, 4);
            assertThat(organisations.get(p.organisationIndex()).prefectureCode())
                    .isEqualTo(prefecture);
        });
        assertThat(organisations).allSatisfy(o -> assertThat(o.request().name()).contains("演示"));
    }

    @Test
    void openingsAreDeterministicInTheComingWeeksAndHalfStartThisMonth() {
        var generator = new DemoDataGenerator(REGIONS, 3);
        var projects = generator.projects(200, generator.organisations(200));
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 3);
        var openings = generator.openings(projects, today);
        assertThat(openings).isEqualTo(new DemoDataGenerator(REGIONS, 3).openings(projects, today));
        long published = projects.stream()
                .filter(p -> p.withoutOrganisation().status().equals("published"))
                .count();
        assertThat((long) openings.size()).isBetween(published, 3 * published);
        assertThat(openings).allSatisfy(o -> {
            var project = projects.get(o.projectIndex()).withoutOrganisation();
            var r = o.withoutProject();
            assertThat(project.status()).isEqualTo("published");
            // the project's region, or a village of the project's township
            assertThat(project.regionCodes())
                    .anySatisfy(c -> assertThat(r.regionCode()).startsWith(c));
            if (!project.regionCodes().contains(r.regionCode())) {
                assertThat(r.regionCode()).hasSize(12);
                assertThat(project.regionCodes()).contains(r.regionCode().substring(0, 9));
                assertThat(r.meetingPlace()).startsWith("村" + r.regionCode());
            }
            assertThat(project.targetGroups()).containsAll(r.targetGroups());
            assertThat(r.title()).contains("演示");
            assertThat(r.description()).endsWith(DemoDataGenerator.DEMO_NOTE);
            assertThat(r.shifts()).isNotEmpty().allSatisfy(s -> {
                assertThat(s.date()).isAfter(today).isBefore(today.plusDays(70));
                assertThat(s.end()).isAfter(s.start());
                assertThat(s.capacity()).isBetween(1, 100_000);
            });
            assertThat(r.signupDeadline().toLocalDate())
                    .isBefore(r.shifts().get(0).date());
        });
        long thisMonth = openings.stream()
                .filter(o -> o.withoutProject().shifts().get(0).date().getMonth() == today.getMonth())
                .count();
        assertThat(thisMonth).isGreaterThan(openings.size() / 3);
        long inTownships = openings.stream()
                .filter(o -> projects.get(o.projectIndex())
                                .withoutOrganisation()
                                .regionCodes()
                                .get(0)
                                .length()
                        == 9)
                .count();
        long inVillages = openings.stream()
                .filter(o -> o.withoutProject().regionCode().length() == 12)
                .count();
        assertThat(inVillages)
                .as("about half of %s openings of township projects", inTownships)
                .isBetween(inTownships / 4, inTownships * 3 / 4);
    }

    @Test
    void callsAreTheSameForTheSameSeedAndDayAndMarked() {
        var today = java.time.LocalDate.of(2026, 12, 1);
        var a = new DemoDataGenerator(REGIONS, 7).calls(today);
        assertThat(a).isEqualTo(new DemoDataGenerator(REGIONS, 7).calls(today));
        assertThat(a).hasSize(36);
        assertThat(a).allSatisfy(c -> {
            assertThat(c.request().title()).contains("演示");
            assertThat(c.request().description()).endsWith(DemoDataGenerator.DEMO_NOTE);
            assertThat(c.request().maxAwardFen()).isBetween(1L, c.request().poolFen());
            assertThat(c.request().tranches().stream()
                            .mapToInt(t -> t.shareBp())
                            .sum())
                    .isEqualTo(10_000);
            assertThat(c.funderIndex()).isBetween(0, DemoDataGenerator.FUNDER_NAMES.size() - 1);
        });
        assertThat(a.stream().filter(c -> Boolean.TRUE.equals(c.request().twoStage())))
                .hasSize(1);
        assertThat(a.stream().filter(DemoDataGenerator.DemoCall::closed)).hasSize(3);
    }
}

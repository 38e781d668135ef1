package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void withoutRegionTheFacetShowsPrefectures() {
        assertThat(Regions.childPattern(null)).contains("[0-9]{4}");
        assertThat(Regions.childPattern(" ")).contains("[0-9]{4}");
    }

    @Test
    void childrenAreTheCodesOfTheNextLevel() {
        assertThat(Regions.childPattern("53")).contains("53[0-9]{2}");
        assertThat(Regions.childPattern("5306")).contains("5306[0-9]{2}");
        assertThat(Regions.childPattern("530621")).contains("530621[0-9]{3}");
        assertThat(Regions.childPattern("530621100")).contains("530621100[0-9]{3}");
    }

    @Test
    void aVillageHasNoChildren() {
        assertThat(Regions.childPattern("530621100201")).isEmpty();
        assertThat(Regions.childLevelField("530621100201")).isEmpty();
    }

    @Test
    void theCodesByLevelAndTheFieldOfTheChildrensLevel() {
        assertThat(Regions.byLevel(Regions.withAncestors(List.of("530621100201", "533321"))))
                .containsExactly(
                        java.util.Map.entry("prefectures", List.of("5306", "5333")),
                        java.util.Map.entry("counties", List.of("530621", "533321")),
                        java.util.Map.entry("townships", List.of("530621100")),
                        java.util.Map.entry("villages", List.of("530621100201")));
        assertThat(Regions.byLevel(List.of("53"))).isEmpty();
        assertThat(Regions.childLevelField(null)).contains("regionLevels.prefectures");
        assertThat(Regions.childLevelField("53")).contains("regionLevels.prefectures");
        assertThat(Regions.childLevelField("5306")).contains("regionLevels.counties");
        assertThat(Regions.childLevelField("530621")).contains("regionLevels.townships");
        assertThat(Regions.childLevelField("530621100")).contains("regionLevels.villages");
    }

    @Test
    void rejectsWhatIsNotARegionCode() {
        for (String bad : new String[] {"5", "530", "53062", "abcd", "53.*", "5306211001"}) {
            assertThatThrownBy(() -> Regions.childPattern(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void withAncestorsListsEachPathFromTheProvinceDownOnce() {
        assertThat(Regions.withAncestors(List.of("530621100", "530627", "5306")))
                .containsExactly("53", "5306", "530621", "530621100", "530627");
        assertThat(Regions.withAncestors(List.of("530621100201")))
                .containsExactly("53", "5306", "530621", "530621100", "530621100201");
        assertThat(Regions.withAncestors(List.of())).isEmpty();
        assertThatThrownBy(() -> Regions.withAncestors(List.of("53062"))).isInstanceOf(IllegalArgumentException.class);
    }
}

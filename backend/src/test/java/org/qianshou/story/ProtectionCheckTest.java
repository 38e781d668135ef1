package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qianshou.region.Region;

class ProtectionCheckTest {

    private static Region village(String name) {
        return new Region("530627104207", "530627104", "village", name);
    }

    @Test
    void aVillageCommitteeIsWrittenAsItsVillage() {
        assertThat(ProtectionCheck.spoken(village("串九村民委员会"))).contains("串九村");
        assertThat(ProtectionCheck.spoken(village("白邑村委会"))).contains("白邑村");
        assertThat(ProtectionCheck.spoken(village("红泥闸村村民委员会"))).contains("红泥闸村");
        assertThat(ProtectionCheck.spoken(village("龙家水塘村民委员会"))).contains("龙家水塘村");
        assertThat(ProtectionCheck.spoken(village("碧溪村民委员会（农村社区）"))).contains("碧溪村");
    }

    @Test
    void aCommunityOfThreeCharactersOrMoreIsWrittenAsItsCommunity() {
        assertThat(ProtectionCheck.spoken(village("卯家湾社区居民委员会"))).contains("卯家湾社区");
        assertThat(ProtectionCheck.spoken(village("明通巷社区居委会"))).contains("明通巷社区");
        assertThat(ProtectionCheck.spoken(village("北汉庄社区村民委员会"))).contains("北汉庄社区");
        assertThat(ProtectionCheck.spoken(village("阳宗海风景名胜区虚拟社区"))).contains("阳宗海风景名胜区虚拟社区");
        assertThat(ProtectionCheck.spoken(village("板桥社区村民委员会"))).isEmpty();
        assertThat(ProtectionCheck.spoken(village("碧溪村民委员会（农村社区）"))).contains("碧溪村");
    }

    @Test
    void aTwoCharacterCommunityIsNotFlaggedWhereItsBareNameIsWritten() {
        assertThat(ProtectionCheck.flaggedAsWritten(village("幸福社区"))).isFalse();
        assertThat(ProtectionCheck.flaggedAsWritten(village("和谐社区"))).isFalse();
        assertThat(ProtectionCheck.flaggedAsWritten(village("幸福社区居民委员会"))).isTrue();
        assertThat(ProtectionCheck.flaggedAsWritten(village("卯家湾社区"))).isTrue();
        assertThat(ProtectionCheck.flaggedAsWritten(village("串九村民委员会"))).isTrue();
        assertThat(ProtectionCheck.flaggedAsWritten(new Region("530627104", "530627", "township", "母享镇")))
                .isTrue();
        assertThat(ProtectionCheck.flaggedAsWritten(new Region("530627", "5306", "county", "镇雄县")))
                .isFalse();
    }

    @Test
    void shortNamesCommunitiesAndOtherLevelsHaveNoSpokenForm() {
        assertThat(ProtectionCheck.spoken(village("新村村民委员会")))
                .as("新村 is an ordinary word")
                .isEmpty();
        assertThat(ProtectionCheck.spoken(village("幸福社区居民委员会"))).isEmpty();
        assertThat(ProtectionCheck.spoken(village("中庆社区"))).isEmpty();
        assertThat(ProtectionCheck.spoken(new Region("530627104", "530627", "township", "母享镇")))
                .isEmpty();
    }

    @Test
    void townshipsAndVillagesHaveTheirNamesWithoutSuffixWhenThreeCharactersOrMore() {
        assertThat(ProtectionCheck.unsuffixed(new Region("530621103", "530621", "township", "龙头山镇")))
                .contains("龙头山");
        assertThat(ProtectionCheck.unsuffixed(new Region("530621200", "530621", "township", "小中甸镇")))
                .contains("小中甸");
        assertThat(ProtectionCheck.unsuffixed(new Region("530621201", "530621", "township", "联合乡")))
                .as("联合 is two characters")
                .isEmpty();
        assertThat(ProtectionCheck.unsuffixed(new Region("530621202", "530621", "township", "东风农场")))
                .as("no suffix to leave out")
                .isEmpty();
        assertThat(ProtectionCheck.unsuffixed(village("红泥闸村村民委员会"))).contains("红泥闸");
        assertThat(ProtectionCheck.unsuffixed(village("卯家湾社区居民委员会"))).contains("卯家湾");
        assertThat(ProtectionCheck.unsuffixed(village("串九村民委员会"))).isEmpty();
        assertThat(ProtectionCheck.unsuffixed(new Region("530627", "5306", "county", "镇雄县")))
                .isEmpty();
    }
}

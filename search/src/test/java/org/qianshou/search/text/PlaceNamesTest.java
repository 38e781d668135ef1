package org.qianshou.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    @Test
    void aPlaceIsItsWholeNameWithAndWithoutItsAdministrativeWord() {
        assertThat(PlaceNames.pinyin("昭通市")).containsExactly("zhaotongshi", "zhaotong");
        assertThat(PlaceNames.pinyin("镇雄县")).containsExactly("zhenxiongxian", "zhenxiong");
        assertThat(PlaceNames.pinyin("五华区")).containsExactly("wuhuaqu", "wuhua");
        assertThat(PlaceNames.pinyin("以勒镇")).containsExactly("yilezhen", "yile");
        assertThat(PlaceNames.pinyin("華坪縣")).containsExactly("huapingxian", "huaping");
    }

    @Test
    void autonomousPrefecturesAndCountiesAreAlsoCalledForShort() {
        assertThat(PlaceNames.pinyin("楚雄彝族自治州")).containsExactly("chuxiongyizuzizhizhou", "chuxiongzhou", "chuxiong");
        assertThat(PlaceNames.pinyin("德宏傣族景颇族自治州")).contains("dehongzhou", "dehong");
        assertThat(PlaceNames.pinyin("宁蒗彝族自治县")).contains("ninglangxian", "ninglang");
        assertThat(PlaceNames.pinyin("金山彝族乡")).containsExactly("jinshanyizuxiang", "jinshan");
    }

    @Test
    void villagesLoseTheirCommitteeAndThenTheirVillage() {
        assertThat(PlaceNames.pinyin("横山村村民委员会"))
                .containsExactly("hengshancuncunminweiyuanhui", "hengshancun", "hengshan");
        assertThat(PlaceNames.pinyin("桃花村委会")).containsExactly("taohuacunweihui", "taohua");
        assertThat(PlaceNames.pinyin("兴仁社区居民委员会")).containsExactly("xingrenshequjuminweiyuanhui", "xingren");
    }

    @Test
    void neverASingleSyllableNorTheProvince() {
        // 南村 is not 南: one character left is no name
        assertThat(PlaceNames.pinyin("南村")).containsExactly("nancun");
        assertThat(PlaceNames.pinyin("云南省")).isEmpty();
        assertThat(PlaceNames.pinyin(null)).isEmpty();
        for (String name : new String[] {"昭通市", "镇雄县", "以勒镇", "横山村村民委员会", "南村", "西区"}) {
            assertThat(PlaceNames.pinyin(name)).doesNotContain("xian", "shi", "zhen", "cun", "qu", "xiang", "sheng");
        }
    }

    @Test
    void wholeNamesAlsoAsTheirInitialsOfThreeLettersOrMore() {
        assertThat(PlaceNames.initials("昭通市")).containsExactly("zts");
        assertThat(PlaceNames.initials("楚雄彝族自治州")).containsExactly("cxyzzzz", "cxz");
        assertThat(PlaceNames.initials("镇雄县")).containsExactly("zxx");
        // only prefectures and counties: a township's or a village's initials would name thousands of places again
        // (dls is 大理市, and also 大栗树乡 and fifteen village committees; kms is 昆明市, and also 看马山村)
        assertThat(PlaceNames.initials("大理市")).containsExactly("dls");
        assertThat(PlaceNames.initials("大栗树乡")).isEmpty();
        assertThat(PlaceNames.initials("大梨树村民委员会")).isEmpty();
        assertThat(PlaceNames.initials("看马山村民委员会")).isEmpty();
        assertThat(PlaceNames.initials("横山村村民委员会")).isEmpty();
        assertThat(PlaceNames.initials("以勒镇")).isEmpty();
        assertThat(PlaceNames.initials("兴仁社区")).isEmpty();
        assertThat(PlaceNames.initials("五华区")).containsExactly("whq");
        assertThat(PlaceNames.initials("宁蒗彝族自治县")).contains("nlx");
        // two letters name dozens of places (zt, cx, zx, km): never
        for (String name : new String[] {"昭通市", "楚雄彝族自治州", "镇雄县", "昆明市", "横山村村民委员会", "南村", "西区"}) {
            assertThat(PlaceNames.initials(name)).as(name).allMatch(i -> i.length() >= 3);
        }
        assertThat(PlaceNames.initials("昆明市")).containsExactly("kms");
        assertThat(PlaceNames.initials("西区")).isEmpty();
        assertThat(PlaceNames.initials("云南省")).isEmpty();
        assertThat(PlaceNames.initials(null)).isEmpty();
    }
}

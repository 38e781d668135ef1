package org.qianshou.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void foldsTraditionalToSimplifiedPhraseByPhrase() {
        assertThat(ChineseText.fold("留守兒童")).isEqualTo("留守儿童");
        assertThat(ChineseText.fold("易地扶貧搬遷")).isEqualTo("易地扶贫搬迁");
        assertThat(ChineseText.fold("社會工作服務站")).isEqualTo("社会工作服务站");
        assertThat(ChineseText.fold("昭通市鎮雄縣")).isEqualTo("昭通市镇雄县");
        assertThat(ChineseText.fold("乾淨的頭髮")).isEqualTo("干净的头发");
        // a traditional form that is also simplified stays (乾隆 is a name, not 干隆)
        assertThat(ChineseText.fold("乾隆")).isEqualTo("乾隆");
    }

    @Test
    void foldsFullWidthAndCase() {
        assertThat(ChineseText.fold("ＮＧＯ　培训２０２４")).isEqualTo("ngo 培训2024");
        assertThat(ChineseText.fold("Yunnan NGO")).isEqualTo("yunnan ngo");
        assertThat(ChineseText.fold("服务，陪伴（演示）")).isEqualTo("服务,陪伴(演示)");
    }

    @Test
    void foldingIsIdempotentAndLeavesSimplifiedTextAlone() {
        String simplified = "项目在昭通市镇雄县开展留守儿童关爱保护服务项目, 由专业社会工作者通过需求评估、个案管理、小组工作和社区活动提供陪伴。";
        assertThat(ChineseText.fold(simplified)).isEqualTo(simplified);
        for (int c = 0x4E00; c <= 0x9FFF; c++) {
            String once = ChineseText.fold(String.valueOf((char) c));
            assertThat(ChineseText.fold(once)).as("U+%04X", c).isEqualTo(once);
        }
        assertThat(ChineseText.fold(null)).isNull();
        assertThat(ChineseText.fold("")).isEmpty();
    }

    @Test
    void pinyinGivesSyllablesJoinedAndInitials() {
        assertThat(ChineseText.pinyin("留守儿童")).containsExactly("liu shou er tong", "liushouertong", "lset");
        assertThat(ChineseText.pinyin("昭通市")).containsExactly("zhao tong shi", "zhaotongshi", "zts");
        // traditional characters read the same
        assertThat(ChineseText.pinyin("留守兒童")).containsExactly("liu shou er tong", "liushouertong", "lset");
    }

    @Test
    void pinyinKeepsLatinWordsAndDropsPunctuation() {
        assertThat(ChineseText.syllables("“童伴成长”NGO计划2024"))
                .containsExactly("tong", "ban", "cheng", "zhang", "ngo", "ji", "hua", "2024");
        assertThat(ChineseText.syllables("女童")).containsExactly("nv", "tong");
        assertThat(ChineseText.pinyin("（）")).isEmpty();
        assertThat(ChineseText.pinyin(null)).isEmpty();
    }

    @Test
    void regionNamesOfYunnanReadRight() {
        assertThat(ChineseText.pinyin("西双版纳傣族自治州").get(0)).isEqualTo("xi shuang ban na dai zu zi zhi zhou");
        assertThat(ChineseText.pinyin("镇雄县").get(0)).isEqualTo("zhen xiong xian");
        assertThat(ChineseText.pinyin("大理白族自治州").get(2)).isEqualTo("dlbzzzz");
    }

    @Test
    void splitsTypedPinyinIntoSyllables() {
        assertThat(ChineseText.syllableSplits("zhaotong", 4)).containsExactly(List.of("zhao", "tong"));
        assertThat(ChineseText.syllableSplits("liushouertong", 4).get(0)).containsExactly("liu", "shou", "er", "tong");
        assertThat(ChineseText.syllableSplits("xian", 4)).containsExactly(List.of("xian"), List.of("xi", "an"));
        assertThat(ChineseText.syllableSplits("LiuShou", 4)).containsExactly(List.of("liu", "shou"));
        assertThat(ChineseText.syllableSplits("lset", 4)).isEmpty();
        assertThat(ChineseText.syllableSplits("ngo", 4)).isEmpty();
        assertThat(ChineseText.syllableSplits("2024", 4)).isEmpty();
        assertThat(ChineseText.syllableSplits("xianxianxianxian", 3)).hasSize(3);
    }
}

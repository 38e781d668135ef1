package org.qianshou.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordTest {

    private static Keyword of(String typed) {
        return Keyword.of(typed, Synonyms.defaults());
    }

    @Test
    void pinyinOfTwoOrMoreSyllablesMatchesTitlesAndAWholePlaceName() {
        Keyword zhaotong = of("ZhaoTong");
        assertThat(zhaotong.syllableSplits()).containsExactly(List.of("zhao", "tong"));
        assertThat(zhaotong.place()).contains("zhaotong");
        assertThat(zhaotong.initials()).isEmpty();
        // typed apart, the syllables are one word
        assertThat(of("zhao tong").syllableSplits()).containsExactly(List.of("zhao", "tong"));
        assertThat(of("zhao tong").place()).contains("zhaotong");
    }

    @Test
    void aSingleSyllableMatchesNoPinyin() {
        for (String syllable : List.of("shi", "sheng", "zhen", "cun", "long", "he")) {
            Keyword keyword = of(syllable);
            assertThat(keyword.syllableSplits()).as(syllable).isEmpty();
            assertThat(keyword.place()).as(syllable).isEmpty();
            assertThat(keyword.initials()).as(syllable).isEmpty();
            assertThat(Keyword.isOneSyllable(syllable)).as(syllable).isTrue();
        }
        // xian is also xi an (西安): that reading stays
        assertThat(of("xian").syllableSplits()).containsExactly(List.of("xi", "an"));
        assertThat(Keyword.isOneSyllable("women")).isFalse();
        assertThat(Keyword.isOneSyllable("留守")).isFalse();
    }

    @Test
    void lettersThatDoNotSplitAreInitials() {
        Keyword lset = of("lset");
        assertThat(lset.syllableSplits()).isEmpty();
        assertThat(lset.initials()).containsExactly("l", "s", "e", "t");
        assertThat(lset.place()).isEmpty();
        assertThat(of("留守").place()).isEmpty();
    }

    @Test
    void initialsOfThreeLettersOrMoreMayNameAPlaceTwoNever() {
        assertThat(of("zts").placeInitials()).contains("zts");
        assertThat(of("CXZ").placeInitials()).contains("cxz");
        assertThat(of("zxx").placeInitials()).contains("zxx");
        assertThat(of("zt").placeInitials()).isEmpty();
        assertThat(of("zt").initials()).containsExactly("z", "t");
        // pinyin that splits is a whole name, not initials
        assertThat(of("zhaotong").placeInitials()).isEmpty();
        assertThat(of("留守儿童").placeInitials()).isEmpty();
    }
}

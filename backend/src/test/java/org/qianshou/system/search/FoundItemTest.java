package org.qianshou.system.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoundItemTest {

    @Test
    void theStartOfATextFoldsWhitespaceAndCutsAfterTheLengthInCharacters() {
        assertThat(FoundItem.start("  村里\n\n  的  图书室 ", 120)).isEqualTo("村里 的 图书室");
        assertThat(FoundItem.start("一二三四五", 5)).isEqualTo("一二三四五");
        assertThat(FoundItem.start("一二三四五六", 5)).isEqualTo("一二三四五…");
        // A character outside the basic plane counts once and is never cut in half.
        assertThat(FoundItem.start("𠀀𠀁𠀂", 2)).isEqualTo("𠀀𠀁…");
    }

    @Test
    void aSnippetIsTheMarkedFragmentsOrElseTheStartOfTheText() {
        assertThat(FoundItem.snippet(List.of("a \uE000b\uE001", "c"), "whatever"))
                .isEqualTo("a \uE000b\uE001 … c");
        String text = "长".repeat(130);
        assertThat(FoundItem.snippet(List.of(), text)).isEqualTo("长".repeat(120) + "…");
        assertThat(FoundItem.snippet(List.of(), null)).isEmpty();
    }
}

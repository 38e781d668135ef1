package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void singleLineRefusesLineBreaksTabsControlsAndBidiOverrides() {
        assertThat(Text.validSingleLine("昭通市留守儿童关爱 Project 2026")).isTrue();
        assertThat(Text.validSingleLine(null)).isTrue();
        for (String bad : new String[] {"a\nb", "a\rb", "a\tb", "a\u0000b", "a\u007fb", "a\u2028b", "a\u202eb"}) {
            assertThat(Text.validSingleLine(bad)).as(bad).isFalse();
        }
    }

    @Test
    void multiLineAllowsLineBreaksAndTabsOnly() {
        assertThat(Text.validMultiLine("第一段\n第二段\r\n\t缩进")).isTrue();
        assertThat(Text.validMultiLine("a\u0000b")).isFalse();
        assertThat(Text.validMultiLine("a\u001bb")).isFalse();
        assertThat(Text.validMultiLine("a\u2066b")).isFalse();
    }

    @Test
    void stripKeepsTheVisibleCharacters() {
        assertThat(Text.stripToSingleLine("re\u0000port\n.pdf")).isEqualTo("report.pdf");
        assertThat(Text.stripToSingleLine(null)).isEmpty();
    }
}

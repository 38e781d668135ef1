package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The body's sanitising to the contract's subset, and the plain text the protection check's offsets refer to. */
class StoryHtmlTest {

    @Test
    void keepsOnlyTheAllowedSubset() {
        String html = StoryHtml.sanitise(
                "<div><p class=\"x\" onmouseover=\"a()\">一<b>二</b><strong>三</strong></p>"
                        + "<script>bad()</script><style>p{}</style><img src=\"a.png\"><h1>大标题</h1><h3>小标题</h3>"
                        + "<a href=\"mailto:a@example.org\">信</a><a href=\"data:text/html,x\">数据</a>"
                        + "<a href=\"//example.org\">相对</a><blockquote><em>引</em></blockquote><table><tr><td>表</td></tr></table></div>");
        assertThat(html)
                .doesNotContain(
                        "<div",
                        "class=",
                        "onmouseover",
                        "<b>",
                        "<script",
                        "bad()",
                        "<style",
                        "<img",
                        "<h1",
                        "data:",
                        "//example.org",
                        "<table",
                        "<td")
                .contains("<p>一二<strong>三</strong></p>")
                .contains("<h3>小标题</h3>")
                .contains("<a href=\"mailto:a@example.org\" rel=\"nofollow noopener\">信</a>")
                .contains("<blockquote><em>引</em></blockquote>");
        assertThat(StoryHtml.sanitise(html)).as("cleaning is stable").isEqualTo(html);
        assertThat(StoryHtml.sanitise(null)).isEmpty();
        assertThat(StoryHtml.sanitise("   ")).isEmpty();
    }

    @Test
    void theTextPutsEachBlockAndLineBreakOnItsOwnLine() {
        String html = StoryHtml.sanitise("<p>第一段  有\n空白</p><p>第二段<br>换行</p>"
                + "<ul><li>甲</li><li>乙 &amp; 丙</li></ul><blockquote><p>引文</p></blockquote>");
        assertThat(StoryHtml.text(html)).isEqualTo("第一段 有 空白\n第二段\n换行\n甲\n乙 & 丙\n引文");
        assertThat(StoryHtml.text("")).isEmpty();
    }
}

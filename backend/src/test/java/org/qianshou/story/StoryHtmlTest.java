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
    void dropsEveryScriptingVariant() {
        String html = StoryHtml.sanitise(
                "<p><a href=\"javascript:alert(1)\">一</a><a href=\"JaVaScRiPt&#58;alert(1)\">二</a>"
                        + "<a href=\"java\nscript:alert(1)\">三</a><a href=\"https://example.org\" onclick=\"x()\">四</a>"
                        + "<strong style=\"color:red\">五</strong></p><iframe src=\"https://x\"></iframe><svg onload=\"x()\"></svg>");
        assertThat(html.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("javascript", "script:", "onclick", "style=", "<iframe", "<svg", "onload", "alert");
        assertThat(html).contains("<a href=\"https://example.org\" rel=\"nofollow noopener\">四</a>");
    }

    @Test
    void linksWhoseAddressCarriesANumberOrChineseTextLoseTheirAddress() {
        String html = StoryHtml.sanitise("<p><a href=\"https://wa.me/8613912345678\">联系我们</a>"
                + "<a href=\"mailto:13912345678@139.com\">写信</a>"
                + "<a href=\"https://map.example/?q=%E9%BE%99%E6%B3%89%E6%9D%91\">地图</a>"
                + "<a href=\"https://map.example/?q=龙泉村\">地图二</a>"
                + "<a href=\"https://example.org/2024/05/story\">报道</a></p>");
        assertThat(html)
                .doesNotContain("13912345678", "%E9%BE%99", "龙泉村", "wa.me", "mailto:")
                .contains(
                        "联系我们",
                        "写信",
                        "地图",
                        "<a href=\"https://example.org/2024/05/story\" rel=\"nofollow noopener\">报道</a>");
    }

    @Test
    void theTextPutsEachBlockAndLineBreakOnItsOwnLine() {
        String html = StoryHtml.sanitise("<p>第一段  有\n空白</p><p>第二段<br>换行</p>"
                + "<ul><li>甲</li><li>乙 &amp; 丙</li></ul><blockquote><p>引文</p></blockquote>");
        assertThat(StoryHtml.text(html)).isEqualTo("第一段 有 空白\n第二段\n换行\n甲\n乙 & 丙\n引文");
        assertThat(StoryHtml.text("")).isEmpty();
    }
}

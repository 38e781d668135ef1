package org.qianshou.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementsTest {

    private static final List<DemoDocuments.Doc> DOCS = List.of(
            new DemoDocuments.Doc(
                    "project",
                    "project:0",
                    "镇雄县留守儿童关爱保护服务项目",
                    "",
                    "甲",
                    List.of("530627"),
                    List.of("left-behind-children"),
                    List.of(),
                    true),
            new DemoDocuments.Doc(
                    "project",
                    "project:1",
                    "鲁甸县困境儿童监护探访",
                    "",
                    "乙",
                    List.of("530621"),
                    List.of("left-behind-children"),
                    List.of(),
                    true),
            new DemoDocuments.Doc(
                    "project",
                    "project:2",
                    "镇雄县留守儿童之家（草稿）",
                    "",
                    "丙",
                    List.of("530627"),
                    List.of("left-behind-children"),
                    List.of(),
                    false),
            new DemoDocuments.Doc(
                    "story", "story:0", "留守儿童的一天", "", "甲", List.of("530627"), List.of(), List.of(), true));

    private static final JudgedSet SET = JudgedSet.parse(
            List.of("q01\t留守兒童\tkind=project\tt:留守儿童\tg:left-behind-children\t-", "q02\tzhenxiong\t-\tr:530627\t-\t-"));

    @Test
    void theRulesGradeTheVisibleDocumentsOfTheQuerysKind() {
        Judgements judgements = Judgements.of(SET, DOCS);
        // the draft is not shown, so not graded; the story is of another kind than q01's
        assertThat(judgements.of("q01"))
                .containsExactly(java.util.Map.entry("project:0", 3), java.util.Map.entry("project:1", 2));
        assertThat(judgements.of("q02"))
                .containsExactly(java.util.Map.entry("project:0", 3), java.util.Map.entry("story:0", 3));
    }

    @Test
    void writtenOutAndReadBackTheyAreTheSame() {
        Judgements judgements = Judgements.of(SET, DOCS);
        String text = judgements.render(SET, DOCS, 300, 20170101L);
        assertThat(text)
                .contains("q01\t3\tproject:0\t镇雄县留守儿童关爱保护服务项目\n")
                .contains("# q01 留守兒童 {kind=project}: 2 documents graded, 1 × 3, 1 × 2");
        assertThat(Judgements.parse(text.lines().toList())).isEqualTo(judgements);
        // a rule that grades differently shows as changed lines
        String changed = text.replace("q01\t2\tproject:1", "q01\t1\tproject:1");
        assertThat(Judgements.difference(text, changed, 10))
                .containsExactly("- q01\t2\tproject:1\t鲁甸县困境儿童监护探访", "+ q01\t1\tproject:1\t鲁甸县困境儿童监护探访");
    }

    @Test
    void aMalformedLineIsRefused() {
        assertThatThrownBy(() -> Judgements.parse(List.of("q01\t4\tproject:0"))).hasMessageContaining("grade 4");
        assertThatThrownBy(() -> Judgements.parse(List.of("q01\t3\tproject:0", "q01\t2\tproject:0")))
                .hasMessageContaining("graded twice");
        assertThatThrownBy(() -> Judgements.parse(List.of("q01\t3"))).hasMessageContaining("line 1");
    }
}

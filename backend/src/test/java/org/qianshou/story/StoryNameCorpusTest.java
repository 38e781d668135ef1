package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qianshou.story.StoryCheck.Flag;

/**
 * Both sides of the name finder on a corpus of story sentences: full names in context, many with given-name
 * characters outside the check's list (赵子龙), must be flagged exactly; ordinary sentences from social-work stories
 * whose words start with a surname character (王国, 高山, 张开, 李子, 黄色, 白天, 马上 …) must not be flagged at all.
 */
class StoryNameCorpusTest {

    /** Sentence → the name in it (pseudonyms made up for this test). */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("赵子龙今年九岁，在镇上读三年级。", "赵子龙"),
            Map.entry("一个叫刘一鸣的男孩总是坐在最后一排。", "刘一鸣"),
            Map.entry("陈子涵说她最想念在外打工的妈妈。", "陈子涵"),
            Map.entry("孩子杨天佑，每天要走一个小时山路去上学。", "杨天佑"),
            Map.entry("黄小丫的奶奶今年七十岁了。", "黄小丫"),
            Map.entry("名叫周子轩的小朋友第一次参加夏令营。", "周子轩"),
            Map.entry("吴心怡同学在比赛中得了第一名。", "吴心怡"),
            Map.entry("学生郑可心说：“我想当老师。”", "郑可心"),
            Map.entry("徐子墨今年十二岁，父母都在广东打工。", "徐子墨"),
            Map.entry("孙乐乐的妈妈过年才回家。", "孙乐乐"),
            Map.entry("社工第二次见到了朱天天的爷爷。", "朱天天"),
            Map.entry("小朋友胡一帆，今年上二年级。", "胡一帆"),
            Map.entry("他叫马小跳。", "马小跳"),
            Map.entry("罗子健说他长大想当医生。", "罗子健"),
            Map.entry("梁思琪今年十岁，是家里的老大。", "梁思琪"),
            Map.entry("宋子豪的外婆腿脚不好。", "宋子豪"),
            Map.entry("郭欢欢同学的作文获了奖。", "郭欢欢"),
            Map.entry("何子琪告诉社工，她很想爸爸。", "何子琪"),
            Map.entry("谢天宇今年十一岁。", "谢天宇"),
            Map.entry("唐一诺的爸爸在昆明打工。", "唐一诺"),
            Map.entry("一个名叫韩子墨的男孩坐在门口。", "韩子墨"),
            Map.entry("冯乐天说他喜欢画画。", "冯乐天"),
            Map.entry("董小虎今年八岁。", "董小虎"),
            Map.entry("孩子蒋心语，父母离异后跟着奶奶生活。", "蒋心语"),
            Map.entry("袁子乔的监护人是他的舅舅。", "袁子乔"),
            Map.entry("邓小北同学主动帮老人挑水。", "邓小北"),
            Map.entry("许乐乐今年七岁，刚上一年级。", "许乐乐"),
            Map.entry("彭子航说，他最喜欢上体育课。", "彭子航"),
            Map.entry("曾小溪的奶奶种了一亩烤烟。", "曾小溪"),
            Map.entry("苏一一今年五岁。", "苏一一"),
            Map.entry("女孩叫潘朵朵。", "潘朵朵"),
            Map.entry("学生杜子腾说他想去北京看看。", "杜子腾"),
            Map.entry("范小米的妈妈常年在浙江打工。", "范小米"),
            Map.entry("留守儿童卢子安，由爷爷奶奶抚养。", "卢子安"),
            Map.entry("石头上坐着的是沈一凡的爸爸，沈一凡的爸爸去年回了家。", "沈一凡"));

    /** Ordinary sentences: nothing in them is a person's name. */
    static final List<String> ORDINARY = List.of(
            "王国的故事是孩子们最喜欢的绘本。",
            "高山上的学校只有三名老师。",
            "孩子们张开双臂迎接社工。",
            "奶奶在院子里种了李子树。",
            "黄色的油菜花开满了山坡。",
            "白天父母不在家，孩子由奶奶照顾。",
            "社工说马上就到。",
            "她找不到回家的方向。",
            "向日葵开得正好，孩子们在地里玩。",
            "周末社工带孩子们去县城的图书馆。",
            "今年的烤烟收成不错，大家都说是好年景。",
            "社工和孩子一起包饺子。",
            "孩子们常说想念爸爸妈妈。",
            "同学们关心这个新来的孩子。",
            "学生安全是学校的头等大事。",
            "孩子成长需要家庭的陪伴。",
            "孩子毕业后去了昆明打工。",
            "项目组为孩子们准备了冬衣。",
            "奶奶的腿脚不好，常年需要吃药。",
            "小朋友们排队领取新书包。",
            "孩子管理自己的零花钱。",
            "学生单独完成了作业。",
            "山路上雷雨天很危险。",
            "孩子甘心留在家里照顾弟弟。",
            "社工每周一次上门探访。",
            "孩子们高兴地说今年过年爸爸会回来。",
            "他们在江边放风筝。",
            "金色的稻田一眼望不到边。",
            "孩子们方才还在操场上。",
            "李老师说孩子们的作业都很工整。",
            "王奶奶说她的孙子在外地读书。",
            "张社工告诉我们，高年级同学会帮助低年级的小朋友。",
            "马书记今年也来看望了老人。",
            "孩子宁愿走路也不坐车。",
            "学生强调自己没有错。",
            "社工叫马上来的家长先登记。");

    @Test
    void findsNamesInContextAndLeavesOrdinarySentencesAlone() {
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            List<String> found = names(e.getKey());
            if (!found.contains(e.getValue()) || found.stream().anyMatch(f -> !f.equals(e.getValue()))) {
                missed.add(e.getKey() + " → " + found);
            }
        }
        List<String> falseFlags = new ArrayList<>();
        for (String sentence : ORDINARY) {
            List<String> found = names(sentence);
            if (!found.isEmpty()) {
                falseFlags.add(sentence + " → " + found);
            }
        }
        assertThat(NAMES).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ORDINARY).hasSizeGreaterThanOrEqualTo(30);
        assertThat(missed)
                .as("names missed or cut wrong: %d of %d", missed.size(), NAMES.size())
                .isEmpty();
        assertThat(falseFlags)
                .as("ordinary sentences flagged: %d of %d", falseFlags.size(), ORDINARY.size())
                .isEmpty();
    }

    @Test
    void aNameInContextIsFlaggedAtItsPlace() {
        String text = "社工来到学校。赵子龙今年九岁。";
        List<Flag> flags = StoryCheckTest.body(text, false);
        assertThat(flags).hasSize(1);
        Flag f = flags.get(0);
        assertThat(f.kind()).isEqualTo(StoryCheck.PERSON_NAME);
        assertThat(text.substring(f.start(), f.end())).isEqualTo("赵子龙");
        assertThat(f.blocking()).isTrue();
    }

    private static List<String> names(String sentence) {
        return StoryCheckTest.texts(StoryCheckTest.body(sentence, false), StoryCheck.PERSON_NAME);
    }
}

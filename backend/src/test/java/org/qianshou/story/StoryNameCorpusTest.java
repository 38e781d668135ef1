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
            Map.entry("石头上坐着的是沈一凡的爸爸，沈一凡的爸爸去年回了家。", "沈一凡"),
            // traditional characters, as pasted from elsewhere or typed by users who write them (review M1)
            Map.entry("陳小紅今年九歲，是一名留守兒童。", "陳小紅"),
            Map.entry("留守兒童劉小芳，今年十歲。", "劉小芳"),
            Map.entry("張偉說他長大想當老師。", "張偉"),
            Map.entry("黃子軒的媽媽在廣東打工。", "黃子軒"),
            // a space, a middle dot or an invisible character between surname and given name
            Map.entry("王 小红今年九岁。", "王 小红"),
            Map.entry("王\u200b小红今年九岁。", "王\u200b小红"),
            Map.entry("孩子王·小红说她想妈妈。", "王·小红"),
            Map.entry("赵\u2060子\u200d涵的奶奶腿脚不好。", "赵\u2060子\u200d涵"),
            Map.entry("李　思琪今年十一岁。", "李　思琪"),
            // names of Yunnan's peoples without a surname of the list: Dai 玉 岩 依 咪, Naxi 和, Bai 字
            Map.entry("玉香今年九岁，是傣族女孩。", "玉香"),
            Map.entry("岩罕今年十岁。", "岩罕"),
            Map.entry("傣族女孩玉香，每天走路去上学。", "玉香"),
            Map.entry("一个叫岩温的男孩坐在教室门口。", "岩温"),
            Map.entry("依香今年七岁，和外婆住在一起。", "依香"),
            Map.entry("咪玉的妈妈在外打工。", "咪玉"),
            Map.entry("和丽华说她最想念在外打工的爸爸。", "和丽华"),
            Map.entry("字秀英今年八岁，是白族女孩。", "字秀英"),
            Map.entry("社工第一次家访时，岩罕说他想读初中。", "岩罕"),
            // Yi and Hani 阿, Lahu 扎 and 娜, Jingpo clan names, Yi two-character surnames (review s18 M2)
            Map.entry("阿依今年九岁，是彝族女孩。", "阿依"),
            Map.entry("扎约今年十岁。", "扎约"),
            Map.entry("娜妥今年十岁，和奶奶住在一起。", "娜妥"),
            Map.entry("木然早扎今年九岁。", "木然早扎"),
            Map.entry("沙马阿果今年九岁。", "沙马阿果"),
            // any run of spaces or marks on one line, and variation selectors
            Map.entry("王 \u3000 \u3000小红今年九岁。", "王 \u3000 \u3000小红"),
            Map.entry("王\ufe0f小红今年九岁。", "王\ufe0f小红"),
            // a numeral with another character is a given name (rural nicknames)
            Map.entry("王二丫今年九岁。", "王二丫"),
            Map.entry("李三妹说她想妈妈。", "李三妹"));

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
            "社工叫马上来的家长先登记。",
            // numerals are never a given name read from its context (review L1)
            "低于十四岁的孩子需要监护人陪同。",
            "年龄小于十岁的孩子由家长接送。",
            "高二同学主动帮助低年级的小朋友。",
            "高于三岁的孩子可以参加。",
            "孩子出生于十月，今年刚满九岁。",
            // the name prefixes of Yunnan's peoples in ordinary words and sentences
            "玉米今年收成不错。",
            "依然有很多孩子每天走山路上学。",
            "和妈妈视频的时候，孩子哭了。",
            "他和小明说了很多话。",
            "社工和孩子说，周末还会再来。",
            "奶奶和孙女说，等爸爸回来就杀年猪。",
            "和爷爷奶奶一起生活的孩子，今年有二十多个。",
            "和往年一样，今年社工又来了。",
            "字写得很工整，老师说她进步很大。",
            "岩石上长满了青苔。",
            "岩画是这里最有名的景点。",
            "艾草的味道让她想起了妈妈。",
            "依照项目计划，社工每月家访两次。",
            "咪咪是孩子养的小猫，它今年两岁。",
            "和大家说一声，明天的活动改到下午。",
            "和老师说了自己的想法以后，她轻松多了。",
            "字典是社工送给她的礼物。",
            // titles and kin words after a name prefix (review s18 L1)
            "和妈妈说了很多话。",
            "阿姨说孩子很乖。",
            "阿妈说孩子很乖。",
            "扎实推进今年的工作，社工说。",
            "阿里巴巴今年捐了一批书。",
            // traditional and spaced ordinary text
            "孩子們張開雙臂迎接社工。",
            "週末社工帶孩子們去縣城的圖書館。",
            "王 者荣耀不是孩子们该玩的游戏，社工说。");

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

    @Test
    void aTraditionalOrSeparatedNameIsFlaggedAtTheAuthorsOffsetsWithTheAuthorsCharacters() {
        for (String[] probe : new String[][] {
            {"社工來到學校。陳小紅今年九歲。", "陳小紅"},
            {"社工来到学校。王 小红今年九岁。", "王 小红"},
            {"社工来到学校。王\u200b\u200b小红今年九岁。", "王\u200b\u200b小红"},
            {"社工来到学校。王·小红今年九岁。", "王·小红"}
        }) {
            String text = probe[0];
            List<Flag> flags = StoryCheckTest.body(text, false);
            assertThat(flags).as(text).hasSize(1);
            Flag f = flags.get(0);
            assertThat(f.start()).as(text).isEqualTo(text.indexOf(probe[1]));
            assertThat(f.end()).as(text).isEqualTo(text.indexOf(probe[1]) + probe[1].length());
            assertThat(f.text()).as(text).isEqualTo(probe[1]).isEqualTo(text.substring(f.start(), f.end()));
        }
    }

    @Test
    void aLineBreakStillSeparatesASurnameFromTheNextLine() {
        assertThat(names("社工姓王\n小红今年九岁。")).doesNotContain("王\n小红");
    }

    private static List<String> names(String sentence) {
        return StoryCheckTest.texts(StoryCheckTest.body(sentence, false), StoryCheck.PERSON_NAME);
    }
}

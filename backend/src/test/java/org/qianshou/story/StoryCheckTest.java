package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qianshou.story.StoryCheck.Flag;
import org.qianshou.testing.IdNumbersForTests;
import org.qianshou.volunteer.IdNumbers;

/** The protection check on realistic story text: what it flags, where, how numbers are masked, what it leaves alone. */
class StoryCheckTest {

    /** A few real Yunnan region names (the check gets all of them from the region table). */
    static final List<String> PLACES =
            List.of("云南省", "昭通市", "镇雄县", "文山壮族苗族自治州", "石林彝族自治县", "华坪县", "马关县", "宁蒗彝族自治县", "龙陵县", "华山街道", "碧海镇", "乌峰街道");

    static final List<String> TOWNSHIPS = List.of("华山街道", "碧海镇", "乌峰街道");

    static final StoryCheck CHECK = StoryCheck.load(PLACES, TOWNSHIPS);

    /** A made-up number (sequence 901, fictitious) with its right check character. */
    static String id(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static List<Flag> body(String text, boolean children) {
        return CHECK.check("body", text, children, StoryCheck.Justifications.NONE);
    }

    static List<String> texts(List<Flag> flags, String kind) {
        return flags.stream().filter(f -> f.kind().equals(kind)).map(Flag::text).toList();
    }

    @Test
    void flagsFullNamesAtTheirPlaceAndLeavesOrdinaryWordsAlone() {
        String text = "周末，社工来到学校看望张小明。他很高兴，说起和李娜一起玩王者荣耀的事。欧阳婷婷今年十岁，" + "她的奶奶说：孩子们都很关心彼此。方法很简单，马上就见效了，大家都说这是文明的好习惯。";
        List<Flag> flags = body(text, false);
        assertThat(texts(flags, StoryCheck.PERSON_NAME)).containsExactly("张小明", "李娜", "欧阳婷婷");
        for (Flag f : flags) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
            assertThat(f.blocking()).isTrue();
            assertThat(f.justification()).isNull();
            assertThat(f.field()).isEqualTo("body");
        }
        assertThat(flags.get(0).start()).isEqualTo(text.indexOf("张小明"));
    }

    @Test
    void stopWordsAndPlaceNamesAreNotNames() {
        for (String ordinary : List.of(
                "今天大家都很高兴。",
                "这个周末我们去了镇雄县。",
                "他最喜欢玩王者荣耀。",
                "请张开双手。",
                "社工在华坪县、石林、马关县和文山开展活动。",
                "宁蒗的孩子和龙陵的老人都参加了。",
                "日常生活里，爷爷经常一个人在家，非常孤单。",
                "关爱留守儿童，需要全社会的关心和温暖。",
                "小雨和小明在学校里学习，老师很照顾他们。",
                "黄金周期间，志愿者组织了文化活动，温馨又安全。")) {
            assertThat(texts(body(ordinary, false), StoryCheck.PERSON_NAME))
                    .as(ordinary)
                    .isEmpty();
        }
    }

    @Test
    void idNumbersWithAValidCheckCharacterAreFlaggedAndMasked() {
        String id = id("53060220100315901");
        String text = "孩子的身份证号是" + id + "，请妥善保管。";
        List<Flag> flags = body(text, false);
        assertThat(flags).hasSize(1);
        Flag f = flags.get(0);
        assertThat(f.kind()).isEqualTo(StoryCheck.ID_NUMBER);
        assertThat(f.start()).isEqualTo(text.indexOf(id));
        assertThat(f.end()).isEqualTo(text.indexOf(id) + 18);
        assertThat(f.text()).isEqualTo(IdNumbers.mask(id)).startsWith("530602").endsWith(id.substring(14));
        assertThat(f.text()).doesNotContain(id).contains("********");
        assertThat(f.blocking()).isTrue();
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterOrInsideALongerRunIsNotAnIdNumber() {
        String id = id("53060220100315901");
        String bad = IdNumbersForTests.withWrongCheckCharacter(id);
        assertThat(texts(body("编号" + bad + "。", false), StoryCheck.ID_NUMBER)).isEmpty();
        assertThat(texts(body("订单号9" + id + "。", false), StoryCheck.ID_NUMBER)).isEmpty();
    }

    @Test
    void idNumbersWrittenWithSpacesOrAnXAreFound() {
        String withX = findWithX();
        List<Flag> flags = body("证件：" + withX.substring(0, 17) + "x。", false);
        assertThat(texts(flags, StoryCheck.ID_NUMBER)).containsExactly(IdNumbers.mask(withX));
        String id = id("53060220100315901");
        String spaced = id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
        List<Flag> spacedFlags = body("号码 " + spaced + " 已登记", false);
        assertThat(texts(spacedFlags, StoryCheck.ID_NUMBER)).containsExactly(IdNumbers.mask(id));
        assertThat(spacedFlags.get(0).end() - spacedFlags.get(0).start()).isEqualTo(20);
    }

    private static String findWithX() {
        for (int seq = 900; seq < 1000; seq++) {
            String first17 = "53060220100315" + seq;
            if (IdNumbers.checkCharacter(first17) == 'X') {
                return first17 + "X";
            }
        }
        throw new AssertionError("no sequence with check character X");
    }

    @Test
    void mobileNumbersAreFlaggedAndMaskedInEveryUsualForm() {
        for (String written :
                List.of("13912345678", "139 1234 5678", "139-1234-5678", "+8613912345678", "８６13912345678")) {
            String text = "有事请打" + written + "联系奶奶。";
            List<Flag> flags = body(text, false);
            assertThat(flags).as(written).hasSize(1);
            Flag f = flags.get(0);
            assertThat(f.kind()).isEqualTo(StoryCheck.MOBILE);
            assertThat(f.text()).isEqualTo("139****5678");
            assertThat(text.substring(f.start(), f.end())).as(written).endsWith("5678");
            assertThat(f.start()).isEqualTo(text.indexOf(written));
        }
        assertThat(body("账号 1391234567890 不是手机号", false)).isEmpty();
        assertThat(body("座机 0870-1234567", false)).isEmpty();
        assertThat(body("12345678901", false)).isEmpty();
    }

    @Test
    void numbersSplitByOrdinaryOrInvisibleSeparatorsAreStillFound() {
        String id = id("53060219900101123");
        for (String written : List.of(
                "139 12345678",
                "1391234 5678",
                "139.1234.5678",
                "139/1234/5678",
                "(139)1234-5678",
                "（139）1234-5678",
                "139\n1234\n5678",
                "139\u200c1234\u200d5678",
                "139\u20601234\ufeff5678",
                "139\u200b1234\u00ad5678",
                "139 - 1234 - 5678")) {
            List<Flag> flags = body("电话：" + written + "。", false);
            assertThat(texts(flags, StoryCheck.MOBILE)).as(written).containsExactly("139****5678");
            Flag f = flags.get(0);
            assertThat(f.start())
                    .as(written)
                    .isEqualTo("电话：".length() + (written.startsWith("(") || written.startsWith("（") ? 1 : 0));
            assertThat(("电话：" + written + "。").substring(f.start(), f.end()))
                    .as(written)
                    .endsWith("5678");
        }
        for (String written : List.of(
                id.substring(0, 4) + " " + id.substring(4, 8) + " " + id.substring(8, 12) + " " + id.substring(12, 16)
                        + " " + id.substring(16),
                id.substring(0, 6) + "-" + id.substring(6),
                id.substring(0, 6) + "\u2060" + id.substring(6))) {
            assertThat(texts(body("证件 " + written + " 号", false), StoryCheck.ID_NUMBER))
                    .as(written)
                    .containsExactly(IdNumbers.mask(id));
        }
        assertThat(texts(
                        CHECK.check("title", "有事请打139\u200b1234\u200b5678", false, StoryCheck.Justifications.NONE),
                        StoryCheck.MOBILE))
                .containsExactly("139****5678");
        assertThat(body("2024-01-05 13912345678", false)).extracting(Flag::text).containsExactly("139****5678");
        assertThat(body("金额 1,391,234 元，共 13 人，编号 12 34 56", false)).isEmpty();
        assertThat(StoryCheck.hasNumbers("mailto:13912345678@139.com")).isTrue();
        assertThat(StoryCheck.hasNumbers("https://wa.me/8613912345678")).isTrue();
        assertThat(StoryCheck.hasNumbers("https://example.org/2024/05/story")).isFalse();
    }

    @Test
    void villagesFollowedByOrdinaryWordsAreStillVillages() {
        for (String[] probe : new String[][] {
            {"小雨家在龙泉村委会旁边", "龙泉村"},
            {"龙泉村民小组的干部来了", "龙泉村"},
            {"她家住龙泉村里", "龙泉村"},
            {"龙泉村村民都认识她", "龙泉村"},
            {"她在龙泉村小读书", "龙泉村"},
            {"她住在龙泉自然村", "龙泉自然村"},
            {"她住在龙泉行政村", "龙泉行政村"}
        }) {
            assertThat(texts(body(probe[0], true), StoryCheck.VILLAGE))
                    .as(probe[0])
                    .containsExactly(probe[1]);
        }
        assertThat(texts(body("很多村民来帮忙，农村的孩子也来了。", true), StoryCheck.VILLAGE)).isEmpty();
    }

    @Test
    void villagesAreFlaggedOnlyInStoriesAboutProtectedGroups() {
        String text = "社工每周到大坪村看望孩子，也去了碧海镇的学校。村民小组的干部说，农村的孩子需要社会的关心。";
        assertThat(texts(body(text, false), StoryCheck.VILLAGE)).isEmpty();
        List<Flag> flags = body(text, true);
        assertThat(texts(flags, StoryCheck.VILLAGE)).containsExactly("大坪村", "碧海镇");
        Flag first = flags.stream()
                .filter(f -> f.kind().equals(StoryCheck.VILLAGE))
                .findFirst()
                .orElseThrow();
        assertThat(first.start()).isEqualTo(text.indexOf("大坪村"));
        assertThat(first.blocking()).isTrue();
    }

    @Test
    void groupsAndCooperativesNamedByTheirPlaceAreVillages() {
        List<Flag> flags = body("她住在石门坎村三组，家里的核桃卖给了老营社。", true);
        assertThat(texts(flags, StoryCheck.VILLAGE)).contains("石门坎村", "老营社");
        assertThat(body("我们成立了兴趣小组，和合作社一起开展社会工作。", true)).isEmpty();
    }

    @Test
    void naturalVillagesEndingIn寨箐坝AreVillagesTheirOrdinaryWordsAreNot() {
        for (String[] probe : new String[][] {
            {"孩子们住在曼听寨。", "曼听寨"},
            {"小雨每周末回曼么寨看奶奶。", "曼么寨"},
            {"她家在老鹰箐，离学校有十公里。", "老鹰箐"},
            {"他家住在大沙坝，每天走路上学。", "大沙坝"},
            {"社工第一次去了哈尼族的大鱼塘寨。", "大鱼塘寨"},
            {"孩子们住在曼\u200b听寨。", "曼\u200b听寨"},
            {"孩子們住在曼聽寨。", "曼聽寨"},
            {"孩子们住在李家营。", "李家营"},
            {"孩子们来自张家湾。", "张家湾"},
            {"孩子们住在王家庄，离学校很远。", "王家庄"},
            {"她家在欧阳家坪。", "欧阳家坪"}
        }) {
            List<Flag> flags = body(probe[0], true);
            assertThat(texts(flags, StoryCheck.VILLAGE)).as(probe[0]).containsExactly(probe[1]);
            assertThat(flags.get(0).start()).as(probe[0]).isEqualTo(probe[0].indexOf(probe[1]));
        }
        for (String ordinary : List.of(
                "村寨里的孩子大多跟着爷爷奶奶生活。",
                "山寨里的路很难走。",
                "孩子们在寨子里的空地上跳舞。",
                "营寨遗址是孩子们最喜欢去的地方。",
                "孩子们走进寨子，看到了新修的学校。",
                "傣寨的孩子们过泼水节。",
                "这座古寨有三百多年的历史。",
                "全寨的人都来帮忙。",
                "每个寨都有一个活动室。",
                "社工带着孩子们走出寨子，去县城参观博物馆。",
                "坝子里的油菜花开了。",
                "山区和坝区的孩子一起参加夏令营。",
                "孩子们在院坝里做游戏。",
                "晚上，老人们在村里跳坝坝舞。",
                "水库大坝下面是一片稻田。",
                "孩子们在晒坝上晒玉米。",
                "孩子们去河坝里捡石头。",
                "山箐里有很多野生菌。",
                "社工带孩子们走进村里的图书室。")) {
            assertThat(texts(body(ordinary, true), StoryCheck.VILLAGE))
                    .as(ordinary)
                    .isEmpty();
        }
    }

    /** A check that also knows townships' and villages' names without their suffix (as ProtectionCheck builds it). */
    static final StoryCheck WITH_STEMS = StoryCheck.load(
            List.of("云南省", "昭通市", "鲁甸县", "腾冲市", "麻栗坡县", "龙头山镇", "马鹿塘乡", "联合乡", "鸡足山镇", "红泥闸村村民委员会", "小菜园村委会"),
            List.of("龙头山镇", "马鹿塘乡", "联合乡", "鸡足山镇", "红泥闸村村民委员会", "红泥闸村", "小菜园村委会", "小菜园村"),
            List.of("龙头山", "马鹿塘", "鸡足山"),
            List.of("红泥闸", "小菜园"));

    static List<String> villages(String text) {
        return texts(WITH_STEMS.check("body", text, true, StoryCheck.Justifications.NONE), StoryCheck.VILLAGE);
    }

    /** Sentence → the place in it: bare natural villages in a place's context, townships and villages unsuffixed. */
    static final Map<String, String> BARE_PLACES = Map.ofEntries(
            Map.entry("小雨家住大坪子，每天走一个小时山路上学。", "大坪子"),
            Map.entry("她住在马鹿塘，离学校有十公里。", "马鹿塘"),
            Map.entry("新来的孩子来自小哨。", "小哨"),
            Map.entry("他老家在大石冲，爸爸妈妈都在外打工。", "大石冲"),
            Map.entry("孩子们在黑泥塘旁边的小河里玩。", "黑泥塘"),
            Map.entry("她家是黑泥塘的三组。", "黑泥塘"),
            Map.entry("小雨家住在干沟湾里。", "干沟湾"),
            Map.entry("搬到杨柳屯以后，孩子换了学校。", "杨柳屯"),
            Map.entry("小雨的家在龙头山，爸爸妈妈在外打工。", "龙头山"),
            Map.entry("龙头山的孩子们很喜欢画画。", "龙头山"),
            Map.entry("孩子家住红泥闸，奶奶照顾她。", "红泥闸"),
            Map.entry("红泥闸的第二组有七个留守儿童。", "红泥闸"),
            Map.entry("联合乡的孩子们也来了。", "联合乡"),
            // review s19 M2: names of 3+ characters with an ordinary word inside, schools, more contexts
            Map.entry("家住沙河湾，离学校两公里。", "沙河湾"),
            Map.entry("孩子们在红泥闸小学读书。", "红泥闸"),
            Map.entry("孩子们在大坪子小学上学。", "大坪子"),
            Map.entry("我们村叫大坪子。", "大坪子"),
            // review s20 (issue 10's last misses): 去 alone, a name that starts a phrase before 的 and people
            Map.entry("孩子们去小哨玩。", "小哨"),
            Map.entry("周末孩子们去红泥闸看外婆。", "红泥闸"),
            Map.entry("大坪子的孩子们每天走一个小时山路上学。", "大坪子"),
            Map.entry("放学以后，马鹿塘的孩子们都跑到河边。", "马鹿塘"),
            Map.entry("红泥闸的老人大多一个人在家。", "红泥闸"),
            // review s20 M1: 在/从/是 + a name before punctuation, 人 or a verb of living; 的 + people after a pronoun
            Map.entry("在大坪子，留守儿童有三十多个。", "大坪子"),
            Map.entry("她在小哨上学。", "小哨"),
            Map.entry("她从小就在黑泥塘放牛。", "黑泥塘"),
            Map.entry("她是大坪子人。", "大坪子"),
            Map.entry("她的家乡是大坪子。", "大坪子"),
            Map.entry("从黑泥塘到学校要走两个小时。", "黑泥塘"),
            Map.entry("我们小哨的孩子们都很懂事。", "小哨"),
            Map.entry("今年黑泥塘的孩子们都回到了学校。", "黑泥塘"),
            Map.entry("她家住黑泥塘\n村里有二十户人家。", "黑泥塘"));

    /** Sentences of stories about children that name no place (review s18 L1 and the new rules' measure). */
    static final List<String> NO_PLACE = List.of(
            "项目还联合乡镇中心学校开展了安全教育。",
            "她家住半山坡上，下雨天路很滑。",
            "孩子们住在山沟里，出门就是山。",
            "孩子们在池塘边玩水，社工提醒他们注意安全。",
            "他来自军营，是一名退伍军人。",
            "孩子们参加了夏令营的第二组。",
            "孩子们住在学校宿舍。",
            "孩子们住在小卖铺的楼上。",
            "他们在山坡上放羊。",
            "社工在水塘边看到了她。",
            "孩子们去鸡足山春游。",
            "奶奶的小菜园里种满了青菜。",
            "奶奶在院子里种了李子树。",
            "红泥闸门坏了。",
            "来自全国各地的志愿者来到了这里。",
            "孩子们回到家乡过年。",
            "他们住在一起，互相照顾。",
            "住在城里的孩子很难想象山里的生活。",
            "孩子们在操场边做游戏。",
            "社工在学校附近租了一间房。",
            // review s19 L1: camps and courts
            "孩子们回到成长营。",
            "孩子们参加了研学营的三组。",
            "孩子们在篮球坪旁边做游戏。",
            "社工带孩子们到了县城的图书馆。",
            "孩子们去了学校的操场。",
            // by design: a size before an ordinary word is read as the ordinary word (小山坡 like 半山坡), not a name
            "她家住小山坡，出门就是山。",
            // review s20: ordinary sentences with 去, 的, blanks and the characters that end natural villages' names
            "孩子们去坡上放羊。",
            "大家的孩子们都来了。",
            "塘里的鱼长大了。",
            "放学后，孩子们去河边玩。",
            "爷爷每天去地里干活。",
            "奶奶去镇上赶集，孩子们在家写作业。",
            "孩子们去池塘边看荷花。",
            "孩子们去山沟里捡菌子。",
            "孩子们去营地参加活动。",
            "她去小卖铺买了一支笔。",
            "爸爸去年去外地打工了。",
            "孩子们去草坪上做游戏。",
            "去年的冬天特别冷。",
            "妈妈去世以后，她跟着奶奶生活。",
            "孩子们去水塘边洗衣服。",
            "爸爸去修坝了，晚上才回来。",
            "孩子们去军营参观，见到了解放军叔叔。",
            "山坡上的羊是爷爷养的。",
            "学校的孩子们排队领书包。",
            "夏令营的孩子们分成了四组。",
            "哨子一响，孩子们就跑回教室。",
            "坡地的玉米长得很好。",
            "孩子们 去河边玩。",
            "社工说：去 学校的路很远。",
            "孩子们的\n家长都来了。",
            "大家\n去山坡上种树。",
            "营养午餐的孩子们都吃饱了。",
            "湾里的孩子们常去游泳。",
            "半山坡的孩子们每天早起。",
            "台湾的小朋友给孩子们写了信。",
            "腾冲的孩子们也来参加夏令营。",
            "孩子们去麻栗坡县城参观。",
            // review s20 L1, L2, M1: blocks joined by a line break, places outside Yunnan, peoples' villages, the
            // frames
            // of the new contexts with ordinary words
            "快乐的周末\n村里的孩子们都来了。",
            "孩子们很开心\n组里的志愿者也很开心。",
            "她去深圳湾找妈妈。",
            "爸爸去铜锣湾打工。",
            "壮寨的孩子们穿上了新衣服。",
            "傈僳寨的孩子们唱起了歌。",
            "茶庄的老人们很热情。",
            "饭铺的人说孩子们很懂事。",
            "在学校，孩子们很开心。",
            "在操场上学骑车。",
            "他是好人。",
            "孩子们从学校走到河边。",
            "这是大坝。",
            "从小到大，她都很懂事。",
            "今年学校的孩子们都回来了。",
            "我们村的孩子们都来了。",
            "他们在营地，过得很开心。",
            "在农庄，孩子们摘了草莓。",
            "是啊，孩子们都长大了。",
            // review s20 L8: verbs and nouns that end like a hamlet after the widened 在/是 contexts
            "最累的是爬坡。",
            "车子在爬坡。",
            "他们在站岗放哨。",
            "她的工作是运营。",
            "大家在扎营。",
            "在缓冲，孩子们休息了一会儿。",
            "她睡的是卧铺。");

    @Test
    void barePlaceNamesAreFlaggedInAPlacesContextAndOrdinaryWordsAreNot() {
        List<String> wrong = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : BARE_PLACES.entrySet()) {
            List<String> found = villages(e.getKey());
            if (!found.equals(List.of(e.getValue()))) {
                wrong.add(e.getKey() + " → " + found);
            }
        }
        for (String sentence : NO_PLACE) {
            List<String> found = villages(sentence);
            if (!found.isEmpty()) {
                wrong.add(sentence + " → " + found);
            }
        }
        assertThat(wrong).isEmpty();
        String text = "孩子家住红泥闸，奶奶照顾她。";
        Flag flag = WITH_STEMS
                .check("body", text, true, StoryCheck.Justifications.NONE)
                .get(0);
        assertThat(flag.start()).isEqualTo(text.indexOf("红泥闸"));
        assertThat(flag.blocking()).isTrue();
        assertThat(WITH_STEMS.check("body", "小雨家住大坪子。龙头山的孩子。", false, StoryCheck.Justifications.NONE))
                .as("only in stories about protected groups")
                .isEmpty();
    }

    /**
     * A natural village's name typed or pasted apart (黑 泥塘: a space, a full-width space, a no-break space, a tab, a line
     * break of the text's {@code <br>}) is still read, and its flag covers the author's characters, blank included.
     */
    @Test
    void aNaturalVillagesNameWithABlankInsideIsFlaggedOverTheAuthorsText() {
        for (String blank : List.of(" ", "\u3000", "\u00a0", "\t", "\n", "\r\n", "\u2028", "  ")) {
            for (String name : List.of("黑" + blank + "泥塘", "黑泥" + blank + "塘")) {
                for (String text :
                        List.of("她家住" + name + "，离学校有十公里。", "孩子们在" + name + "旁边的小河里玩。", "孩子们去" + name + "玩。")) {
                    List<Flag> flags = WITH_STEMS.check("body", text, true, StoryCheck.Justifications.NONE);
                    assertThat(flags).as(text).singleElement().satisfies(f -> {
                        assertThat(f.kind()).isEqualTo(StoryCheck.VILLAGE);
                        assertThat(f.text()).isEqualTo(name);
                        assertThat(f.start()).isEqualTo(text.indexOf(name));
                        assertThat(f.end()).isEqualTo(text.indexOf(name) + name.length());
                    });
                }
            }
        }
        // a township's and a village's names without their suffix, as in the deployment
        String text = "小雨家在龙头\n山，孩子家住红　泥闸。";
        assertThat(villages(text)).containsExactly("龙头\n山", "红　泥闸");
    }

    @Test
    void activityGroupsAndCountedGroupsAreNotVillageGroups() {
        for (String ordinary : List.of(
                "孩子们参加了美术组和舞蹈社的活动。",
                "孩子们分成四组进行比赛。",
                "学校有书法社、文学社和兴趣组。",
                "第三组的孩子赢得了比赛。",
                "她在三组的同学里年龄最小。",
                "孩子们分成2组轮流发言。",
                "项目组为孩子们准备了冬衣。",
                "孩子们在学校的合唱组里唱歌。",
                "家长组和学生组分别讨论。",
                "评估组发现孩子们的情况有所好转。",
                "考察组来到学校。",
                "帮扶组每周来一次。",
                "同学们分成了学习组。",
                "村里修了拦沙坝。",
                "修建淤地坝和谷坊坝。",
                "大家说今年会更好，国家说要关爱留守儿童。")) {
            assertThat(body(ordinary, true)).as(ordinary).isEmpty();
        }
        assertThat(texts(body("她住在石门坎村三组。", true), StoryCheck.VILLAGE)).containsExactly("石门坎村");
    }

    @Test
    void justifiedNamesAndVillagesDoNotBlockNumbersCannotBeJustified() {
        Map<String, String> given = Map.of(
                StoryCheck.PERSON_NAME + "|张小明", "化名，经监护人同意",
                StoryCheck.VILLAGE + "|大坪村", "已征得同意",
                StoryCheck.MOBILE + "|139****5678", "机构电话");
        StoryCheck.Justifications justifications = (kind, text) -> given.get(kind + "|" + text);
        List<Flag> flags = CHECK.check("body", "张小明住在大坪村，电话13912345678。", true, justifications);
        assertThat(flags).extracting(Flag::kind).containsExactly("person-name", "village", "mobile");
        assertThat(flags.get(0).justification()).isEqualTo("化名，经监护人同意");
        assertThat(flags.get(0).blocking()).isFalse();
        assertThat(flags.get(1).blocking()).isFalse();
        assertThat(flags.get(2).justification()).isNull();
        assertThat(flags.get(2).blocking()).isTrue();
    }

    @Test
    void titleAndSummaryAreCheckedWithTheirOwnOffsets() {
        List<Flag> flags = CHECK.check("张小明的暑假", "李娜来信", "正文", false, StoryCheck.Justifications.NONE);
        assertThat(flags).extracting(Flag::field).containsExactly("title", "summary");
        assertThat(flags).extracting(Flag::start).containsExactly(0, 0);
        assertThat(flags).extracting(Flag::end).containsExactly(3, 2);
    }

    @Test
    void offsetsAreUtf16IndicesEvenAfterCharactersOutsideTheBasicPlane() {
        String text = "😀𠀀 张小明";
        Flag f = body(text, false).get(0);
        assertThat(f.start()).isEqualTo(text.indexOf("张"));
        assertThat(f.start()).isEqualTo(5);
    }

    @Test
    void maskNumbersKeepsEverythingButTheNumbers() {
        String id = id("53060220100315901");
        String masked = StoryCheck.maskNumbers("请删去 " + id + " 和 13912345678。");
        assertThat(masked).isEqualTo("请删去 " + IdNumbers.mask(id) + " 和 139****5678。");
        assertThat(masked).doesNotContain(id).doesNotContain("13912345678");
    }

    @Test
    void stemsDropTheAdministrativeSuffix() {
        assertThat(StoryCheck.stem("石林彝族自治县")).isEqualTo("石林");
        assertThat(StoryCheck.stem("文山壮族苗族自治州")).isEqualTo("文山");
        assertThat(StoryCheck.stem("双江拉祜族佤族布朗族傣族自治县")).isEqualTo("双江");
        assertThat(StoryCheck.stem("华山街道")).isEqualTo("华山");
        assertThat(StoryCheck.stem("昭通市")).isEqualTo("昭通");
    }
}

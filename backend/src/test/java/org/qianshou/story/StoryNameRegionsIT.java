package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.story.StoryCheck.Flag;
import org.qianshou.testing.RealServices;

/**
 * The name finder as deployed: {@link ProtectionCheck} built from every region name of the database (with their
 * stems: 彩云, 玉龙, 建水, 金平 …), over the name corpus of {@link StoryNameCorpusTest} and names whose given part is a
 * place name or a stop word (王桂花, 李彩云): each name is found, no ordinary sentence is flagged.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryNameRegionsIT implements TestPropertyProvider {

    /** Sentence → the name in it: given names that are also region stems or stop words (pseudonyms). */
    static final Map<String, String> PLACE_GIVEN_NAMES = Map.ofEntries(
            Map.entry("留守儿童李彩云，今年九岁。", "李彩云"),
            Map.entry("王玉龙今年九岁。", "王玉龙"),
            Map.entry("张建水是一名留守儿童。", "张建水"),
            Map.entry("王桂花今年九岁。", "王桂花"),
            Map.entry("张文明今年九岁。", "张文明"),
            Map.entry("王和平说他想妈妈。", "王和平"),
            Map.entry("李向阳今年十岁。", "李向阳"),
            Map.entry("刘长江的妈妈在外打工。", "刘长江"),
            Map.entry("孩子赵平安，跟着奶奶生活。", "赵平安"),
            Map.entry("一个叫王金平的男孩。", "王金平"),
            // traditional, separated and Dai names, with the deployment's place names (review M1)
            Map.entry("留守兒童李彩雲，今年九歲。", "李彩雲"),
            Map.entry("王 玉龙今年九岁。", "王 玉龙"),
            Map.entry("玉香今年九岁，是傣族女孩。", "玉香"),
            Map.entry("岩罕今年十岁。", "岩罕"),
            Map.entry("和丽华说她最想念在外打工的爸爸。", "和丽华"));

    /** Sentence → the village in it, as a story about children writes it (review M2). */
    static final Map<String, String> VILLAGES = Map.ofEntries(
            Map.entry("孩子们随父母搬到了卯家湾社区。", "卯家湾社区"),
            Map.entry("孩子们住在曼听寨。", "曼听寨"),
            Map.entry("她家在老鹰箐，离学校有十公里。", "老鹰箐"),
            Map.entry("小雨家在串九村，离镇上很远。", "串九村"),
            // bare natural villages in a place's context, townships and villages without their suffix (review s18 M3)
            Map.entry("小雨家住大坪子，每天走一个小时山路上学。", "大坪子"),
            Map.entry("新来的孩子来自小哨。", "小哨"),
            Map.entry("孩子们在黑泥塘旁边的小河里玩。", "黑泥塘"),
            Map.entry("她家是黑泥塘的三组。", "黑泥塘"),
            Map.entry("小雨的家在龙头山，爸爸妈妈在外打工。", "龙头山"),
            Map.entry("孩子家住红泥闸，奶奶照顾她。", "红泥闸"),
            // 去 alone, a phrase's start before 的 and people, blanks inside a name (issue 10's last misses)
            Map.entry("孩子们去小哨玩。", "小哨"),
            Map.entry("大坪子的孩子们每天走一个小时山路上学。", "大坪子"),
            Map.entry("孩子们在黑 泥塘旁边的小河里玩。", "黑 泥塘"),
            Map.entry("她家住黑　泥塘。", "黑　泥塘"),
            Map.entry("她家住黑\n泥塘。", "黑\n泥塘"));

    /** Sentences of stories about children that name no village. */
    static final List<String> NO_VILLAGE = List.of(
            "幸福社区的志愿者来看望孩子们。",
            "和谐社区组织了亲子活动。",
            "孩子们参加了美术组和舞蹈社的活动。",
            "孩子们分成四组进行比赛。",
            "村寨里的孩子大多跟着爷爷奶奶生活。",
            "坝子里的油菜花开了，孩子们在院坝里做游戏。",
            "社区的志愿者帮孩子们补习功课。",
            "低于十四岁的孩子需要监护人陪同。",
            // 联合乡 is a township, 乡镇 a word (review s18 L1); ordinary words the new rules could take for places
            "项目还联合乡镇中心学校开展了安全教育。",
            "她家住半山坡上，下雨天路很滑。",
            "孩子们在池塘边玩水，社工提醒他们注意安全。",
            "孩子们参加了夏令营的第二组。",
            "孩子们去鸡足山春游。",
            "奶奶的小菜园里种满了青菜。",
            "孩子们住在学校宿舍。",
            // urban residents' committees named after streets and universities (review s19 L1)
            "志愿者来自云南大学。",
            "社工在和平路附近租了一间房。",
            "孩子们住在人民路。",
            // a realistic paragraph of a children's story (review s18 L1): no flag at all
            "社工走访了十几户人家，评估组发现孩子们的情况好转。项目还联合乡镇中心学校开展了绘画小组和夏令营，孩子们分成四组。" + "坝子里的油菜花开了。村委会和安置点的社区活动室都很热闹，督导每月来一次。");

    @Inject
    ProtectionCheck check;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("storynames");
    }

    @Test
    void findsEveryNameWithTheDeploymentsRegionNames() {
        Map<String, String> names = new LinkedHashMap<>(StoryNameCorpusTest.NAMES);
        names.putAll(PLACE_GIVEN_NAMES);
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            List<String> found = names(e.getKey());
            if (!found.contains(e.getValue()) || found.stream().anyMatch(f -> !f.equals(e.getValue()))) {
                missed.add(e.getKey() + " → " + found);
            }
        }
        assertThat(missed)
                .as("names missed or cut wrong: %d of %d", missed.size(), names.size())
                .isEmpty();
    }

    @Test
    void leavesOrdinarySentencesAloneWithTheDeploymentsRegionNames() {
        List<String> falseFlags = new ArrayList<>();
        for (String sentence : StoryNameCorpusTest.ORDINARY) {
            List<String> found = names(sentence);
            if (!found.isEmpty()) {
                falseFlags.add(sentence + " → " + found);
            }
        }
        assertThat(falseFlags)
                .as("ordinary sentences flagged: %d of %d", falseFlags.size(), StoryNameCorpusTest.ORDINARY.size())
                .isEmpty();
    }

    @Test
    void findsVillagesAndResettlementCommunitiesButNotOrdinaryWords() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : VILLAGES.entrySet()) {
            List<String> found = kind(e.getKey(), StoryCheck.VILLAGE);
            if (!found.equals(List.of(e.getValue()))) {
                wrong.add(e.getKey() + " → " + found);
            }
        }
        for (String sentence : NO_VILLAGE) {
            List<Flag> flags = check.flags("body", sentence, true, StoryCheck.Justifications.NONE);
            if (!flags.isEmpty()) {
                wrong.add(sentence + " → " + flags);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The measure of the village rules' false flags with every region of the deployment: the ordinary sentences of the
     * name corpus and of the check's tests, in a story about children, name no place.
     */
    @Test
    void ordinarySentencesNameNoPlaceInAChildrensStory() {
        List<String> sentences = new ArrayList<>(StoryNameCorpusTest.ORDINARY);
        sentences.addAll(StoryCheckTest.NO_PLACE);
        List<String> falseFlags = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> found = kind(sentence, StoryCheck.VILLAGE);
            if (!found.isEmpty()) {
                falseFlags.add(sentence + " → " + found);
            }
        }
        assertThat(falseFlags)
                .as("ordinary sentences with a village flag: %d of %d", falseFlags.size(), sentences.size())
                .isEmpty();
    }

    @Test
    void aTitleShownWithAChildrensStoryNamesAPlaceWhenItNamesAVillageOrTownship() {
        assertThat(check.namesPlace("串九村留守儿童之家")).isTrue();
        assertThat(check.namesPlace("龙头山镇儿童之家")).isTrue();
        assertThat(check.namesPlace("镇雄县阳光社工中心留守儿童陪伴项目")).isFalse();
        assertThat(check.namesPlace("昭阳区留守儿童关爱")).isFalse();
        // without a suffix, at the start of the title (review s19 M1)
        assertThat(check.namesPlace("红泥闸儿童之家")).isTrue();
        assertThat(check.namesPlace("大坪子儿童之家")).isTrue();
        assertThat(check.namesPlace("阳光儿童之家")).isFalse();
        assertThat(check.placeFlags("project.title", "串九村留守儿童之家"))
                .extracting(Flag::field, Flag::text, Flag::blocking)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("project.title", "串九村", false));
    }

    private List<String> kind(String sentence, String kind) {
        return check.flags("body", sentence, true, StoryCheck.Justifications.NONE).stream()
                .filter(f -> f.kind().equals(kind))
                .map(Flag::text)
                .toList();
    }

    private List<String> names(String sentence) {
        List<Flag> flags = check.flags("body", sentence, true, StoryCheck.Justifications.NONE);
        return flags.stream()
                .filter(f -> f.kind().equals(StoryCheck.PERSON_NAME))
                .map(Flag::text)
                .toList();
    }
}

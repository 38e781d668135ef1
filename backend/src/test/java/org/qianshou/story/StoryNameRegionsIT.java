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
            Map.entry("一个叫王金平的男孩。", "王金平"));

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

    private List<String> names(String sentence) {
        List<Flag> flags = check.flags("body", sentence, true, StoryCheck.Justifications.NONE);
        return flags.stream()
                .filter(f -> f.kind().equals(StoryCheck.PERSON_NAME))
                .map(Flag::text)
                .toList();
    }
}

package org.qianshou.search.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.search.project.Projects.project;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.Filters;
import org.qianshou.search.Hit;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.Indexer;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.SearchResult;
import org.qianshou.search.Searcher;
import org.qianshou.search.Suggester;
import org.qianshou.search.text.Synonyms;

/** Search as a Chinese user types, on a real index: traditional characters, pinyin, synonyms, near misses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseSearchIT {
    private static final List<String> PUBLIC = List.of("published", "closed");

    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private final SearchIndex<ProjectDocument> index =
            new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), ProjectQueries.KIND);
    private final Searcher<ProjectDocument, ProjectQuery> search = Searcher.of(index, ProjectQueries.KIND);

    @BeforeAll
    void indexProjects() {
        index.ensureIndex();
        List<IndexResult> results = new Indexer<>(index)
                .apply(List.of(
                        IndexOperation.upsert(project(
                                1,
                                "镇雄县留守儿童关爱保护服务项目",
                                "为留守儿童提供监护探访和成长辅导。",
                                "530627",
                                List.of("left-behind-children"),
                                List.of("left-behind-children"))),
                        IndexOperation.upsert(project(
                                2,
                                "泸水市易地搬迁社区融合适应服务",
                                "搬迁群众的就业与邻里互助。",
                                "533321",
                                List.of("relocated"),
                                List.of("relocation-integration"))),
                        IndexOperation.upsert(project(
                                3,
                                "五華區社區矯正服務",
                                "社區矯正對象的社會融入。",
                                "530102",
                                List.of("community-corrections"),
                                List.of("special-groups"))),
                        IndexOperation.upsert(project(
                                4,
                                "空巢老年人居家探访",
                                "ＮＧＯ志愿者每周探访独居老人。",
                                "530102",
                                List.of("elderly-in-difficulty"),
                                List.of("special-groups"))),
                        IndexOperation.upsert(project(
                                5,
                                1,
                                "镇雄县留守儿童草稿",
                                "未发布",
                                "530627",
                                List.of("left-behind-children"),
                                List.of("left-behind-children"),
                                "draft"))));
        assertThat(results).allMatch(IndexResult::ok);
        index.refresh();
    }

    @AfterEach
    void defaultSynonyms() {
        Synonyms.use(Synonyms.defaults());
    }

    @AfterAll
    void deleteIndex() {
        index.deleteAll();
    }

    private SearchResult<ProjectDocument> find(String text) {
        return search.search(new ProjectQuery(new Filters(text, null, null, null, 0, 20), PUBLIC));
    }

    private static List<Long> ids(SearchResult<ProjectDocument> result) {
        return result.hits().stream().map(h -> h.document().id()).toList();
    }

    @Test
    void traditionalCharactersFindSimplifiedTextAndTheOtherWayRound() {
        SearchResult<ProjectDocument> traditional = find("留守兒童");
        assertThat(ids(traditional)).containsExactly(1L);
        assertThat(traditional.loose()).isFalse();
        // the page shows the text as written, the match marked
        Hit<ProjectDocument> hit = traditional.hits().get(0);
        assertThat(hit.highlight("title")).isEqualTo("镇雄县\uE000留守儿童\uE001关爱保护服务项目");

        assertThat(ids(find("社区矫正"))).containsExactly(3L);
        assertThat(find("社区矫正").hits().get(0).document().title()).isEqualTo("五華區社區矯正服務");
        assertThat(ids(find("矫正服务 社会融入"))).containsExactly(3L);
    }

    @Test
    void fullWidthLettersAndCaseFold() {
        assertThat(ids(find("ngo"))).containsExactly(4L);
        assertThat(ids(find("ＮＧＯ"))).containsExactly(4L);
    }

    @Test
    void pinyinFindsTitlesAndPlaces() {
        assertThat(ids(find("liushou ertong"))).containsExactly(1L);
        assertThat(ids(find("liushouertong"))).containsExactly(1L);
        assertThat(ids(find("lset"))).containsExactly(1L);
        assertThat(ids(find("zhenxiong"))).containsExactly(1L);
        assertThat(ids(find("zhaotong"))).containsExactly(1L);
        assertThat(ids(find("Kunming"))).containsExactlyInAnyOrder(3L, 4L);
        assertThat(ids(find("yidi banqian"))).containsExactly(2L);
        // pinyin is for titles and names, not for descriptions
        assertThat(ids(find("jianhu tanfang"))).isEmpty();
    }

    @Test
    void aPlaceIsFoundByItsWholeNameAndNeverByItsAdministrativeWord() {
        // 县, 市, 区, 省 end the places' names (and 镇雄县 begins a title): alone they find nothing, nor does the
        // province every project is in, nor an English word that splits into syllables
        for (String q : List.of("xian", "shi", "qu", "sheng", "yunnan", "women", "he")) {
            assertThat(ids(find(q))).as(q).isEmpty();
        }
        assertThat(ids(find("zhao tong"))).containsExactly(1L);
        assertThat(ids(find("zhenxiongxian"))).containsExactly(1L);
        assertThat(ids(find("lushui"))).containsExactly(2L);
        assertThat(ids(find("lushui shi"))).containsExactly(2L);
    }

    @Test
    void synonymsFindTheOtherWordsOfTheirGroup() {
        assertThat(ids(find("留守娃"))).containsExactly(1L);
        assertThat(ids(find("易地扶贫搬迁"))).containsExactly(2L);
        assertThat(ids(find("易地扶貧搬遷"))).containsExactly(2L);
        assertThat(ids(find("空巢老人"))).containsExactly(4L);
        assertThat(find("留守娃").hits().get(0).highlight("title")).contains("\uE000留守儿童\uE001");
    }

    @Test
    void aGroupAddedAtRunTimeWorksWithoutReindexing() {
        assertThat(ids(find("守护童年"))).isEmpty();

        Synonyms.use(Synonyms.defaults().with(List.of(List.of("守护童年", "留守儿童"))));

        assertThat(ids(find("守护童年"))).containsExactly(1L);
    }

    @Test
    void suggestionsComeFromTheBeginningOfTitlesOrWhatFollowsThePlaceInCharactersOrPinyin() {
        Suggester suggester = new Suggester(List.of(index));

        assertThat(suggester.suggest("留守", 10)).containsExactly(new Suggester.Suggestion("留守儿童关爱保护服务项目", "project"));
        assertThat(suggester.suggest("liushou er", 10))
                .containsExactly(new Suggester.Suggestion("留守儿童关爱保护服务项目", "project"));
        assertThat(suggester.suggest("LSET", 10)).containsExactly(new Suggester.Suggestion("留守儿童关爱保护服务项目", "project"));
        assertThat(suggester.suggest("鎮雄", 10))
                .as("a draft is never suggested")
                .containsExactly(new Suggester.Suggestion("镇雄县留守儿童关爱保护服务项目", "project"));
        assertThat(suggester.suggest("易地", 10))
                .extracting(Suggester.Suggestion::text)
                .containsExactly("易地搬迁社区融合适应服务");
        assertThat(suggester.suggest("量子", 10)).isEmpty();
        assertThat(suggester.suggest("  ", 10)).isEmpty();
    }

    @Test
    void aNearMissFindsCloseMatchesMarkedLoose() {
        SearchResult<ProjectDocument> result = find("留守儿重");

        assertThat(result.loose()).isTrue();
        assertThat(ids(result)).first().isEqualTo(1L);
        assertThat(result.hits().get(0).highlight("title")).contains("\uE000留守儿\uE001");

        SearchResult<ProjectDocument> nothing = find("量子计算");
        assertThat(nothing.total()).isZero();
        assertThat(nothing.loose()).isFalse();
        assertThat(find("留守儿童").loose()).isFalse();
    }
}

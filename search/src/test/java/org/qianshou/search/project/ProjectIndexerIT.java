package org.qianshou.search.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.search.project.Projects.project;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.Filters;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexResult;
import org.qianshou.search.Indexer;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.Searcher;

class ProjectIndexerIT {
    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private SearchIndex<ProjectDocument> index;
    private Indexer<ProjectDocument> indexer;
    private Searcher<ProjectDocument, ProjectQuery> search;

    @BeforeEach
    void setUp() {
        index = new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), ProjectQueries.KIND);
        index.ensureIndex();
        indexer = new Indexer<>(index);
        search = Searcher.of(index, ProjectQueries.KIND);
    }

    @AfterEach
    void tearDown() {
        index.deleteAll();
    }

    private static ProjectDocument titled(long id, long version, String title) {
        return project(id, version, title, "描述", "530621", List.of(), List.of(), "published");
    }

    private List<String> titles(String text) {
        index.refresh();
        return search.search(new ProjectQuery(new Filters(text, null, null, null, 0, 20), null)).hits().stream()
                .map(h -> h.document().title())
                .toList();
    }

    @Test
    void anUpsertIsFoundAndRepeatingItChangesNothing() {
        var upsert = IndexOperation.upsert(titled(1, 3, "易地搬迁融合"));

        assertThat(indexer.apply(List.of(upsert))).containsExactly(new IndexResult(1, true, null));
        assertThat(indexer.apply(List.of(upsert))).containsExactly(new IndexResult(1, true, null));
        assertThat(titles("搬迁")).containsExactly("易地搬迁融合");
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        indexer.apply(List.of(IndexOperation.upsert(titled(1, 5, "新标题"))));

        List<IndexResult> results = indexer.apply(List.of(IndexOperation.upsert(titled(1, 4, "旧标题"))));

        assertThat(results).containsExactly(new IndexResult(1, true, null));
        assertThat(titles("")).containsExactly("新标题");
    }

    @Test
    void aDeleteRemovesTheProjectAndDeletingAMissingOneIsOk() {
        indexer.apply(List.of(IndexOperation.upsert(titled(1, 1, "第一")), IndexOperation.upsert(titled(2, 1, "第二"))));

        List<IndexResult> results = indexer.apply(
                List.of(IndexOperation.<ProjectDocument>delete(1, 2), IndexOperation.<ProjectDocument>delete(99, 1)));

        assertThat(results).containsExactly(new IndexResult(1, true, null), new IndexResult(99, true, null));
        assertThat(titles("")).containsExactly("第二");
    }

    @Test
    void anOlderUpsertDoesNotResurrectADeletedProject() {
        indexer.apply(List.of(IndexOperation.upsert(titled(1, 1, "第一"))));
        indexer.apply(List.of(IndexOperation.<ProjectDocument>delete(1, 3)));

        assertThat(indexer.apply(List.of(IndexOperation.upsert(titled(1, 2, "第一")))))
                .containsExactly(new IndexResult(1, true, null));
        assertThat(titles("")).isEmpty();
    }

    @Test
    void withoutTheAliasWritesFailAndNoIndexIsAutoCreated() throws Exception {
        ElasticsearchFixture.assertWritesFailWithoutTheAlias(
                index, IndexOperation.upsert(titled(1, 1, "第一")), IndexOperation.<ProjectDocument>delete(3, 1));
    }
}

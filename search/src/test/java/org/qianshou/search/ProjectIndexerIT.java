package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.search.Projects.project;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.util.List;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectIndexerIT {
    private static final String AUTO_CREATE = "action.auto_create_index";
    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private ProjectIndex index;
    private ProjectIndexer indexer;
    private ProjectSearch search;

    @BeforeEach
    void setUp() {
        index = new ProjectIndex(client, ElasticsearchFixture.uniquePrefix());
        index.ensureIndex();
        indexer = new ProjectIndexer(client, index);
        search = new ProjectSearch(client, index);
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
        return search.search(new ProjectQuery(text, null, null, null, null, 0, 20)).hits().stream()
                .map(h -> h.document().title())
                .toList();
    }

    @Test
    void anUpsertIsFoundAndRepeatingItChangesNothing() {
        var upsert = new IndexOperation.Upsert(titled(1, 3, "易地搬迁融合"));

        assertThat(indexer.apply(List.of(upsert))).containsExactly(new IndexResult(1, true, null));
        assertThat(indexer.apply(List.of(upsert))).containsExactly(new IndexResult(1, true, null));
        assertThat(titles("搬迁")).containsExactly("易地搬迁融合");
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        indexer.apply(List.of(new IndexOperation.Upsert(titled(1, 5, "新标题"))));

        List<IndexResult> results = indexer.apply(List.of(new IndexOperation.Upsert(titled(1, 4, "旧标题"))));

        assertThat(results).containsExactly(new IndexResult(1, true, null));
        assertThat(titles("")).containsExactly("新标题");
    }

    @Test
    void aDeleteRemovesTheProjectAndDeletingAMissingOneIsOk() {
        indexer.apply(
                List.of(new IndexOperation.Upsert(titled(1, 1, "第一")), new IndexOperation.Upsert(titled(2, 1, "第二"))));

        List<IndexResult> results =
                indexer.apply(List.of(new IndexOperation.Delete(1, 2), new IndexOperation.Delete(99, 1)));

        assertThat(results).containsExactly(new IndexResult(1, true, null), new IndexResult(99, true, null));
        assertThat(titles("")).containsExactly("第二");
    }

    @Test
    void anOlderUpsertDoesNotResurrectADeletedProject() {
        indexer.apply(List.of(new IndexOperation.Upsert(titled(1, 1, "第一"))));
        indexer.apply(List.of(new IndexOperation.Delete(1, 3)));

        assertThat(indexer.apply(List.of(new IndexOperation.Upsert(titled(1, 2, "第一")))))
                .containsExactly(new IndexResult(1, true, null));
        assertThat(titles("")).isEmpty();
    }

    @Test
    void withoutTheAliasWritesFailAndNoIndexIsAutoCreated() throws Exception {
        index.deleteAll();
        String previous = allowAutoCreate();
        try {
            List<IndexResult> upserts = indexer.apply(List.of(new IndexOperation.Upsert(titled(1, 1, "第一"))));
            List<IndexResult> deletes = indexer.apply(List.of(new IndexOperation.Delete(3, 1)));

            assertThat(upserts).singleElement().satisfies(r -> {
                assertThat(r.ok()).isFalse();
                assertThat(r.error()).isNotBlank();
            });
            assertThat(deletes).extracting(IndexResult::ok).containsExactly(false);
        } finally {
            restoreAutoCreate(previous);
        }
        assertThat(client.indices().exists(e -> e.index(index.alias())).value()).isFalse();
        assertThat(index.count()).isZero();
    }

    /** Lets Elasticsearch auto-create indices, as a default cluster does, so the test can show none is. */
    private String allowAutoCreate() throws Exception {
        var persistent = client.cluster().getSettings(s -> s.flatSettings(true)).persistent();
        JsonData previous = persistent.get(AUTO_CREATE);
        putAutoCreate("true");
        return previous == null ? null : previous.to(String.class);
    }

    private void restoreAutoCreate(String previous) throws Exception {
        putAutoCreate(previous);
    }

    private void putAutoCreate(String value) throws Exception {
        var request = new Request("PUT", "/_cluster/settings");
        String json = value == null ? "null" : "\"" + value + "\"";
        request.setJsonEntity("{\"persistent\":{\"" + AUTO_CREATE + "\":" + json + "}}");
        ((RestClientTransport) client._transport()).restClient().performRequest(request);
    }
}

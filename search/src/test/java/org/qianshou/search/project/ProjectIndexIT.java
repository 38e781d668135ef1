package org.qianshou.search.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.search.project.Projects.project;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.RebuildResult;
import org.qianshou.search.SearchIndex;

class ProjectIndexIT {
    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private SearchIndex<ProjectDocument> index;

    @BeforeEach
    void setUp() {
        index = new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), ProjectQueries.KIND);
    }

    @AfterEach
    void tearDown() {
        index.deleteAll();
    }

    @Test
    void ensureIndexCreatesAVersionedIndexOnceBehindTheAlias() throws Exception {
        index.ensureIndex();
        Set<String> first = ElasticsearchFixture.indicesBehindAlias(index);
        index.ensureIndex();

        assertThat(first)
                .singleElement()
                .asString()
                .startsWith(
                        index.alias() + "-v" + ProjectQueries.KIND.definition().mappingVersion() + "-");
        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).isEqualTo(first);
        assertThat(ElasticsearchFixture.versionedIndices(index)).isEqualTo(first);
        assertThat(index.count()).isZero();
    }

    @Test
    void writableOnlyWhileThePrimaryShardIsActive() throws Exception {
        index.ensureIndex();
        assertThat(index.writable()).isTrue();
        String name = ElasticsearchFixture.indicesBehindAlias(index).iterator().next();
        var rest = ((RestClientTransport) client._transport()).restClient();
        // The shard may live on no node: reopened, the index has no active primary, as after a restart of
        // Elasticsearch before its shards are recovered.
        rest.performRequest(new Request("POST", "/" + name + "/_close"));
        var settings = new Request("PUT", "/" + name + "/_settings");
        settings.setJsonEntity("{\"index.routing.allocation.require._name\":\"no-such-node\"}");
        rest.performRequest(settings);
        var open = new Request("POST", "/" + name + "/_open");
        open.addParameter("wait_for_active_shards", "0");
        rest.performRequest(open);

        assertThat(index.writable()).isFalse();

        settings.setJsonEntity("{\"index.routing.allocation.require._name\":null}");
        rest.performRequest(settings);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!index.writable() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(index.writable()).isTrue();
    }

    @Test
    void concurrentEnsureIndexLeavesOneIndex() throws Exception {
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(executor.submit(() -> {
                    start.await();
                    index.ensureIndex();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).hasSize(1);
    }

    @Test
    void rebuildLoadsEveryBatchMovesTheAliasAndDeletesTheOldIndex() throws Exception {
        index.ensureIndex();
        Set<String> old = ElasticsearchFixture.indicesBehindAlias(index);

        RebuildResult result = index.rebuild(List.of(
                List.of(
                        project(1, "甲", "一", "530621", List.of(), List.of()),
                        project(2, "乙", "二", "530627", List.of(), List.of())),
                List.of(),
                List.of(project(3, "丙", "三", "530102", List.of(), List.of()))));

        assertThat(result.documents()).isEqualTo(3);
        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).containsExactly(result.index());
        assertThat(ElasticsearchFixture.versionedIndices(index))
                .containsExactly(result.index())
                .doesNotContainAnyElementsOf(old);
        assertThat(index.count()).isEqualTo(3);
    }

    @Test
    void rebuildLoadsManyBatchesInFlightAndGivesTheIndexItsRefreshBack() throws Exception {
        List<List<ProjectDocument>> batches = new java.util.ArrayList<>();
        for (int b = 0; b < 7; b++) {
            List<ProjectDocument> batch = new java.util.ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int id = b * 3 + i;
                batch.add(project(id, "项目" + id, "描述", "530621", List.of(), List.of()));
            }
            batches.add(batch);
        }

        RebuildResult result = index.rebuild(batches);

        assertThat(result.documents()).isEqualTo(21);
        assertThat(index.count()).isEqualTo(21);
        // loaded without refresh, then back to the definition's (Elasticsearch's default): no setting left behind
        var settings = client.indices()
                .getSettings(g -> g.index(result.index()))
                .get(result.index())
                .settings();
        assertThat(
                        settings.index() == null
                                ? settings.refreshInterval()
                                : settings.index().refreshInterval())
                .isNull();
    }

    @Test
    void rebuildAfterTheIndexWasDeletedRestoresTheDocuments() {
        index.ensureIndex();
        index.deleteAll();
        assertThat(index.count()).isZero();

        RebuildResult result = index.rebuild(List.of(List.of(
                project(1, "甲", "一", "530621", List.of(), List.of()),
                project(2, "乙", "二", "530627", List.of(), List.of()))));

        assertThat(result.documents()).isEqualTo(2);
        assertThat(index.count()).isEqualTo(2);
    }

    @Test
    void rebuildReplacesAnIndexSquattingOnTheAliasName() throws Exception {
        client.indices().create(c -> c.index(index.alias()));

        RebuildResult result = index.rebuild(List.of(List.of(project(1, "甲", "一", "530621", List.of(), List.of()))));

        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).containsExactly(result.index());
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void aRejectedDocumentFailsTheRebuildAndLeavesTheAliasAlone() throws Exception {
        index.ensureIndex();
        Set<String> before = ElasticsearchFixture.indicesBehindAlias(index);
        ProjectDocument good = project(1, "甲", "一", "530621", List.of(), List.of());
        ProjectDocument tooLongCode = new ProjectDocument(
                2,
                1,
                "乙",
                "二",
                1,
                "机构",
                List.of("x".repeat(40_000)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                "published",
                null,
                null,
                0,
                false,
                good.updatedAt(),
                null);

        assertThatThrownBy(() -> index.rebuild(List.of(
                        List.of(good),
                        List.of(tooLongCode),
                        List.of(project(3, "丙", "三", "530102", List.of(), List.of())),
                        List.of(project(4, "丁", "四", "530102", List.of(), List.of())))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("project 2");
        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).isEqualTo(before);
        assertThat(ElasticsearchFixture.versionedIndices(index)).isEqualTo(before);
    }
}

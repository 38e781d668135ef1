package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.search.Projects.project;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nothing listens on port 1: every operation must fail fast and say why. */
class SearchUnavailableTest {
    private final ElasticsearchClient client = SearchClients.create("http://127.0.0.1:1", null, null, null);
    private final ProjectIndex index = new ProjectIndex(client, "unreachable");

    @AfterEach
    void close() throws Exception {
        client._transport().close();
    }

    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("Elasticsearch is unavailable")
                .hasRootCauseInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void everyOperationReportsTheOutage() {
        ProjectDocument document = project(1, "甲", "一", "530621", List.of(), List.of());

        assertUnavailable(index::ensureIndex);
        assertUnavailable(index::count);
        assertUnavailable(index::refresh);
        assertUnavailable(index::deleteAll);
        assertUnavailable(() -> index.rebuild(List.of(List.of(document))));
        assertUnavailable(() -> new ProjectIndexer(client, index).apply(List.of(new IndexOperation.Upsert(document))));
        assertUnavailable(
                () -> new ProjectSearch(client, index).search(new ProjectQuery("留守儿童", null, null, null, null, 0, 20)));
    }
}

package org.qianshou.search.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.search.organisation.Organisations.organisation;

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

class OrganisationIndexerIT {
    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private SearchIndex<OrganisationDocument> index;
    private Indexer<OrganisationDocument> indexer;
    private Searcher<OrganisationDocument, OrganisationQuery> search;

    @BeforeEach
    void setUp() {
        index = new SearchIndex<>(client, ElasticsearchFixture.uniquePrefix(), OrganisationQueries.KIND);
        index.ensureIndex();
        indexer = new Indexer<>(index);
        search = Searcher.of(index, OrganisationQueries.KIND);
    }

    @AfterEach
    void tearDown() {
        index.deleteAll();
    }

    private static IndexOperation<OrganisationDocument> upsert(long id, long version, String name) {
        return IndexOperation.upsert(organisation(id, version, name));
    }

    private List<String> names(String text) {
        index.refresh();
        return search.search(new OrganisationQuery(new Filters(text, null, null, null, 0, 20), null)).hits().stream()
                .map(h -> h.document().name())
                .toList();
    }

    @Test
    void anUpsertIsFoundAndRepeatingItChangesNothing() {
        var upsert = upsert(1, 3, "鲁甸县阳光社会工作服务中心");

        assertThat(indexer.apply(List.of(upsert))).containsExactly(new IndexResult(1, true, null));
        assertThat(indexer.apply(List.of(upsert))).containsExactly(new IndexResult(1, true, null));
        assertThat(names("阳光")).containsExactly("鲁甸县阳光社会工作服务中心");
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void aNewerVersionReplacesTheOlder() {
        indexer.apply(List.of(upsert(1, 1, "旧名称")));

        assertThat(indexer.apply(List.of(upsert(1, 2, "新名称")))).containsExactly(new IndexResult(1, true, null));
        assertThat(names("")).containsExactly("新名称");
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        indexer.apply(List.of(upsert(1, 5, "新名称")));

        List<IndexResult> results = indexer.apply(List.of(upsert(1, 4, "旧名称")));

        assertThat(results).containsExactly(new IndexResult(1, true, null));
        assertThat(names("")).containsExactly("新名称");
        assertThat(names("旧名称")).isEmpty();
    }

    @Test
    void aDeleteRemovesTheOrganisationAndDeletingAMissingOneIsOk() {
        indexer.apply(List.of(upsert(1, 1, "第一机构"), upsert(2, 1, "第二机构")));

        List<IndexResult> results = indexer.apply(List.of(
                IndexOperation.<OrganisationDocument>delete(1, 2), IndexOperation.<OrganisationDocument>delete(99, 1)));

        assertThat(results).containsExactly(new IndexResult(1, true, null), new IndexResult(99, true, null));
        assertThat(names("")).containsExactly("第二机构");
    }

    @Test
    void anOlderUpsertDoesNotResurrectASuspendedOrganisation() {
        indexer.apply(List.of(upsert(1, 1, "第一机构")));
        indexer.apply(List.of(IndexOperation.<OrganisationDocument>delete(1, 3)));

        assertThat(indexer.apply(List.of(upsert(1, 2, "第一机构")))).containsExactly(new IndexResult(1, true, null));
        assertThat(names("")).isEmpty();
    }

    @Test
    void aRejectedItemFailsAloneAndSaysWhy() {
        var rejected = IndexOperation.upsert(new OrganisationDocument(
                2,
                1,
                "乙机构",
                "agency",
                "social-work-agency",
                "530621",
                List.of(),
                List.of(),
                List.of("x".repeat(40_000)),
                List.of(),
                "",
                false,
                null,
                null));

        List<IndexResult> results = indexer.apply(List.of(upsert(1, 1, "甲机构"), rejected));

        assertThat(results.get(0)).isEqualTo(new IndexResult(1, true, null));
        assertThat(results.get(1).id()).isEqualTo(2);
        assertThat(results.get(1).ok()).isFalse();
        assertThat(results.get(1).error())
                .startsWith("document_parsing_exception")
                .contains("targetGroups");
        assertThat(names("")).containsExactly("甲机构");
    }

    @Test
    void withoutTheAliasWritesFailAndNoIndexIsAutoCreated() throws Exception {
        ElasticsearchFixture.assertWritesFailWithoutTheAlias(
                index, upsert(1, 1, "第一机构"), IndexOperation.<OrganisationDocument>delete(3, 1));
    }
}

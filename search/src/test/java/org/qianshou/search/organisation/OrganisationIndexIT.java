package org.qianshou.search.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qianshou.search.organisation.Organisations.organisation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qianshou.search.ElasticsearchFixture;
import org.qianshou.search.RebuildResult;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.project.ProjectDocument;
import org.qianshou.search.project.ProjectQueries;
import org.qianshou.search.project.Projects;

class OrganisationIndexIT {
    private final ElasticsearchClient client = ElasticsearchFixture.client();
    private final String prefix = ElasticsearchFixture.uniquePrefix();
    private SearchIndex<OrganisationDocument> index;

    @BeforeEach
    void setUp() {
        index = new SearchIndex<>(client, prefix, OrganisationQueries.KIND);
    }

    @AfterEach
    void tearDown() {
        index.deleteAll();
        new SearchIndex<>(client, prefix, ProjectQueries.KIND).deleteAll();
    }

    @Test
    void ensureIndexCreatesAVersionedIndexOnceBehindTheAlias() throws Exception {
        assertThat(index.aliasExists()).isFalse();

        index.ensureIndex();
        Set<String> first = ElasticsearchFixture.indicesBehindAlias(index);
        index.ensureIndex();

        assertThat(index.alias()).isEqualTo(prefix + "-organisations");
        assertThat(index.aliasExists()).isTrue();
        assertThat(first)
                .singleElement()
                .asString()
                .startsWith(prefix + "-organisations-v"
                        + OrganisationQueries.KIND.definition().mappingVersion() + "-");
        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).isEqualTo(first);
        assertThat(ElasticsearchFixture.versionedIndices(index)).isEqualTo(first);
        assertThat(index.count()).isZero();
    }

    @Test
    void rebuildLoadsEveryBatchMovesTheAliasAndDeletesTheOldIndex() throws Exception {
        index.ensureIndex();
        Set<String> old = ElasticsearchFixture.indicesBehindAlias(index);

        RebuildResult result = index.rebuild(List.of(
                List.of(organisation(1, 1, "甲机构"), organisation(2, 1, "乙机构")),
                List.of(),
                List.of(organisation(3, 1, "丙机构"))));

        assertThat(result.documents()).isEqualTo(3);
        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).containsExactly(result.index());
        assertThat(ElasticsearchFixture.versionedIndices(index))
                .containsExactly(result.index())
                .doesNotContainAnyElementsOf(old);
        assertThat(index.count()).isEqualTo(3);
    }

    @Test
    void rebuildAfterTheIndexWasDeletedRestoresTheDocuments() {
        index.ensureIndex();
        index.deleteAll();
        assertThat(index.aliasExists()).isFalse();
        assertThat(index.count()).isZero();

        index.rebuild(List.of(List.of(organisation(1, 1, "甲机构"), organisation(2, 1, "乙机构"))));

        assertThat(index.aliasExists()).isTrue();
        assertThat(index.count()).isEqualTo(2);
    }

    @Test
    void theOrganisationAndProjectIndicesOfOnePrefixLeaveEachOtherAlone() {
        SearchIndex<ProjectDocument> projects = new SearchIndex<>(client, prefix, ProjectQueries.KIND);
        projects.rebuild(List.of(List.of(Projects.project(1, "甲", "一", "530621", List.of(), List.of()))));
        index.rebuild(List.of(List.of(organisation(1, 1, "甲机构"), organisation(2, 1, "乙机构"))));

        projects.rebuild(List.of(List.of()));
        assertThat(index.count()).isEqualTo(2);

        index.deleteAll();
        assertThat(projects.aliasExists()).isTrue();
        assertThat(index.aliasExists()).isFalse();
    }

    @Test
    void aRejectedDocumentFailsTheRebuildAndLeavesTheAliasAlone() throws Exception {
        index.ensureIndex();
        Set<String> before = ElasticsearchFixture.indicesBehindAlias(index);
        var tooLongCode = new OrganisationDocument(
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
                Instant.EPOCH,
                Instant.EPOCH);

        assertThatThrownBy(() -> index.rebuild(List.of(List.of(organisation(1, 1, "甲机构"), tooLongCode))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("organisation 2");
        assertThat(ElasticsearchFixture.indicesBehindAlias(index)).isEqualTo(before);
        assertThat(ElasticsearchFixture.versionedIndices(index)).isEqualTo(before);
    }
}

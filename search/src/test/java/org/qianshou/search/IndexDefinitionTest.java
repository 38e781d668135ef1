package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

    @Test
    void theResourceIsAStrictVersionedIndex() {
        IndexDefinition definition = IndexDefinition.fromResource("/search/projects-index.json");
        var request = definition.createRequest("qs-projects-v1-1", "qs-projects");

        assertThat(definition.mappingVersion()).isPositive();
        assertThat(request.mappings().dynamic()).isEqualTo(DynamicMapping.Strict);
        assertThat(request.mappings().properties()).containsKeys("title", "regionAncestors", "updatedAt");
        assertThat(request.aliases().get("qs-projects").isWriteIndex()).isTrue();
        assertThat(request.settings().numberOfShards()).isEqualTo("1");
    }

    @Test
    void theOrganisationResourceIsAStrictVersionedIndexWithoutPersonalData() {
        IndexDefinition definition = IndexDefinition.fromResource("/search/organisations-index.json");
        var request = definition.createRequest("qs-organisations-v1-1", "qs-organisations");

        assertThat(definition.mappingVersion()).isPositive();
        assertThat(request.mappings().dynamic()).isEqualTo(DynamicMapping.Strict);
        assertThat(request.mappings().properties())
                .containsKeys("name", "kind", "regionAncestors", "regionNames", "targetGroups", "updatedAt")
                .doesNotContainKeys("creditCode", "legalRepresentative", "contactPhone", "contactEmail", "address");
        assertThat(request.aliases().get("qs-organisations").isWriteIndex()).isTrue();
        assertThat(request.settings().analysis().analyzer()).containsKeys("qs_unigram", "qs_bigram");
    }

    @Test
    void aRebuildsIndexIsCreatedWithoutRefreshAndWithoutTheAlias() {
        IndexDefinition definition = IndexDefinition.fromResource("/search/projects-index.json");
        var normal = definition.createRequest("qs-projects-v1-1", null);
        var rebuild = definition.createRequestForRebuild("qs-projects-v1-2");

        assertThat(definition.refreshInterval()).isNull();
        assertThat(normal.settings().refreshInterval()).isNull();
        assertThat(rebuild.settings().refreshInterval().time()).isEqualTo("-1");
        assertThat(rebuild.aliases()).isEmpty();
        assertThat(rebuild.index()).isEqualTo("qs-projects-v1-2");
        assertThat(rebuild.mappings().toString()).isEqualTo(normal.mappings().toString());
        assertThat(rebuild.settings().analysis().analyzer().keySet())
                .isEqualTo(normal.settings().analysis().analyzer().keySet());
    }
}

package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

    @Test
    void theResourceIsAStrictVersionedIndex() {
        IndexDefinition definition = IndexDefinition.projects();
        var request = definition.createRequest("qs-projects-v1-1", "qs-projects");

        assertThat(definition.mappingVersion()).isPositive();
        assertThat(request.mappings().dynamic()).isEqualTo(DynamicMapping.Strict);
        assertThat(request.mappings().properties()).containsKeys("title", "regionAncestors", "updatedAt");
        assertThat(request.aliases().get("qs-projects").isWriteIndex()).isTrue();
        assertThat(request.settings().numberOfShards()).isEqualTo("1");
    }
}

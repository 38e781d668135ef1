package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class IndexFieldsTest {

    private static TypeMapping mapping(String json) {
        JacksonJsonpMapper mapper = new JacksonJsonpMapper();
        return TypeMapping._DESERIALIZER.deserialize(
                mapper.jsonProvider().createParser(new StringReader(json)), mapper);
    }

    @Test
    void whatAMappingHasOfTheChineseTextFields() {
        String text = "{\"type\":\"text\"}";
        assertThat(IndexFields.of(mapping("{\"properties\":{\"title\":" + text + "}}")))
                .isEqualTo(IndexFields.AS_WRITTEN);
        assertThat(IndexFields.of(mapping("{\"properties\":{\"zh\":{\"properties\":{\"title\":" + text + ",\"pinyin\":"
                        + text + ",\"initials\":" + text + "}}}}")))
                .isEqualTo(new IndexFields(true, true, false));
        assertThat(IndexFields.of(mapping("{\"properties\":{\"zh\":{\"properties\":{\"title\":" + text + ",\"pinyin\":"
                        + text + ",\"initials\":" + text + ",\"places\":{\"type\":\"keyword\"}}}}}")))
                .as("version 6: no region levels")
                .isEqualTo(new IndexFields(true, true, true, false));
        assertThat(IndexFields.of(mapping("{\"properties\":{\"zh\":{\"properties\":{\"title\":" + text + ",\"pinyin\":"
                        + text + ",\"initials\":" + text + ",\"places\":{\"type\":\"keyword\"}}},"
                        + "\"regionLevels\":{\"properties\":{\"counties\":{\"type\":\"keyword\"}}}}}")))
                .isEqualTo(IndexFields.ALL);
        assertThat(IndexFields.of(null)).isEqualTo(IndexFields.AS_WRITTEN);
    }

    @Test
    void everyCurrentDefinitionHasThemAll() throws Exception {
        for (String name : new String[] {"projects", "openings", "calls", "organisations", "stories"}) {
            try (var in = IndexFieldsTest.class.getResourceAsStream("/search/" + name + "-index.json")) {
                String mappings = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(in)
                        .path("mappings")
                        .toString();
                assertThat(IndexFields.of(mapping(mappings))).as(name).isEqualTo(IndexFields.ALL);
            }
        }
    }
}

package org.qianshou.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An index definition whose content changes must raise its {@code _meta.mapping_version}, or a running installation
 * keeps its index and refuses the new documents. Two branches that each raise the same version for different changes
 * merge without a conflict into one version with both; this fails then. {@code mapping-versions.txt} records, per
 * definition, its version and a digest of its content (the JSON without whitespace and without the version itself).
 */
class MappingVersionsTest {

    private static final Path DEFINITIONS = Path.of("src/main/resources/search");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyChangedDefinitionHasARaisedAndRecordedVersion() throws Exception {
        Map<String, String[]> recorded = recorded();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEFINITIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("-index.json"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                ObjectNode definition = (ObjectNode) JSON.readTree(file.toFile());
                ObjectNode meta = (ObjectNode) definition.path("mappings").path("_meta");
                int version = meta.path("mapping_version").asInt(-1);
                meta.remove("mapping_version");
                String digest = digest(definition);
                String line = name + " " + version + " " + digest;
                String[] was = recorded.get(name);
                if (was == null) {
                    problems.add(name + " is not recorded: add the line «" + line + "»");
                } else if (version < Integer.parseInt(was[0])) {
                    problems.add(name + ": mapping_version " + version + " is lower than the recorded " + was[0]);
                } else if (version == Integer.parseInt(was[0]) && !digest.equals(was[1])) {
                    problems.add(name + " changed but its mapping_version is still " + version
                            + ": raise it by one relative to main (or, after a merge, above both sides) and record"
                            + " the line it then has");
                } else if (version > Integer.parseInt(was[0])) {
                    problems.add(name + ": mapping_version raised to " + version + "; record it: «" + line + "»");
                }
            }
        }
        assertThat(problems)
                .as("mapping versions (search/src/test/resources/mapping-versions.txt)")
                .isEmpty();
    }

    private static Map<String, String[]> recorded() throws IOException {
        Map<String, String[]> recorded = new LinkedHashMap<>();
        try (InputStream in = MappingVersionsTest.class.getResourceAsStream("/mapping-versions.txt")) {
            assertThat(in).as("mapping-versions.txt on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                recorded.put(parts[0], new String[] {parts[1], parts[2]});
            }
        }
        return recorded;
    }

    private static String digest(JsonNode definition) throws Exception {
        byte[] canonical = JSON.writeValueAsBytes(definition);
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical))
                .substring(0, 16);
    }
}

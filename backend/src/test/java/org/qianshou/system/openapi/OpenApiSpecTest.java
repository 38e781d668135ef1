package org.qianshou.system.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SPA's types are generated from the committed copy of the API document
 * ({@code frontend/openapi/qianshou.yml}), because the frontend module builds before the backend.
 * When a route or a record changes, the document the backend generates changes, and this test fails
 * until the committed copy follows.
 */
class OpenApiSpecTest {

    static final String REFRESH_COMMAND = "./mvnw -B -q -pl search,backend compile"
            + " && cp backend/target/classes/META-INF/swagger/qianshou.yml frontend/openapi/qianshou.yml";

    @Test
    void theCommittedSpecIsTheOneTheBackendGenerates() throws IOException {
        String generated;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/swagger/qianshou.yml")) {
            assertThat(in)
                    .as("the generated document META-INF/swagger/qianshou.yml")
                    .isNotNull();
            generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path committed = committedSpec();
        assertThat(committed).as("the committed spec").exists();
        String onDisk = Files.readString(committed, StandardCharsets.UTF_8);
        assertThat(onDisk)
                .as(
                        "frontend/openapi/qianshou.yml differs from the document the backend generates from its"
                                + " controllers and records. Refresh it from the repository root with:%n  %s%n"
                                + "then rebuild the SPA (its types are generated from it) and commit both.",
                        REFRESH_COMMAND)
                .isEqualTo(generated);
    }

    /** Surefire runs in {@code backend/}; an IDE may run from the repository root. */
    private static Path committedSpec() {
        Path fromModule = Path.of("..", "frontend", "openapi", "qianshou.yml");
        return Files.exists(fromModule) ? fromModule : Path.of("frontend", "openapi", "qianshou.yml");
    }
}

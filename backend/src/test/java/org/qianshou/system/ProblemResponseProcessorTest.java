package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponseProcessorTest {

    @Test
    void decodingErrorsNameTheProperty() {
        var cause = new RuntimeException(
                "Error decoding property [Long budgetFen] of type [class org.qianshou.project.ProjectRequest]: not a whole number: 1.5");
        assertThat(ProblemResponseProcessor.jsonField(cause)).isEqualTo("budgetFen");
        assertThat(ProblemResponseProcessor.jsonField(new RuntimeException("Unexpected end-of-input")))
                .isEqualTo("body");
    }
}

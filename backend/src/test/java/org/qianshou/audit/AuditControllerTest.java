package org.qianshou.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qianshou.system.InvalidInputException.Violation;

class AuditControllerTest {

    private final List<Violation> violations = new ArrayList<>();

    @Test
    void datesAreDaysInChinaAndToIncludesTheWholeDay() {
        assertThat(AuditController.instant("from", "2026-03-01", false, violations))
                .isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(AuditController.instant("to", "2026-03-01", true, violations))
                .isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
        assertThat(violations).isEmpty();
    }

    @Test
    void instantsWithAndWithoutOffsetAreAccepted() {
        assertThat(AuditController.instant("from", "2026-03-01T08:00:00Z", false, violations))
                .isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(AuditController.instant("from", "2026-03-01T16:00+08:00", false, violations))
                .isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(AuditController.instant("from", "2026-03-01T16:00:00", false, violations))
                .isEqualTo(Instant.parse("2026-03-01T08:00:00Z"));
        assertThat(violations).isEmpty();
    }

    @Test
    void anythingElseNamesTheField() {
        assertThat(AuditController.instant("from", "yesterday", false, violations))
                .isNull();
        assertThat(AuditController.instant("to", "2026-13-01", true, violations))
                .isNull();
        assertThat(violations).extracting(Violation::field).containsExactly("from", "to");
    }
}

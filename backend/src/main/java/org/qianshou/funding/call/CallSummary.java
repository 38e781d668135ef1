package org.qianshou.funding.call;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * A call in its funder's list (contract: {@code CallSummary}); {@code applicationCount} counts the applications
 * submitted to it.
 */
@Serdeable
public record CallSummary(
        long id,
        String title,
        String status,
        String state,
        String fundingType,
        long poolFen,
        long committedFen,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        boolean twoStage,
        long applicationCount,
        boolean demo,
        long version) {}

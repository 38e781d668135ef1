package org.qianshou.funding.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** What the review routes accept. Everything is checked by the services, naming the field. */
final class ReviewRequests {

    private ReviewRequests() {}

    /** The reviewers an application should have: the whole list (those left out are taken off). */
    @Serdeable
    record ReviewersRequest(@Nullable List<Long> accountIds) {}

    @Serdeable
    record DeclarationRequest(
            @Nullable Boolean conflict, @Nullable String reason) {}

    /** A draft of the review; {@code score} is read as a number so that a fraction is refused, not truncated. */
    @Serdeable
    record ScoresRequest(
            @Nullable List<ScoreEntry> scores,
            @Nullable String comment,
            @Nullable Long version) {}

    @Serdeable
    record ScoreEntry(
            @Nullable Long criterionId,
            @Nullable BigDecimal score,
            @Nullable String comment) {}

    @Serdeable
    record SubmitRequest(@Nullable Long version) {}
}

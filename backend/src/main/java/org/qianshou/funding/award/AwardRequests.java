package org.qianshou.funding.award;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.qianshou.system.WholeNumberDeserializer;

/** Bodies of the award, payment and pledge routes. Checked by the services, which name the field that is wrong. */
final class AwardRequests {

    private AwardRequests() {}

    /** A funder member proposes an award to a submitted application of the call. */
    @Serdeable
    record ProposeRequest(
            @Nullable Long applicationId,

            @Nullable @Serdeable.Deserializable(using = WholeNumberDeserializer.class)
            Long amountFen,

            @Nullable String conditions) {}

    /** Approve (funder, another member) the award of this version. */
    @Serdeable
    record VersionRequest(@Nullable Long version) {}

    /** The agency accepts the award of this version and its conditions. */
    @Serdeable
    record AcceptRequest(@Nullable Long version, @Nullable Boolean acceptConditions) {}

    /** Why: a declined award, a refused award, a rejected payment, a declined pledge. */
    @Serdeable
    record ReasonRequest(@Nullable String reason) {}

    /** A payment of a tranche as the funder's bank made it; the key makes a retry find the same payment. */
    @Serdeable
    record PaymentRequest(
            @Nullable @Serdeable.Deserializable(using = WholeNumberDeserializer.class)
            Long amountFen,

            @Nullable String externalReference,
            @Nullable String paidOn,
            @Nullable String idempotencyKey) {}

    /** A pledge to match another funder's awards in a call, 1:1 up to the cap. */
    @Serdeable
    record MatchRequest(
            @Nullable Long callId,

            @Nullable @Serdeable.Deserializable(using = WholeNumberDeserializer.class)
            Long capFen) {}
}

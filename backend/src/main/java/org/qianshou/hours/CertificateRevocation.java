package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A certificate stopped being valid, because a record it covers was corrected. */
@MappedEntity("certificate_revocation")
record CertificateRevocation(
        @Id long certificateId,
        @Nullable Instant revokedAt,
        String reason,
        @Nullable Long recordId) {}

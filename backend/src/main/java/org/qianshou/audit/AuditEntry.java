package org.qianshou.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One audit event as an administrator reads it; {@code actorName} is the account's display name. */
@Serdeable
public record AuditEntry(
        long id,
        Instant at,
        @Nullable Long actorId,
        @Nullable String actorName,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        String detail) {}

package org.qianshou.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code audit_event} (V5), which the database keeps append-only. */
@MappedEntity("audit_event")
record AuditEvent(
        @Id long id,
        Instant at,
        @Nullable Long actorId,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        String detail) {}

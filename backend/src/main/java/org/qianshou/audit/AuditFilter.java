package org.qianshou.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What an administrator looks for in the audit log; every part is optional. {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record AuditFilter(
        @Nullable String action,
        @Nullable Long actorId,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}

package org.qianshou.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The append-only audit log: who did what, when, to which object. Written in the caller's transaction,
 * so that an action and its record commit together. The table refuses updates and deletes (V5).
 * Never put a phone number or e-mail address in {@code detail}.
 */
@Singleton
public class AuditLog {

    private static final int MAX_DETAIL = 2000;
    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /**
     * Records one event.
     *
     * @param actorId the acting account, or {@code null} (anonymous, system)
     * @param action for example {@code organisation.verified}
     * @param objectType for example {@code organisation}, or {@code null}
     * @param objectId the object's id, or {@code null}
     * @param detail free text for the reader (a rejection reason, the new roles); no personal data
     */
    @Transactional
    public void record(
            @Nullable Long actorId,
            String action,
            @Nullable String objectType,
            @Nullable Object objectId,
            @Nullable String detail) {
        String text = detail == null ? "" : detail;
        if (text.length() > MAX_DETAIL) {
            text = text.substring(0, MAX_DETAIL);
        }
        events.append(actorId, action, objectType, objectId == null ? null : objectId.toString(), text);
    }
}

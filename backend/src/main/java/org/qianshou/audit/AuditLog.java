package org.qianshou.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Types;

/**
 * The append-only audit log: who did what, when, to which object. Written in the caller's transaction,
 * so that an action and its record commit together. The table refuses updates and deletes (V5).
 * Never put a phone number or e-mail address in {@code detail}.
 */
@Singleton
public class AuditLog {

    private static final int MAX_DETAIL = 2000;
    private final JdbcOperations jdbc;

    public AuditLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
        String value = text;
        jdbc.prepareStatement(
                "INSERT INTO audit_event (actor_id, action, object_type, object_id, detail) VALUES (?, ?, ?, ?, ?)",
                st -> {
                    if (actorId == null) {
                        st.setNull(1, Types.BIGINT);
                    } else {
                        st.setLong(1, actorId);
                    }
                    st.setString(2, action);
                    st.setString(3, objectType);
                    st.setString(4, objectId == null ? null : objectId.toString());
                    st.setString(5, value);
                    return st.executeUpdate();
                });
    }
}

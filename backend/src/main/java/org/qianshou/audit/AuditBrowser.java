package org.qianshou.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log for administrators: filtered, newest first, a page at a time. */
@Singleton
public class AuditBrowser {

    private final JdbcOperations jdbc;

    public AuditBrowser(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditPage find(AuditFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.prepareStatement("SELECT count(*) FROM audit_event e" + where, st -> {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEntry> items = jdbc.prepareStatement(
                "SELECT e.id, e.at, e.actor_id, a.display_name, e.action, e.object_type, e.object_id, e.detail"
                        + " FROM audit_event e LEFT JOIN account a ON a.id = e.actor_id"
                        + where
                        + " ORDER BY e.at DESC, e.id DESC LIMIT ? OFFSET ?",
                st -> {
                    bind(st, pageParams);
                    List<AuditEntry> rows = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            long actor = rs.getLong(3);
                            Long actorId = rs.wasNull() ? null : actor;
                            rows.add(new AuditEntry(
                                    rs.getLong(1),
                                    rs.getTimestamp(2).toInstant(),
                                    actorId,
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8)));
                        }
                    }
                    return rows;
                });
        return new AuditPage(total, items);
    }

    private static String where(AuditFilter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.action() != null) {
            conditions.add("e.action = ?");
            params.add(filter.action());
        }
        if (filter.actorId() != null) {
            conditions.add("e.actor_id = ?");
            params.add(filter.actorId());
        }
        if (filter.objectType() != null) {
            conditions.add("e.object_type = ?");
            params.add(filter.objectType());
        }
        if (filter.objectId() != null) {
            conditions.add("e.object_id = ?");
            params.add(filter.objectId());
        }
        if (filter.from() != null) {
            conditions.add("e.at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("e.at < ?");
            params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }
}

package org.qianshou.story.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the story index is built from, read with SQL from the story tables (V16): the published stories with their
 * target groups and their cover's best width for lists, and the versions of the others (whose documents are deleted).
 */
@Singleton
class StoryIndexRepository {

    /** A published story's row as the index needs it. */
    record StoryRow(
            long id,
            long version,
            String title,
            String summary,
            String bodyHtml,
            long organisationId,
            long projectId,
            String regionCode,
            @Nullable String serviceCategory,
            @Nullable String programme,
            Instant publishedAt,
            @Nullable Long coverPhotoId,
            @Nullable Integer coverWidth,
            boolean demo,
            Instant updatedAt,
            List<String> targetGroups) {}

    private static final String SELECT = "SELECT s.id, s.version, s.title, s.summary, s.body_html, s.organisation_id,"
            + " s.project_id, s.region_code, s.service_category_code, s.programme_code,"
            + " COALESCE(s.published_at, s.updated_at), s.cover_photo_id,"
            // the cover's width for lists: 640 when it has one, else its widest, else none (the original)
            + " (SELECT v.width FROM story_photo_variant v WHERE v.photo_id = s.cover_photo_id"
            + "   ORDER BY (v.width = 640) DESC, v.width DESC LIMIT 1),"
            + " s.demo, s.updated_at,"
            + " ARRAY(SELECT g.target_group_code FROM story_target_group g JOIN target_group t"
            + "   ON t.code = g.target_group_code WHERE g.story_id = s.id ORDER BY t.sort_order, t.code)"
            + " FROM story s";

    private final JdbcOperations jdbc;

    StoryIndexRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The published stories among {@code ids}, in id order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<StoryRow> published(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.stream().distinct().toArray(Long[]::new);
        return jdbc.prepareStatement(SELECT + " WHERE s.status = 'published' AND s.id = ANY (?) ORDER BY s.id", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", array));
            return rows(st);
        });
    }

    /** The next published stories after {@code afterId}, in id order (keyset paging for a rebuild). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<StoryRow> publishedAfter(long afterId, int limit) {
        return jdbc.prepareStatement(
                SELECT + " WHERE s.status = 'published' AND s.id > ? ORDER BY s.id LIMIT ?", st -> {
                    st.setLong(1, afterId);
                    st.setInt(2, limit);
                    return rows(st);
                });
    }

    /** The current version of each story among {@code ids} (stories that no longer exist are left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, Long> versions(Collection<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Long[] array = ids.stream().distinct().toArray(Long[]::new);
        jdbc.prepareStatement("SELECT id, version FROM story WHERE id = ANY (?)", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", array));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return null;
        });
        return result;
    }

    /** Published stories per organisation. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, Long> publishedPerOrganisation() {
        return jdbc.prepareStatement(
                "SELECT organisation_id, count(*) FROM story WHERE status = 'published' GROUP BY organisation_id",
                st -> {
                    Map<Long, Long> counts = new HashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            counts.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                    return counts;
                });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> idsChangedSince(Instant since) {
        return ids("SELECT id FROM story WHERE updated_at >= ?", Timestamp.from(since));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> idsOfOrganisation(long organisationId) {
        return ids("SELECT id FROM story WHERE organisation_id = ?", organisationId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> idsOfProject(long projectId) {
        return ids("SELECT id FROM story WHERE project_id = ?", projectId);
    }

    private List<Long> ids(String sql, Object parameter) {
        return jdbc.prepareStatement(sql, st -> {
            st.setObject(1, parameter);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static List<StoryRow> rows(PreparedStatement st) throws SQLException {
        List<StoryRow> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Array groups = rs.getArray(16);
                rows.add(new StoryRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getTimestamp(11).toInstant(),
                        rs.getObject(12, Long.class),
                        rs.getObject(13, Integer.class),
                        rs.getBoolean(14),
                        rs.getTimestamp(15).toInstant(),
                        groups == null ? List.of() : Arrays.asList((String[]) groups.getArray())));
            }
        }
        return rows;
    }
}

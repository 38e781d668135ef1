package org.qianshou.story.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of story photos ({@code story_photo}, {@code story_photo_variant}, V16) and the few columns of {@code story}
 * this package needs (owner, status, cover). Plain SQL: the variant's key is composite and the story's entity belongs
 * to the story package's own code.
 */
@Singleton
class PhotoRepository {

    /** What photo rules need of a story. */
    record StoryRef(
            long id,
            long organisationId,
            String status,
            @Nullable Long coverPhotoId) {}

    /** A photo's row. */
    record PhotoRow(
            long id,
            long storyId,
            int position,
            String storageKey,
            String contentType,
            int width,
            int height,
            long sizeBytes,
            String sha256,
            String altText,
            String caption,
            boolean showsPeople,
            boolean noIdentifiableFace) {}

    /** One width of a photo. */
    record VariantRow(long photoId, int width, int height, String storageKey, String contentType, long sizeBytes) {}

    /** A stored file to serve. */
    record StoredFile(String storageKey, String contentType) {}

    private static final String PHOTO_COLUMNS = "id, story_id, position, storage_key, content_type, width, height,"
            + " size_bytes, sha256, alt_text, caption, shows_people, no_identifiable_face";

    private final JdbcOperations jdbc;

    PhotoRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<StoryRef> story(long storyId) {
        return query("SELECT id, organisation_id, status, cover_photo_id FROM story WHERE id = ?", storyId).stream()
                .findFirst()
                .map(PhotoRepository::storyRef);
    }

    /** The story's row, locked until the transaction ends: photo changes and state changes happen one after the other. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<StoryRef> lockStory(long storyId) {
        return query("SELECT id, organisation_id, status, cover_photo_id FROM story WHERE id = ? FOR UPDATE", storyId)
                .stream()
                .findFirst()
                .map(PhotoRepository::storyRef);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long count(long storyId) {
        return (Long) query("SELECT count(*) FROM story_photo WHERE story_id = ?", storyId)
                .get(0)[0];
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    int nextPosition(long storyId) {
        return (Integer) query("SELECT COALESCE(max(position) + 1, 0) FROM story_photo WHERE story_id = ?", storyId)
                .get(0)[0];
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long insertPhoto(
            long storyId,
            int position,
            String storageKey,
            String contentType,
            int width,
            int height,
            long sizeBytes,
            String sha256,
            String originalFilename,
            long uploadedBy) {
        return (Long) query(
                        "INSERT INTO story_photo (story_id, position, storage_key, content_type, width, height,"
                                + " size_bytes, sha256, original_filename, uploaded_by)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        storyId,
                        position,
                        storageKey,
                        contentType,
                        width,
                        height,
                        sizeBytes,
                        sha256,
                        originalFilename,
                        uploadedBy)
                .get(0)[0];
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertVariant(VariantRow v) {
        update(
                "INSERT INTO story_photo_variant (photo_id, width, height, storage_key, content_type, size_bytes)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                v.photoId(),
                v.width(),
                v.height(),
                v.storageKey(),
                v.contentType(),
                v.sizeBytes());
    }

    /** The story's photos in their order (position, then upload). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<PhotoRow> photos(long storyId) {
        return query("SELECT " + PHOTO_COLUMNS + " FROM story_photo WHERE story_id = ? ORDER BY position, id", storyId)
                .stream()
                .map(PhotoRepository::photoRow)
                .toList();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<PhotoRow> photo(long storyId, long photoId) {
        return query("SELECT " + PHOTO_COLUMNS + " FROM story_photo WHERE story_id = ? AND id = ?", storyId, photoId)
                .stream()
                .findFirst()
                .map(PhotoRepository::photoRow);
    }

    /** The widths of the given photos, by photo id, narrowest first. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, List<VariantRow>> variants(Collection<Long> photoIds) {
        Map<Long, List<VariantRow>> result = new HashMap<>();
        if (photoIds.isEmpty()) {
            return result;
        }
        Long[] ids = photoIds.stream().distinct().toArray(Long[]::new);
        List<Object[]> rows = jdbc.prepareStatement(
                "SELECT photo_id, width, height, storage_key, content_type, size_bytes FROM story_photo_variant"
                        + " WHERE photo_id = ANY (?) ORDER BY photo_id, width",
                st -> {
                    st.setArray(1, st.getConnection().createArrayOf("bigint", ids));
                    return rows(st);
                });
        for (Object[] r : rows) {
            VariantRow v = new VariantRow(
                    (Long) r[0], (Integer) r[1], (Integer) r[2], (String) r[3], (String) r[4], (Long) r[5]);
            result.computeIfAbsent(v.photoId(), k -> new ArrayList<>()).add(v);
        }
        return result;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void updateDetails(
            long photoId,
            String altText,
            String caption,
            boolean showsPeople,
            boolean noIdentifiableFace,
            int position) {
        update(
                "UPDATE story_photo SET alt_text = ?, caption = ?, shows_people = ?, no_identifiable_face = ?,"
                        + " position = ? WHERE id = ?",
                altText,
                caption,
                showsPeople,
                noIdentifiableFace,
                position,
                photoId);
    }

    /** Deletes the photo and its widths (the cover falls back to none by the foreign key). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void delete(long photoId) {
        update("DELETE FROM story_photo WHERE id = ?", photoId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setCover(long storyId, @Nullable Long photoId) {
        if (photoId == null) {
            update("UPDATE story SET cover_photo_id = NULL WHERE id = ?", storyId);
        } else {
            update("UPDATE story SET cover_photo_id = ? WHERE id = ?", photoId, storyId);
        }
    }

    /** The stored file of one width ({@code null}: the cleaned original) of a photo of the story. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<StoredFile> file(long storyId, long photoId, @Nullable Integer width) {
        List<Object[]> rows = width == null
                ? query(
                        "SELECT storage_key, content_type FROM story_photo WHERE story_id = ? AND id = ?",
                        storyId,
                        photoId)
                : query(
                        "SELECT v.storage_key, v.content_type FROM story_photo_variant v"
                                + " JOIN story_photo p ON p.id = v.photo_id"
                                + " WHERE p.story_id = ? AND p.id = ? AND v.width = ?",
                        storyId,
                        photoId,
                        width);
        return rows.stream().findFirst().map(r -> new StoredFile((String) r[0], (String) r[1]));
    }

    private static StoryRef storyRef(Object[] r) {
        return new StoryRef((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3]);
    }

    private static PhotoRow photoRow(Object[] r) {
        return new PhotoRow(
                (Long) r[0],
                (Long) r[1],
                (Integer) r[2],
                (String) r[3],
                (String) r[4],
                (Integer) r[5],
                (Integer) r[6],
                (Long) r[7],
                (String) r[8],
                (String) r[9],
                (String) r[10],
                (Boolean) r[11],
                (Boolean) r[12]);
    }

    private void update(String sql, Object... params) {
        jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            return st.executeUpdate();
        });
    }

    private List<Object[]> query(String sql, Object... params) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            return rows(st);
        });
    }

    private static void bind(PreparedStatement st, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }

    private static List<Object[]> rows(PreparedStatement st) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (var rs = st.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}

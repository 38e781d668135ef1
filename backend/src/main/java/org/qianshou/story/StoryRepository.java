package org.qianshou.story;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code story} table, and what the story's rules read of its photos ({@code story_photo}, pho's rows). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StoryRepository extends CrudRepository<StoryEntity, Long> {

    /** What the Story JSON shows of a photo and what submission and publication check. */
    @Introspected
    record PhotoRow(
            long id,
            long storyId,
            int width,
            int height,
            String altText,
            String caption,
            boolean showsPeople,
            boolean noIdentifiableFace,
            int position) {}

    /** A width a photo is served in. */
    @Introspected
    record VariantRow(long photoId, int width) {}

    @Query("SELECT * FROM story WHERE id = :id FOR UPDATE")
    Optional<StoryEntity> findByIdForUpdate(long id);

    List<StoryEntity> findByIdInOrderById(Collection<Long> ids);

    /** One organisation's story ids in a status (any when {@code null}), most recently changed first. */
    @Query("SELECT id FROM story WHERE organisation_id = :organisationId"
            + " AND (CAST(:status AS varchar) IS NULL OR status = :status)"
            + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Long> idsOfOrganisation(long organisationId, @Nullable String status, int limit, long offset);

    /** The moderation queue: story ids in a status, oldest submission first. */
    @Query("SELECT id FROM story WHERE status = :status"
            + " ORDER BY submitted_at NULLS LAST, id LIMIT :limit OFFSET :offset")
    List<Long> idsInStatus(String status, int limit, long offset);

    @Query("SELECT id, story_id, width, height, alt_text, caption, shows_people, no_identifiable_face, position"
            + " FROM story_photo WHERE story_id IN (:storyIds) ORDER BY story_id, position, id")
    List<PhotoRow> photos(Collection<Long> storyIds);

    @Query("SELECT v.photo_id, v.width FROM story_photo_variant v JOIN story_photo p ON p.id = v.photo_id"
            + " WHERE p.story_id IN (:storyIds) ORDER BY v.photo_id, v.width")
    List<VariantRow> variants(Collection<Long> storyIds);

    /** How many stories the demo loader made (it makes them once). */
    long countByDemo(boolean demo);
}

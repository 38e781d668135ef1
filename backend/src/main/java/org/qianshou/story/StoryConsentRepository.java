package org.qianshou.story;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** The {@code story_consent} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StoryConsentRepository extends CrudRepository<StoryConsentEntity, Long> {

    @Query("SELECT * FROM story_consent WHERE story_id IN (:storyIds) ORDER BY story_id, id")
    List<StoryConsentEntity> findByStories(Collection<Long> storyIds);

    long countByStoryId(long storyId);
}

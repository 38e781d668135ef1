package org.qianshou.story;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code story_flag_justification} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StoryJustificationRepository extends GenericRepository<StoryJustification, StoryJustification.Key> {

    StoryJustification save(StoryJustification row);

    StoryJustification update(StoryJustification row);

    boolean existsById(StoryJustification.Key id);

    void deleteById(StoryJustification.Key id);

    @Query("SELECT * FROM story_flag_justification WHERE story_id IN (:storyIds) ORDER BY story_id, kind, matched_text")
    List<StoryJustification> findByStories(Collection<Long> storyIds);
}

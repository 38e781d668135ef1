package org.qianshou.story;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code story_target_group} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StoryTargetGroupRepository extends GenericRepository<StoryTargetGroup, StoryTargetGroup.Key> {

    List<StoryTargetGroup> saveAll(Iterable<StoryTargetGroup> rows);

    @Query("DELETE FROM story_target_group WHERE story_id = :storyId")
    void deleteByStory(long storyId);

    @Query("SELECT * FROM story_target_group WHERE story_id IN (:storyIds) ORDER BY story_id, target_group_code")
    List<StoryTargetGroup> findByStories(Collection<Long> storyIds);
}

package org.qianshou.story;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A target group a story is about. A row of {@code story_target_group}. */
@MappedEntity("story_target_group")
record StoryTargetGroup(@EmbeddedId Key id) {

    StoryTargetGroup(long storyId, String code) {
        this(new Key(storyId, code));
    }

    String code() {
        return id.targetGroupCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("story_id") long storyId,
            @MappedProperty("target_group_code") String targetGroupCode) {}
}

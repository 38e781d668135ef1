package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * The author's justification of a protection flag, keyed by the flag's kind and matched text so that it survives edits
 * elsewhere in the story. A row of {@code story_flag_justification}.
 */
@MappedEntity("story_flag_justification")
record StoryJustification(
        @EmbeddedId Key id,
        String justification,
        @Nullable Long justifiedBy,
        @Nullable Instant justifiedAt) {

    @Embeddable
    record Key(
            @MappedProperty("story_id") long storyId,
            @MappedProperty("kind") String kind,
            @MappedProperty("matched_text") String matchedText) {}
}

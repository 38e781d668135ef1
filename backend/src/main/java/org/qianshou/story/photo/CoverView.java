package org.qianshou.story.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The story's cover after a change. */
@Serdeable
public record CoverView(long storyId, @Nullable Long coverPhotoId) {}

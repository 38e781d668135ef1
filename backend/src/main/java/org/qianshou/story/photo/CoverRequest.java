package org.qianshou.story.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The story's cover: one of its photos, or {@code null} for none. */
@Serdeable
public record CoverRequest(@Nullable Long photoId) {}

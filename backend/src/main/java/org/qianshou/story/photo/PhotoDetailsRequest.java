package org.qianshou.story.photo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the author says about a photo: alternative text for screen readers, a caption, whether it shows people, that no
 * face in it can be identified (needed to publish a children's story), and its place among the story's photos.
 */
@Serdeable
public record PhotoDetailsRequest(
        @Nullable String altText,
        @Nullable String caption,
        @Nullable Boolean showsPeople,
        @Nullable Boolean noIdentifiableFace,
        @Nullable Integer position) {}

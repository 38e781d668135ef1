package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** The consent of one person a story names or shows (a guardian's for a minor). A row of {@code story_consent}. */
@MappedEntity("story_consent")
record StoryConsentEntity(
        @Id @GeneratedValue @Nullable Long id,
        long storyId,
        String personLabel,
        boolean minor,
        String givenBy,
        @Nullable String givenByRelation,
        String method,
        LocalDate givenOn,
        boolean scopeText,
        boolean scopePhotos,
        String scopeNote,
        @Nullable Long recordedBy,
        @Nullable Instant recordedAt) {}

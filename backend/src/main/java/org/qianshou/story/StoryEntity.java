package org.qianshou.story;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

/**
 * A story's own row. Its target groups, photos, consents and justifications live in their own tables. {@code version}
 * grows by one on every change of the row, guards concurrent edits and is the search document's external version.
 * {@code bodyHtml} is always the sanitised HTML.
 */
@MappedEntity("story")
record StoryEntity(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        long projectId,
        String title,
        String summary,
        String bodyHtml,
        String regionCode,
        @Nullable String serviceCategoryCode,
        @Nullable String programmeCode,
        String status,
        @Nullable String statusReason,
        @Nullable Long coverPhotoId,
        boolean demo,
        @Nullable Long createdBy,
        @Nullable Long updatedBy,
        @Nullable Instant submittedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant decidedAt,
        @Nullable Long decidedBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    /** The same story with new content (fields the author edits), saved by {@code accountId}. */
    StoryEntity withContent(
            long newProjectId,
            String newTitle,
            String newSummary,
            String newBodyHtml,
            String newRegionCode,
            @Nullable String newCategory,
            @Nullable String newProgramme,
            long accountId) {
        return new StoryEntity(
                id,
                organisationId,
                newProjectId,
                newTitle,
                newSummary,
                newBodyHtml,
                newRegionCode,
                newCategory,
                newProgramme,
                status,
                statusReason,
                coverPhotoId,
                demo,
                createdBy,
                accountId,
                submittedAt,
                publishedAt,
                decidedAt,
                decidedBy,
                version,
                createdAt,
                updatedAt);
    }

    /** The same story in a new state. */
    StoryEntity withStatus(
            String newStatus,
            @Nullable String reason,
            @Nullable Instant submitted,
            @Nullable Instant published,
            @Nullable Instant decided,
            @Nullable Long decider) {
        return new StoryEntity(
                id,
                organisationId,
                projectId,
                title,
                summary,
                bodyHtml,
                regionCode,
                serviceCategoryCode,
                programmeCode,
                newStatus,
                reason,
                coverPhotoId,
                demo,
                createdBy,
                updatedBy,
                submitted,
                published,
                decided,
                decider,
                version,
                createdAt,
                updatedAt);
    }
}

package org.qianshou.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A project's own row. Its regions, target groups and service categories live in join tables.
 * {@code version} grows by one on every change: it guards concurrent edits and is the external
 * version of the search document, so an old index write never overwrites a newer one. {@code publishedAt} is the
 * project's first publication, kept by the database (a trigger) whatever is written.
 */
@MappedEntity("project")
record ProjectEntity(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        String title,
        String description,
        String programmeCode,
        @Nullable String fundingTypeCode,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        long budgetFen,
        boolean demo,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Instant publishedAt) {}

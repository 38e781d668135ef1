package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One version of an application as it was saved: the event that made it and a JSON snapshot of its content. */
@MappedEntity("funding_application_revision")
record RevisionEntity(
        @Id @GeneratedValue @Nullable Long id,
        long applicationId,
        long version,
        String event,
        String snapshot,
        @Nullable Long savedBy,
        Instant savedAt) {}

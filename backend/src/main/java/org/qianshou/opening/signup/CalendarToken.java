package org.qianshou.opening.signup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The random token in a volunteer's calendar feed address; regenerating replaces it. */
@MappedEntity("calendar_token")
record CalendarToken(
        @Id long accountId,
        String token,
        @DateCreated @Nullable Instant createdAt) {}

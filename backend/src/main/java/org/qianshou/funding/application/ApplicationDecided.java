package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;

/**
 * A funder's decision on an application that its agency is told of (after the deciding transaction commits).
 *
 * @param decision {@link #SHORTLISTED} or {@link #REJECTED}
 * @param reason the rejection's reason, told to the agency
 */
public record ApplicationDecided(
        long applicationId,
        long organisationId,
        String callTitle,
        String funderName,
        String decision,
        @Nullable String reason) {

    public static final String SHORTLISTED = "shortlisted";
    public static final String REJECTED = "rejected";
}

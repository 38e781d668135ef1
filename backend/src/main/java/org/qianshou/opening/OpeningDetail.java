package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An opening as its page shows it. Times are in Asia/Shanghai ({@code +08:00}).
 *
 * @param regionPath the region's names from the province down (云南省 › 昭通市 › …)
 * @param statusReason why it was cancelled, if it was
 */
@Serdeable
public record OpeningDetail(
        long id,
        String status,
        @Nullable String statusReason,
        long organisationId,
        String organisationName,
        long projectId,
        String projectTitle,
        String title,
        String description,
        String regionCode,
        String regionPath,
        String meetingPlace,
        List<String> targetGroups,
        String category,
        List<String> skills,
        boolean adultsOnly,
        String screening,
        OffsetDateTime signupDeadline,
        String contactName,
        String contactPhone,
        List<ShiftView> shifts,
        boolean demo,
        long version) {}

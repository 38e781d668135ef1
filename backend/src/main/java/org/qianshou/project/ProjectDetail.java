package org.qianshou.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qianshou.region.RegionView;

/** A project as its page shows it. */
@Serdeable
public record ProjectDetail(
        long id,
        String title,
        String description,
        String status,
        OrganisationRef organisation,
        List<RegionView> regions,
        List<String> targetGroups,
        List<String> serviceCategories,
        String programme,
        @Nullable String fundingType,
        LocalDate startDate,
        LocalDate endDate,
        long budgetFen,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** The organisation a project belongs to. */
    @Serdeable
    public record OrganisationRef(long id, String name) {}
}

package org.qianshou.organisation;

import java.time.Instant;
import java.util.List;

/**
 * What the organisations search index holds of a verified organisation; {@code version} is the
 * external version, so an older event never overwrites a newer one; {@code publishedAt} when it was first verified.
 */
public record OrganisationIndexRow(
        long id,
        long version,
        String name,
        String kind,
        String subtype,
        String registeredRegionCode,
        List<String> serviceRegionCodes,
        List<String> targetGroups,
        List<String> serviceCategories,
        String description,
        boolean demo,
        Instant updatedAt,
        Instant publishedAt) {}

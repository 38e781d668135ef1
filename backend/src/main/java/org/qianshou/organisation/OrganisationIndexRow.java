package org.qianshou.organisation;

import java.util.List;

/**
 * What the organisations search index holds of a verified organisation; {@code version} is the
 * external version, so an older event never overwrites a newer one.
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
        String description) {}

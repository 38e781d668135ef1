package org.qianshou.search.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.search.Regions;
import org.qianshou.search.project.Projects;

/** Test organisations in real Yunnan regions (names from {@link Projects#REGION_NAMES}). */
public final class Organisations {
    private Organisations() {}

    public static OrganisationDocument organisation(long id, long version, String name) {
        return organisation(id, version, name, "agency", "530621", List.of(), List.of(), List.of(), "为困难群众提供社会工作服务。");
    }

    /** An organisation updated at 2026-01-01 plus {@code id} seconds, so a higher id is newer. */
    public static OrganisationDocument organisation(
            long id,
            long version,
            String name,
            String kind,
            String registeredRegion,
            List<String> serviceRegions,
            List<String> targetGroups,
            List<String> categories,
            String description) {
        List<String> codes = new ArrayList<>();
        codes.add(registeredRegion);
        codes.addAll(serviceRegions);
        return new OrganisationDocument(
                id,
                version,
                name,
                kind,
                switch (kind) {
                    case "funder" -> "foundation";
                    case "university" -> "university";
                    default -> "social-work-agency";
                },
                registeredRegion,
                serviceRegions,
                Regions.withAncestors(codes).stream()
                        .map(Projects.REGION_NAMES::get)
                        .toList(),
                targetGroups,
                categories,
                description,
                true,
                Instant.parse("2026-01-01T00:00:00.123456Z").plusSeconds(id),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id));
    }
}

package org.qianshou.search.organisation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.Lists;
import org.qianshou.search.Regions;
import org.qianshou.search.text.ZhFields;

/**
 * A verified organisation as the search index holds it: a derived copy of the PostgreSQL rows, public facts only.
 * No person's data goes in (no legal representative, no phone numbers or e-mail addresses, no credit code).
 *
 * @param version the organisation row's version, used as the external version of every write
 * @param kind {@code agency}, {@code funder} or {@code university}
 * @param subtype e.g. {@code social-work-agency}, {@code foundation}, {@code university}
 * @param registeredRegionCode where it is registered (a region code), or {@code null}
 * @param serviceRegionCodes the regions it serves
 * @param regionAncestors derived, whatever is passed: {@code registeredRegionCode} and {@code serviceRegionCodes}
 *     with all their ancestors, deduplicated, in order (the region filter and the region facet use it). An
 *     organisation is thus found under the regions it serves and the region it is registered in, and under every
 *     region above them; one serving a whole prefecture is found under that prefecture, not under each county.
 * @param regionNames names of those regions and ancestors, so a keyword such as 昭通 or 镇雄 matches
 * @param targetGroups target-group codes
 * @param serviceCategories service-category codes
 * @param demo demonstration data, not a real organisation
 * @param publishedAt when the organisation was first verified: what a saved search's digest calls new
 * @throws IllegalArgumentException when a region code is malformed
 */
@JsonIgnoreProperties(
        value = {ZhFields.OBJECT, Regions.LEVELS},
        allowGetters = true)
public record OrganisationDocument(
        long id,
        long version,
        String name,
        String kind,
        String subtype,
        String registeredRegionCode,
        List<String> serviceRegionCodes,
        List<String> regionAncestors,
        List<String> regionNames,
        List<String> targetGroups,
        List<String> serviceCategories,
        String description,
        boolean demo,
        Instant updatedAt,
        Instant publishedAt)
        implements IndexedDocument {

    public OrganisationDocument {
        serviceRegionCodes = Lists.copy(serviceRegionCodes);
        List<String> own = new ArrayList<>();
        if (registeredRegionCode != null) {
            own.add(registeredRegionCode);
        }
        own.addAll(serviceRegionCodes);
        regionAncestors = Regions.withAncestors(own);
        regionNames = Lists.copy(regionNames);
        targetGroups = Lists.copy(targetGroups);
        serviceCategories = Lists.copy(serviceCategories);
    }

    /** {@code regionAncestors} by level, the region facet's fields ({@link Regions#byLevel}): written to the index, never read back. */
    @JsonProperty(Regions.LEVELS)
    public Map<String, List<String>> regionLevels() {
        return Regions.byLevel(regionAncestors);
    }

    /** The text as Chinese search needs it (see {@link ZhFields}): written to the index, never read back. */
    @JsonProperty(ZhFields.OBJECT)
    public Map<String, Object> zh() {
        return ZhFields.builder()
                .text("name", name)
                .text("description", description)
                .texts("regionNames", regionNames)
                .pinyin(java.util.Arrays.asList(name))
                .places(regionNames)
                .suggest(name, regionNames)
                .build();
    }

    /** The canonical constructor without {@code regionAncestors}, which is derived. */
    public OrganisationDocument(
            long id,
            long version,
            String name,
            String kind,
            String subtype,
            String registeredRegionCode,
            List<String> serviceRegionCodes,
            List<String> regionNames,
            List<String> targetGroups,
            List<String> serviceCategories,
            String description,
            boolean demo,
            Instant updatedAt,
            Instant publishedAt) {
        this(
                id,
                version,
                name,
                kind,
                subtype,
                registeredRegionCode,
                serviceRegionCodes,
                null,
                regionNames,
                targetGroups,
                serviceCategories,
                description,
                demo,
                updatedAt,
                publishedAt);
    }
}

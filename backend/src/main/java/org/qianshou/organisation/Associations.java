package org.qianshou.organisation;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Service regions, target groups and service categories of organisations (three join tables). */
@Singleton
class Associations {

    /** The three lists of one organisation. */
    record Codes(List<String> serviceRegions, List<String> targetGroups, List<String> serviceCategories) {
        static final Codes NONE = new Codes(List.of(), List.of(), List.of());
    }

    private final OrganisationServiceRegionRepository regions;
    private final OrganisationTargetGroupRepository groups;
    private final OrganisationServiceCategoryRepository categories;

    Associations(
            OrganisationServiceRegionRepository regions,
            OrganisationTargetGroupRepository groups,
            OrganisationServiceCategoryRepository categories) {
        this.regions = regions;
        this.groups = groups;
        this.categories = categories;
    }

    void replace(long organisationId, Codes codes) {
        regions.deleteByOrganisation(organisationId);
        groups.deleteByOrganisation(organisationId);
        categories.deleteByOrganisation(organisationId);
        if (!codes.serviceRegions().isEmpty()) {
            regions.saveAll(rows(organisationId, codes.serviceRegions(), OrganisationServiceRegion::new));
        }
        if (!codes.targetGroups().isEmpty()) {
            groups.saveAll(rows(organisationId, codes.targetGroups(), OrganisationTargetGroup::new));
        }
        if (!codes.serviceCategories().isEmpty()) {
            categories.saveAll(rows(organisationId, codes.serviceCategories(), OrganisationServiceCategory::new));
        }
    }

    Codes of(long organisationId) {
        return of(List.of(organisationId)).getOrDefault(organisationId, Codes.NONE);
    }

    Map<Long, Codes> of(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> r = group(
                regions.findByOrganisations(organisationIds),
                row -> row.id().organisationId(),
                OrganisationServiceRegion::code);
        Map<Long, List<String>> g = group(
                groups.findByOrganisations(organisationIds),
                row -> row.id().organisationId(),
                OrganisationTargetGroup::code);
        Map<Long, List<String>> c = group(
                categories.findByOrganisations(organisationIds),
                row -> row.id().organisationId(),
                OrganisationServiceCategory::code);
        Map<Long, Codes> result = new HashMap<>();
        for (long id : organisationIds) {
            result.put(
                    id,
                    new Codes(
                            r.getOrDefault(id, List.of()),
                            g.getOrDefault(id, List.of()),
                            c.getOrDefault(id, List.of())));
        }
        return result;
    }

    private static <T> List<T> rows(long organisationId, List<String> codes, BiFunction<Long, String, T> row) {
        return codes.stream().map(code -> row.apply(organisationId, code)).toList();
    }

    private static <T> Map<Long, List<String>> group(
            List<T> rows, ToLongFunction<T> organisationId, Function<T, String> code) {
        Map<Long, List<String>> result = new HashMap<>();
        for (T row : rows) {
            result.computeIfAbsent(organisationId.applyAsLong(row), k -> new ArrayList<>())
                    .add(code.apply(row));
        }
        return result;
    }
}

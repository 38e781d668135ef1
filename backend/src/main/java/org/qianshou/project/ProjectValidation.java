package org.qianshou.project;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.region.RegionService;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/** The checks on a project request: its organisation, regions and taxonomies exist, dates, the one text rule. */
@Singleton
class ProjectValidation {

    private final OrganisationService organisations;
    private final RegionService regions;
    private final TaxonomyService taxonomies;

    ProjectValidation(OrganisationService organisations, RegionService regions, TaxonomyService taxonomies) {
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomies = taxonomies;
    }

    /** Checks every reference of the request; reports all problems at once, naming each field. */
    void check(ProjectRequest r) {
        check(r, id -> organisations.find(id).isPresent());
    }

    /** The same, with the organisation looked up by the caller (batches ask once per organisation). */
    void check(ProjectRequest r, Predicate<Long> organisationExists) {
        List<Violation> violations = new ArrayList<>();
        if (!organisationExists.test(r.organisationId())) {
            violations.add(new Violation("organisationId", "field.organisation.unknown", r.organisationId()));
        }
        checkCodes(violations, "regionCodes", r.regionCodes(), regions::exists, "field.region.unknown");
        checkCodes(
                violations,
                "targetGroups",
                r.targetGroups(),
                c -> taxonomies.exists(Kind.TARGET_GROUP, c),
                "field.target-group.unknown");
        checkCodes(
                violations,
                "serviceCategories",
                r.serviceCategories(),
                c -> taxonomies.exists(Kind.SERVICE_CATEGORY, c),
                "field.category.unknown");
        if (!taxonomies.exists(Kind.PROGRAMME, r.programme())) {
            violations.add(new Violation("programme", "field.programme.unknown", r.programme()));
        }
        if (r.fundingType() != null
                && !r.fundingType().isBlank()
                && !taxonomies.exists(Kind.FUNDING_TYPE, r.fundingType())) {
            violations.add(new Violation("fundingType", "field.funding-type.unknown", r.fundingType()));
        }
        if (!ProjectStatus.ALL.contains(r.status())) {
            violations.add(new Violation("status", "field.status.unknown", r.status()));
        }
        checkYear(violations, "startDate", r.startDate());
        checkYear(violations, "endDate", r.endDate());
        if (!Text.validSingleLine(r.title())) {
            violations.add(new Violation("title", "field.text.control-characters"));
        }
        if (!Text.validMultiLine(r.description())) {
            violations.add(new Violation("description", "field.text.control-characters"));
        }
        if (r.endDate().isBefore(r.startDate())) {
            violations.add(new Violation("endDate", "field.dates.end-before-start"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Years the platform can store and index (Elasticsearch's date format has four-digit years). */
    static final int MIN_YEAR = 2000;

    static final int MAX_YEAR = 2100;

    private static void checkYear(List<Violation> violations, String field, java.time.LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            violations.add(new Violation(field, "field.date.range", MIN_YEAR, MAX_YEAR));
        }
    }

    private static void checkCodes(
            List<Violation> violations, String field, List<String> codes, Predicate<String> known, String key) {
        var seen = new LinkedHashSet<String>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!known.test(code)) {
                violations.add(new Violation(field + "[" + i + "]", key, code));
            } else if (!seen.add(code)) {
                violations.add(new Violation(field + "[" + i + "]", "field.duplicate", code));
            }
        }
    }
}

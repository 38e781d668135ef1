package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.qianshou.region.RegionService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;
import org.qianshou.system.security.Identifiers;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * The checks on what members and administrators submit about organisations: every field and reference of a
 * registration or change (kinds and subtypes, credit code, regions, taxonomies, contact details, the one text
 * rule), administrators' seeds, and who holds a credit code.
 */
@Singleton
class OrganisationValidation {

    private final OrganisationRepository repository;
    private final RegionService regions;
    private final TaxonomyService taxonomies;
    private final Validator validator;

    OrganisationValidation(
            OrganisationRepository repository, RegionService regions, TaxonomyService taxonomies, Validator validator) {
        this.repository = repository;
        this.regions = regions;
        this.taxonomies = taxonomies;
        this.validator = validator;
    }

    /** The request's bean constraints (sizes, required fields): 400 naming each field. */
    void checkConstraints(OrganisationRequest request) {
        Set<ConstraintViolation<OrganisationRequest>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
    }

    /** An administrator's seed: a known kind and region, the text rule. */
    void checkSeed(OrganisationSeed seed) {
        List<Violation> violations = new ArrayList<>();
        if (!Organisation.KINDS.contains(seed.kind())) {
            violations.add(new Violation("kind", "field.organisation-kind.unknown", seed.kind()));
        }
        if (!regions.exists(seed.regionCode())) {
            violations.add(new Violation("regionCode", "field.region.unknown", seed.regionCode()));
        }
        singleLine(violations, "name", seed.name());
        if (!Text.validMultiLine(seed.description())) {
            violations.add(new Violation("description", "field.text.control-characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * Refuses (409 naming {@code creditCode}) when another organisation holds the code: one that is submitted,
     * verified or suspended. Drafts and rejected registrations hold nothing, so they cannot squat a code.
     */
    void requireCreditCodeFree(@Nullable String creditCode, @Nullable Long id) {
        if (creditCode == null) {
            return;
        }
        boolean held = id == null
                ? repository.existsByCreditCodeAndStatusIn(creditCode, Organisation.HOLDING_CREDIT_CODE)
                : repository.existsByCreditCodeAndStatusInAndIdNotEqual(
                        creditCode, Organisation.HOLDING_CREDIT_CODE, id);
        if (held) {
            throw ConflictException.onField("creditCode", "error.credit-code.taken");
        }
    }

    /** Saves, turning a duplicate credit code (found by the partial unique index in a race) into 409. */
    static Organisation saveUnique(java.util.function.Supplier<Organisation> save) {
        try {
            return save.get();
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw ConflictException.onField("creditCode", "error.credit-code.taken");
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A request that passed every check, normalised. */
    record Checked(
            String name,
            String creditCode,
            String legalRepresentative,
            String address,
            String description,
            @Nullable String contactPhone,
            @Nullable String contactEmail,
            int assistant,
            int intermediate,
            int senior,
            Associations.Codes codes) {}

    /**
     * Checks every field and reference; reports all problems at once, each naming its field (400), then whether
     * another organisation holds the credit code (409).
     */
    Checked check(OrganisationRequest r, @Nullable Long id) {
        List<Violation> violations = new ArrayList<>();
        List<String> subtypes = Organisation.SUBTYPES.get(r.kind());
        if (subtypes == null) {
            violations.add(new Violation("kind", "field.organisation-kind.unknown", r.kind()));
        } else if (!subtypes.contains(r.subtype())) {
            violations.add(new Violation(
                    "subtype", "field.organisation-subtype.unknown", r.subtype(), String.join("、", subtypes)));
        }
        Optional<String> creditCode = CreditCodes.normalise(r.creditCode());
        if (creditCode.isEmpty()) {
            violations.add(new Violation("creditCode", "field.credit-code.invalid"));
        }
        if (!regions.exists(r.registeredRegionCode())) {
            violations.add(new Violation("registeredRegionCode", "field.region.unknown", r.registeredRegionCode()));
        }
        checkCodes(
                violations,
                "serviceRegionCodes",
                r.serviceRegionCodesOrEmpty(),
                regions::exists,
                "field.region.unknown");
        checkCodes(
                violations,
                "targetGroups",
                r.targetGroupsOrEmpty(),
                c -> taxonomies.exists(Kind.TARGET_GROUP, c),
                "field.target-group.unknown");
        checkCodes(
                violations,
                "serviceCategories",
                r.serviceCategoriesOrEmpty(),
                c -> taxonomies.exists(Kind.SERVICE_CATEGORY, c),
                "field.category.unknown");
        String phone = null;
        if (r.contactPhone() != null && !r.contactPhone().isBlank()) {
            phone = PublicPhones.normalise(r.contactPhone()).orElse(null);
            if (phone == null) {
                violations.add(new Violation("contactPhone", "field.contact-phone.invalid"));
            }
        }
        String email = null;
        if (r.contactEmail() != null && !r.contactEmail().isBlank()) {
            email = Identifiers.email(r.contactEmail()).orElse(null);
            if (email == null) {
                violations.add(new Violation("contactEmail", "field.contact-email.invalid"));
            }
        }
        String address = r.address() == null ? "" : r.address().strip();
        String description = r.description() == null ? "" : r.description().strip();
        singleLine(violations, "name", r.name());
        singleLine(violations, "legalRepresentative", r.legalRepresentative());
        singleLine(violations, "address", address);
        if (!Text.validMultiLine(description)) {
            violations.add(new Violation("description", "field.text.control-characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String code = creditCode.get();
        requireCreditCodeFree(code, id);
        var workers = r.socialWorkers();
        return new Checked(
                r.name().strip(),
                code,
                r.legalRepresentative().strip(),
                address,
                description,
                phone,
                email,
                workers == null ? 0 : workers.assistant(),
                workers == null ? 0 : workers.intermediate(),
                workers == null ? 0 : workers.senior(),
                new Associations.Codes(
                        distinct(r.serviceRegionCodesOrEmpty()),
                        distinct(r.targetGroupsOrEmpty()),
                        distinct(r.serviceCategoriesOrEmpty())));
    }

    private static void singleLine(List<Violation> violations, String field, String text) {
        if (!Text.validSingleLine(text)) {
            violations.add(new Violation(field, "field.text.control-characters"));
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

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}

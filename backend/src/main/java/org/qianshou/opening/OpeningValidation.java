package org.qianshou.opening;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.qianshou.organisation.PublicPhones;
import org.qianshou.project.ProjectService;
import org.qianshou.project.ProjectService.ProjectOwner;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * The checks on an opening and its shifts: the project is the organisation's own, the region a county, township or
 * village, the taxonomies (target groups, category, skills) exist, the contact number is a public phone, each shift ends
 * after it starts and holds 1 to 100,000 places. Every problem is reported at once, naming its field.
 */
@Singleton
class OpeningValidation {

    /** The levels an opening may be placed at: where volunteers actually meet. */
    static final Set<String> LEVELS = Set.of("county", "township", "village");

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final ProjectService projects;
    private final RegionService regions;
    private final TaxonomyService taxonomies;

    OpeningValidation(ProjectService projects, RegionService regions, TaxonomyService taxonomies) {
        this.projects = projects;
        this.regions = regions;
        this.taxonomies = taxonomies;
    }

    /**
     * Checks the opening (and its shifts, when it brings any) for {@code organisationId}.
     *
     * @return the contact phone in its stored form
     */
    String check(long organisationId, OpeningRequest r, Instant now) {
        List<Violation> violations = new ArrayList<>();
        ProjectOwner project = projects.owners(List.of(r.projectId())).get(r.projectId());
        if (project == null) {
            violations.add(new Violation("projectId", "field.project.unknown", r.projectId()));
        } else if (project.organisationId() != organisationId) {
            violations.add(new Violation("projectId", "field.project.other-organisation", r.projectId()));
        }
        Optional<Region> region = regions.find(r.regionCode());
        if (region.isEmpty()) {
            violations.add(new Violation("regionCode", "field.region.unknown", r.regionCode()));
        } else if (!LEVELS.contains(region.get().level())) {
            violations.add(new Violation("regionCode", "field.opening.region-level", r.regionCode()));
        }
        checkCodes(
                violations,
                "targetGroups",
                r.targetGroups(),
                c -> taxonomies.exists(Kind.TARGET_GROUP, c),
                "field.target-group.unknown");
        if (!taxonomies.exists(Kind.SERVICE_CATEGORY, r.category())) {
            violations.add(new Violation("category", "field.category.unknown", r.category()));
        }
        checkCodes(violations, "skills", r.skillCodes(), c -> taxonomies.exists(Kind.SKILL, c), "field.skill.unknown");
        if (!OpeningStatus.SCREENINGS.contains(r.screening())) {
            violations.add(new Violation("screening", "field.opening.screening", r.screening()));
        }
        Optional<String> phone = PublicPhones.normalise(r.contactPhone());
        if (phone.isEmpty()) {
            violations.add(new Violation("contactPhone", "field.contact-phone.invalid"));
        }
        for (var field : List.of(
                new Object[] {"title", r.title()},
                new Object[] {"meetingPlace", r.meetingPlace()},
                new Object[] {"contactName", r.contactName()})) {
            if (!Text.validSingleLine((String) field[1])) {
                violations.add(new Violation((String) field[0], "field.text.control-characters"));
            }
        }
        if (!Text.validMultiLine(r.description())) {
            violations.add(new Violation("description", "field.text.control-characters"));
        }
        int deadlineYear = r.signupDeadline().getYear();
        if (deadlineYear < MIN_YEAR || deadlineYear > MAX_YEAR) {
            violations.add(new Violation("signupDeadline", "field.date.range", MIN_YEAR, MAX_YEAR));
        }
        List<ShiftRequest> shifts = r.shiftList();
        for (int i = 0; i < shifts.size(); i++) {
            checkShift(violations, "shifts[" + i + "].", shifts.get(i), now);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return phone.orElseThrow();
    }

    /** Checks one shift on its own. */
    void check(ShiftRequest shift, Instant now) {
        check(shift, now, true);
    }

    /** Checks one shift's capacity, and its day and times when {@code timesChanged} (a shift may keep a past start). */
    void check(ShiftRequest shift, Instant now, boolean timesChanged) {
        List<Violation> violations = new ArrayList<>();
        if (timesChanged) {
            checkShift(violations, "", shift, now);
        } else {
            checkCapacity(violations, "", shift);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkCapacity(List<Violation> violations, String prefix, ShiftRequest s) {
        if (s.capacity() < 1 || s.capacity() > ShiftRequest.MAX_CAPACITY) {
            violations.add(new Violation(prefix + "capacity", "field.shift.capacity", ShiftRequest.MAX_CAPACITY));
        }
    }

    private static void checkShift(List<Violation> violations, String prefix, ShiftRequest s, Instant now) {
        checkCapacity(violations, prefix, s);
        if (s.date().getYear() < MIN_YEAR || s.date().getYear() > MAX_YEAR) {
            violations.add(new Violation(prefix + "date", "field.date.range", MIN_YEAR, MAX_YEAR));
            return;
        }
        if (!s.end().isAfter(s.start())) {
            violations.add(new Violation(prefix + "end", "field.shift.end-before-start"));
        } else if (!s.startsAt().isAfter(now)) {
            violations.add(new Violation(prefix + "date", "field.shift.past"));
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

package org.qianshou.story;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qianshou.project.ProjectService;
import org.qianshou.project.ProjectService.ProjectOwner;
import org.qianshou.region.RegionService;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * The checks on a story and on a consent record: the project is the organisation's own, the region and taxonomy codes
 * exist, text carries no control characters; a consent's giver, method, date and scope are valid, and a minor's is
 * the guardian's. Every problem is reported at once, naming its field; nothing is written.
 */
@Singleton
class StoryValidation {

    static final Set<String> GIVEN_BY = Set.of("self", "guardian");
    static final Set<String> METHODS = Set.of("written", "oral-recorded", "electronic", "thumbprint");
    static final int MIN_YEAR = 2000;

    private final ProjectService projects;
    private final RegionService regions;
    private final TaxonomyService taxonomies;

    StoryValidation(ProjectService projects, RegionService regions, TaxonomyService taxonomies) {
        this.projects = projects;
        this.regions = regions;
        this.taxonomies = taxonomies;
    }

    void check(long organisationId, StoryRequest r) {
        List<Violation> violations = new ArrayList<>();
        ProjectOwner project = projects.owners(List.of(r.projectId())).get(r.projectId());
        if (project == null) {
            violations.add(new Violation("projectId", "field.project.unknown", r.projectId()));
        } else if (project.organisationId() != organisationId) {
            violations.add(new Violation("projectId", "field.story.project-other-organisation", r.projectId()));
        }
        if (!regions.exists(r.regionCode())) {
            violations.add(new Violation("regionCode", "field.region.unknown", r.regionCode()));
        }
        var seen = new LinkedHashSet<String>();
        List<String> groups = r.targetGroupList();
        for (int i = 0; i < groups.size(); i++) {
            String code = groups.get(i);
            if (!taxonomies.exists(Kind.TARGET_GROUP, code)) {
                violations.add(new Violation("targetGroups[" + i + "]", "field.target-group.unknown", code));
            } else if (!seen.add(code)) {
                violations.add(new Violation("targetGroups[" + i + "]", "field.duplicate", code));
            }
        }
        String category = StoryRequest.blankToNull(r.serviceCategory());
        if (category != null && !taxonomies.exists(Kind.SERVICE_CATEGORY, category)) {
            violations.add(new Violation("serviceCategory", "field.category.unknown", category));
        }
        String programme = StoryRequest.blankToNull(r.programme());
        if (programme != null && !taxonomies.exists(Kind.PROGRAMME, programme)) {
            violations.add(new Violation("programme", "field.programme.unknown", programme));
        }
        if (!Text.validSingleLine(r.title())) {
            violations.add(new Violation("title", "field.text.control-characters"));
        }
        if (!Text.validMultiLine(r.summaryText())) {
            violations.add(new Violation("summary", "field.text.control-characters"));
        }
        if (r.bodyHtml() != null && !Text.validMultiLine(r.bodyHtml())) {
            violations.add(new Violation("bodyHtml", "field.text.control-characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    void check(ConsentRequest c, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (!Text.validSingleLine(c.personLabel())) {
            violations.add(new Violation("personLabel", "field.text.control-characters"));
        }
        if (!GIVEN_BY.contains(c.givenBy())) {
            violations.add(new Violation("givenBy", "field.consent.given-by", c.givenBy()));
        } else if (c.minor() && !"guardian".equals(c.givenBy())) {
            violations.add(new Violation("givenBy", "field.consent.minor-needs-guardian"));
        }
        if ("guardian".equals(c.givenBy())
                && (c.givenByRelation() == null || c.givenByRelation().isBlank())) {
            violations.add(new Violation("givenByRelation", "field.consent.relation-required"));
        } else if (c.givenByRelation() != null && !Text.validSingleLine(c.givenByRelation())) {
            violations.add(new Violation("givenByRelation", "field.text.control-characters"));
        }
        if (!METHODS.contains(c.method())) {
            violations.add(new Violation("method", "field.consent.method", c.method()));
        }
        if (c.givenOn().isAfter(today)) {
            violations.add(new Violation("givenOn", "field.consent.future"));
        } else if (c.givenOn().getYear() < MIN_YEAR) {
            violations.add(new Violation("givenOn", "field.date.range", MIN_YEAR, today.getYear()));
        }
        if (!c.text() && !c.photos()) {
            violations.add(new Violation("scopeText", "field.consent.scope"));
        }
        if (c.scopeNote() != null && !Text.validMultiLine(c.scopeNote())) {
            violations.add(new Violation("scopeNote", "field.text.control-characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}

package org.qianshou.funding.application;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.CallSection;
import org.qianshou.project.ProjectService;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;
import org.qianshou.taxonomy.BudgetCategory;
import org.qianshou.taxonomy.TaxonomyService;

/**
 * The checks on a save of a draft, against its call: the project is one of the organisation's own, each text within
 * its section's {@code maxChars} (and only sections the call asks for), budget lines with a known category and a whole,
 * non-negative amount in fen, the management fee within the call's cap, indicators with a name, unit and target. A
 * draft may be incomplete (what submission requires is checked then); what it holds must be valid. Every problem is
 * reported at once, naming its field, and computes the totals the server keeps.
 */
@Singleton
class ApplicationValidation {

    static final String NEED = "need";
    static final String OBJECTIVES = "objectives";
    static final String ACTIVITIES = "activities";
    static final String BENEFICIARIES = "beneficiaries";
    static final String BUDGET = "budget";
    static final String INDICATORS = "indicators";

    static final int MAX_TITLE = 200;
    static final int MAX_LINES = 100;
    static final int MAX_INDICATORS = 50;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_INDICATOR_NAME = 200;
    static final int MAX_UNIT = 20;
    static final int MAX_BENEFICIARIES = 100_000_000;
    /** One line's ceiling: ¥10 billion, far above any call's pool, so that no sum of lines can overflow. */
    static final long MAX_LINE_FEN = 1_000_000_000_000L;

    static final BigDecimal MAX_TARGET = new BigDecimal("999999999999.99");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final ProjectService projects;
    private final TaxonomyService taxonomies;

    ApplicationValidation(ProjectService projects, TaxonomyService taxonomies) {
        this.projects = projects;
        this.taxonomies = taxonomies;
    }

    /** Checks a save of a draft of {@code organisationId} to {@code call}; returns the cleaned content and totals. */
    ApplicationContentDraft check(CallFacts call, long organisationId, ApplicationRequests.Save r) {
        List<Violation> violations = new ArrayList<>();
        if (r.projectId() != null) {
            ProjectService.ProjectOwner project =
                    projects.owners(List.of(r.projectId())).get(r.projectId());
            if (project == null) {
                violations.add(new Violation("projectId", "field.application.project-unknown", r.projectId()));
            } else if (project.organisationId() != organisationId) {
                violations.add(new Violation("projectId", "field.application.project-other", r.projectId()));
            }
        }
        String title = r.title() == null ? "" : r.title().strip();
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            violations.add(new Violation("title", "field.application.too-long", MAX_TITLE));
        } else if (!Text.validSingleLine(title)) {
            violations.add(new Violation("title", "field.text.control-characters"));
        }
        String need = section(violations, call, NEED, r.need());
        String objectives = section(violations, call, OBJECTIVES, r.objectives());
        String activities = section(violations, call, ACTIVITIES, r.activities());
        String beneficiaries = section(violations, call, BENEFICIARIES, r.beneficiaries());
        if (r.beneficiaryCount() != null && (r.beneficiaryCount() < 0 || r.beneficiaryCount() > MAX_BENEFICIARIES)) {
            violations.add(new Violation("beneficiaryCount", "field.application.count-range", MAX_BENEFICIARIES));
        }
        checkYear(violations, "periodFrom", r.periodFrom());
        checkYear(violations, "periodTo", r.periodTo());
        if (r.periodFrom() != null && r.periodTo() != null && r.periodTo().isBefore(r.periodFrom())) {
            violations.add(new Violation("periodTo", "field.application.period-order"));
        }
        List<ApplicationContentDraft.Line> lines = lines(violations, call, r.lines());
        List<ApplicationContentDraft.Target> targets = targets(violations, call, r.targets());
        long requested = 0;
        long fee = 0;
        Map<String, BudgetCategory> categories = categories();
        for (ApplicationContentDraft.Line line : lines) {
            requested += line.amountFen();
            BudgetCategory category = categories.get(line.category());
            if (category != null && category.managementFee()) {
                fee += line.amountFen();
            }
        }
        // fee / requested ≤ cap / 10000, in whole numbers (requested ≤ 100 × 10^12, so no overflow)
        if (lines.size() == r.lines().size() && fee * 10_000 > (long) call.managementFeeCapBp() * requested) {
            violations.add(new Violation(
                    "budgetLines",
                    "field.application.management-fee-cap",
                    Money.yuan(fee),
                    Money.percent(fee * 10_000 / Math.max(requested, 1)),
                    Money.percent(call.managementFeeCapBp())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ApplicationContentDraft(
                r.projectId(),
                title,
                need,
                objectives,
                activities,
                beneficiaries,
                r.beneficiaryCount(),
                r.periodFrom(),
                r.periodTo(),
                lines,
                targets,
                requested,
                fee);
    }

    /** The budget categories by code. */
    Map<String, BudgetCategory> categories() {
        return taxonomies.budgetCategories().stream()
                .collect(Collectors.toMap(BudgetCategory::code, Function.identity()));
    }

    private static String section(List<Violation> violations, CallFacts call, String code, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (!Text.validMultiLine(text)) {
            violations.add(new Violation(code, "field.text.control-characters"));
            return text;
        }
        Optional<CallSection> section = call.section(code);
        if (section.isEmpty()) {
            if (!text.isEmpty()) {
                violations.add(new Violation(code, "field.application.section-not-asked"));
            }
            return text;
        }
        int chars = text.codePointCount(0, text.length());
        if (chars > section.get().maxChars()) {
            violations.add(new Violation(
                    code, "field.application.max-chars", section.get().maxChars(), chars));
        }
        return text;
    }

    private List<ApplicationContentDraft.Line> lines(
            List<Violation> violations, CallFacts call, List<ApplicationRequests.BudgetLine> raw) {
        if (raw.isEmpty()) {
            return List.of();
        }
        if (call.section(BUDGET).isEmpty()) {
            violations.add(new Violation("budgetLines", "field.application.section-not-asked"));
            return List.of();
        }
        if (raw.size() > MAX_LINES) {
            violations.add(new Violation("budgetLines", "field.application.too-many", MAX_LINES));
            return List.of();
        }
        Map<String, BudgetCategory> categories = categories();
        List<ApplicationContentDraft.Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String prefix = "budgetLines[" + i + "].";
            ApplicationRequests.BudgetLine line = raw.get(i);
            if (line == null) {
                violations.add(new Violation("budgetLines[" + i + "]", "error.required"));
                continue;
            }
            boolean ok = true;
            if (line.category() == null || line.category().isBlank()) {
                violations.add(new Violation(prefix + "category", "error.required"));
                ok = false;
            } else if (!categories.containsKey(line.category())) {
                violations.add(
                        new Violation(prefix + "category", "field.application.category-unknown", line.category()));
                ok = false;
            }
            String description =
                    line.description() == null ? "" : line.description().strip();
            if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
                violations.add(new Violation(prefix + "description", "field.application.too-long", MAX_DESCRIPTION));
                ok = false;
            } else if (!Text.validSingleLine(description)) {
                violations.add(new Violation(prefix + "description", "field.text.control-characters"));
                ok = false;
            }
            Long amount = Money.fen(line.amountFen(), MAX_LINE_FEN).orElse(null);
            if (amount == null) {
                violations.add(
                        new Violation(prefix + "amountFen", "field.application.amount-fen", Money.yuan(MAX_LINE_FEN)));
                ok = false;
            }
            if (ok) {
                lines.add(new ApplicationContentDraft.Line(line.category(), description, amount));
            }
        }
        return lines;
    }

    private static List<ApplicationContentDraft.Target> targets(
            List<Violation> violations, CallFacts call, List<ApplicationRequests.Indicator> raw) {
        if (raw.isEmpty()) {
            return List.of();
        }
        if (call.section(INDICATORS).isEmpty()) {
            violations.add(new Violation("indicators", "field.application.section-not-asked"));
            return List.of();
        }
        if (raw.size() > MAX_INDICATORS) {
            violations.add(new Violation("indicators", "field.application.too-many", MAX_INDICATORS));
            return List.of();
        }
        List<ApplicationContentDraft.Target> targets = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String prefix = "indicators[" + i + "].";
            ApplicationRequests.Indicator indicator = raw.get(i);
            if (indicator == null) {
                violations.add(new Violation("indicators[" + i + "]", "error.required"));
                continue;
            }
            String name = indicator.name() == null ? "" : indicator.name().strip();
            String unit = indicator.unit() == null ? "" : indicator.unit().strip();
            boolean ok = true;
            if (name.codePointCount(0, name.length()) > MAX_INDICATOR_NAME) {
                violations.add(new Violation(prefix + "name", "field.application.too-long", MAX_INDICATOR_NAME));
                ok = false;
            } else if (!Text.validSingleLine(name)) {
                violations.add(new Violation(prefix + "name", "field.text.control-characters"));
                ok = false;
            }
            if (unit.codePointCount(0, unit.length()) > MAX_UNIT) {
                violations.add(new Violation(prefix + "unit", "field.application.too-long", MAX_UNIT));
                ok = false;
            } else if (!Text.validSingleLine(unit)) {
                violations.add(new Violation(prefix + "unit", "field.text.control-characters"));
                ok = false;
            }
            BigDecimal target = indicator.target();
            if (target == null) {
                violations.add(new Violation(prefix + "target", "error.required"));
                ok = false;
            } else if (target.signum() < 0
                    || target.stripTrailingZeros().scale() > 2
                    || target.compareTo(MAX_TARGET) > 0) {
                violations.add(new Violation(prefix + "target", "field.application.target"));
                ok = false;
            }
            if (ok) {
                targets.add(new ApplicationContentDraft.Target(name, unit, target.setScale(2)));
            }
        }
        return targets;
    }

    private static void checkYear(List<Violation> violations, String field, java.time.LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            violations.add(new Violation(field, "field.date.range", MIN_YEAR, MAX_YEAR));
        }
    }
}

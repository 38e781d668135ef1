package org.qianshou.funding.application;

import java.util.ArrayList;
import java.util.List;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.CallSection;
import org.qianshou.system.InvalidInputException.Violation;

/**
 * What a submission requires to be filled in. A full proposal: a title, the project, the period, and every section the
 * call marks required (a text; for {@code beneficiaries} also their number; for {@code budget} at least one line with
 * an amount; for {@code indicators} at least one named indicator). A concept note (first stage of a two-stage call)
 * needs less: a title and the required ones among {@code need}, {@code objectives} and {@code beneficiaries} (with the
 * number of beneficiaries); its budget, activities, indicators, project and period come with the full proposal.
 */
final class Submission {

    /** The sections a concept note has to fill in (when the call requires them). */
    static final List<String> CONCEPT_SECTIONS =
            List.of(ApplicationValidation.NEED, ApplicationValidation.OBJECTIVES, ApplicationValidation.BENEFICIARIES);

    private Submission() {}

    static List<Violation> missing(
            ApplicationEntity a, CallFacts call, BudgetLineRepository lines, IndicatorRepository indicators) {
        List<Violation> missing = new ArrayList<>();
        if (a.title().isBlank()) {
            missing.add(new Violation("title", "field.application.missing"));
        }
        boolean concept = a.concept();
        if (!concept) {
            if (a.projectId() == null) {
                missing.add(new Violation("projectId", "field.application.missing"));
            }
            if (a.periodFrom() == null) {
                missing.add(new Violation("periodFrom", "field.application.missing"));
            }
            if (a.periodTo() == null) {
                missing.add(new Violation("periodTo", "field.application.missing"));
            }
        }
        for (CallSection section : call.sections()) {
            if (!section.required() || (concept && !CONCEPT_SECTIONS.contains(section.code()))) {
                continue;
            }
            switch (section.code()) {
                case ApplicationValidation.NEED -> text(missing, "need", a.need());
                case ApplicationValidation.OBJECTIVES -> text(missing, "objectives", a.objectives());
                case ApplicationValidation.ACTIVITIES -> text(missing, "activities", a.activities());
                case ApplicationValidation.BENEFICIARIES -> {
                    text(missing, "beneficiaries", a.beneficiaries());
                    if (a.beneficiaryCount() == null || a.beneficiaryCount() == 0) {
                        missing.add(new Violation("beneficiaryCount", "field.application.missing"));
                    }
                }
                case ApplicationValidation.BUDGET -> {
                    if (a.requestedFen() <= 0
                            || lines.findByApplicationIdOrderBySeq(a.id()).isEmpty()) {
                        missing.add(new Violation("budgetLines", "field.application.missing"));
                    }
                }
                case ApplicationValidation.INDICATORS -> {
                    var named = indicators.findByApplicationIdOrderBySeq(a.id()).stream()
                            .filter(i -> !i.name().isBlank())
                            .count();
                    if (named == 0) {
                        missing.add(new Violation("indicators", "field.application.missing"));
                    }
                    var all = indicators.findByApplicationIdOrderBySeq(a.id());
                    for (int i = 0; i < all.size(); i++) {
                        if (all.get(i).name().isBlank()) {
                            missing.add(new Violation("indicators[" + i + "].name", "field.application.missing"));
                        }
                    }
                }
                default -> {
                    // a section this version does not know is not required
                }
            }
        }
        return missing;
    }

    private static void text(List<Violation> missing, String field, String value) {
        if (value.isBlank()) {
            missing.add(new Violation(field, "field.application.missing"));
        }
    }
}

package org.qianshou.funding.call;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.qianshou.region.RegionService;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Text;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * The checks on a call (contract: {@code CallRequest}): money (positive whole fen, the maximum award within the pool),
 * the taxonomies, region and subtypes exist, the times follow each other (opens → concept close → close), the tranche
 * shares sum to 10000 bp with report due days that increase and fall after the close, the rubric's weights sum to 100
 * and the score range is not inverted. Every problem is reported at once, naming its field.
 */
@Singleton
class CallValidation {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int FULL_SHARE_BP = 10_000;
    static final int FULL_WEIGHT = 100;
    static final int MAX_SCORE = 1000;
    static final int MAX_SOCIAL_WORKERS = 100_000;

    private final RegionService regions;
    private final TaxonomyService taxonomies;

    CallValidation(RegionService regions, TaxonomyService taxonomies) {
        this.regions = regions;
        this.taxonomies = taxonomies;
    }

    /** Checks the whole request; throws {@link InvalidInputException} naming every invalid field. */
    void check(CallRequest r) {
        List<Violation> v = new ArrayList<>();
        if (!Text.validSingleLine(r.title())) {
            v.add(new Violation("title", "field.text.control-characters"));
        }
        if (!Text.validMultiLine(r.text())) {
            v.add(new Violation("description", "field.text.control-characters"));
        }
        if (!taxonomies.exists(Kind.FUNDING_TYPE, r.fundingType())) {
            v.add(new Violation("fundingType", "field.funding-type.unknown", r.fundingType()));
        }
        if (r.programme() != null && !taxonomies.exists(Kind.PROGRAMME, r.programme())) {
            v.add(new Violation("programme", "field.programme.unknown", r.programme()));
        }
        money(v, "poolFen", r.poolFen());
        money(v, "maxAwardFen", r.maxAwardFen());
        if (r.poolFen() > 0 && r.maxAwardFen() > r.poolFen()) {
            v.add(new Violation("maxAwardFen", "field.call.max-above-pool"));
        }
        if (r.feeCapBp() < 0 || r.feeCapBp() > FULL_SHARE_BP) {
            v.add(new Violation("managementFeeCapBp", "field.call.fee-cap-range", FULL_SHARE_BP));
        }
        if (!regions.exists(r.regionCode())) {
            v.add(new Violation("regionCode", "field.region.unknown", r.regionCode()));
        }
        if (!CallStatus.REGION_BASES.contains(r.basis())) {
            v.add(new Violation("regionBasis", "field.call.region-basis", r.basis()));
        }
        codes(v, "subtypes", r.subtypeCodes(), CallStatus.SUBTYPES::contains, "field.call.subtype.unknown");
        codes(
                v,
                "targetGroups",
                r.targetGroupCodes(),
                c -> taxonomies.exists(Kind.TARGET_GROUP, c),
                "field.target-group.unknown");
        if (r.minWorkers() < 0 || r.minWorkers() > MAX_SOCIAL_WORKERS) {
            v.add(new Violation("minSocialWorkers", "field.call.min-social-workers", MAX_SOCIAL_WORKERS));
        }
        boolean timesKnown = year(v, "opensAt", r.opensAt()) & year(v, "closesAt", r.closesAt());
        if (timesKnown && !r.closesAt().isAfter(r.opensAt())) {
            v.add(new Violation("closesAt", "field.call.closes-before-opens"));
        }
        if (r.isTwoStage()) {
            if (r.conceptClosesAt() == null) {
                v.add(new Violation("conceptClosesAt", "field.call.concept-required"));
            } else if (year(v, "conceptClosesAt", r.conceptClosesAt())
                    && timesKnown
                    && (!r.conceptClosesAt().isAfter(r.opensAt())
                            || !r.conceptClosesAt().isBefore(r.closesAt()))) {
                v.add(new Violation("conceptClosesAt", "field.call.concept-outside"));
            }
        } else if (r.conceptClosesAt() != null) {
            v.add(new Violation("conceptClosesAt", "field.call.concept-one-stage"));
        }
        if (r.low() < 0 || r.low() > MAX_SCORE) {
            v.add(new Violation("scoreMin", "field.call.score-range", MAX_SCORE));
        }
        if (r.high() < 0 || r.high() > MAX_SCORE) {
            v.add(new Violation("scoreMax", "field.call.score-range", MAX_SCORE));
        } else if (r.high() <= r.low()) {
            v.add(new Violation("scoreMax", "field.call.score-inverted"));
        }
        if (r.interval() < 1 || r.interval() > 12) {
            v.add(new Violation("reportIntervalMonths", "field.call.report-interval"));
        }
        sections(v, r.sectionList());
        tranches(v, r.trancheList(), timesKnown ? r.closesAt().toInstant() : null);
        criteria(v, r.criterionList());
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    /** What publishing needs beyond a valid draft: a tranche, a criterion, and a close time still ahead. */
    void checkPublishable(CallPartsRepository.Parts parts, CallEntity call, Instant now) {
        List<Violation> v = new ArrayList<>();
        if (parts.tranches().isEmpty()) {
            v.add(new Violation("tranches", "field.call.tranches-required"));
        }
        if (parts.criteria().isEmpty()) {
            v.add(new Violation("criteria", "field.call.criteria-required"));
        }
        if (!call.closesAt().isAfter(now)) {
            v.add(new Violation("closesAt", "field.call.closes-past"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static void money(List<Violation> v, String field, long fen) {
        if (fen <= 0 || fen > CallRequest.MAX_FEN) {
            v.add(new Violation(field, "field.call.fen-range", CallRequest.MAX_FEN));
        }
    }

    private static boolean year(List<Violation> v, String field, OffsetDateTime time) {
        if (time.getYear() < MIN_YEAR || time.getYear() > MAX_YEAR) {
            v.add(new Violation(field, "field.date.range", MIN_YEAR, MAX_YEAR));
            return false;
        }
        return true;
    }

    private static void sections(List<Violation> v, List<CallSection> sections) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            CallSection s = sections.get(i);
            String prefix = "sections[" + i + "].";
            if (!CallStatus.SECTIONS.contains(s.code())) {
                v.add(new Violation(prefix + "code", "field.call.section.unknown", s.code()));
            } else if (!seen.add(s.code())) {
                v.add(new Violation(prefix + "code", "field.duplicate", s.code()));
            }
            if (s.maxChars() < 100 || s.maxChars() > 50_000) {
                v.add(new Violation(prefix + "maxChars", "field.call.section.max-chars"));
            }
            if (!Text.validMultiLine(s.guidance())) {
                v.add(new Violation(prefix + "guidance", "field.text.control-characters"));
            }
        }
    }

    private static void tranches(List<Violation> v, List<CallTranche> tranches, Instant closesAt) {
        if (tranches.isEmpty()) {
            return;
        }
        int sum = 0;
        boolean sharesValid = true;
        LocalDate previous = closesAt == null ? null : closesAt.atZone(ZONE).toLocalDate();
        for (int i = 0; i < tranches.size(); i++) {
            CallTranche t = tranches.get(i);
            String prefix = "tranches[" + i + "].";
            if (t.seq() != i + 1) {
                v.add(new Violation(prefix + "seq", "field.call.tranche.seq", i + 1));
            }
            if (t.shareBp() < 1 || t.shareBp() > FULL_SHARE_BP) {
                v.add(new Violation(prefix + "shareBp", "field.call.tranche.share", FULL_SHARE_BP));
                sharesValid = false;
            } else {
                sum += t.shareBp();
            }
            if (i == 0) {
                if (t.reportDueOn() != null) {
                    v.add(new Violation(prefix + "reportDueOn", "field.call.tranche.first-due"));
                }
            } else if (t.reportDueOn() == null) {
                v.add(new Violation(prefix + "reportDueOn", "field.call.tranche.due-required"));
            } else if (t.reportDueOn().getYear() < MIN_YEAR || t.reportDueOn().getYear() > MAX_YEAR) {
                v.add(new Violation(prefix + "reportDueOn", "field.date.range", MIN_YEAR, MAX_YEAR));
            } else {
                if (previous != null && !t.reportDueOn().isAfter(previous)) {
                    v.add(new Violation(
                            prefix + "reportDueOn",
                            i == 1 ? "field.call.tranche.due-before-close" : "field.call.tranche.due-not-increasing"));
                }
                previous = t.reportDueOn();
            }
        }
        if (sharesValid && sum != FULL_SHARE_BP) {
            v.add(new Violation("tranches", "field.call.tranche.sum", sum));
        }
    }

    private static void criteria(List<Violation> v, List<CallRequest.Criterion> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        int sum = 0;
        boolean weightsValid = true;
        for (int i = 0; i < criteria.size(); i++) {
            CallRequest.Criterion c = criteria.get(i);
            String prefix = "criteria[" + i + "].";
            if (c.weight() < 1 || c.weight() > FULL_WEIGHT) {
                v.add(new Violation(prefix + "weight", "field.call.criterion.weight"));
                weightsValid = false;
            } else {
                sum += c.weight();
            }
            if (!Text.validSingleLine(c.name())) {
                v.add(new Violation(prefix + "name", "field.text.control-characters"));
            }
            if (c.description() != null && !Text.validMultiLine(c.description())) {
                v.add(new Violation(prefix + "description", "field.text.control-characters"));
            }
        }
        if (weightsValid && sum != FULL_WEIGHT) {
            v.add(new Violation("criteria", "field.call.criterion.sum", sum));
        }
    }

    private static void codes(
            List<Violation> v, String field, List<String> codes, Predicate<String> known, String key) {
        var seen = new LinkedHashSet<String>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!known.test(code)) {
                v.add(new Violation(field + "[" + i + "]", key, code));
            } else if (!seen.add(code)) {
                v.add(new Violation(field + "[" + i + "]", "field.duplicate", code));
            }
        }
    }
}

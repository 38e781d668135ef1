package org.qianshou.funding.call;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.system.Messages;
import org.qianshou.system.NotFoundException;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * A call's eligibility rules applied to an organisation (contract: {@code funding.call.Eligibility}), each explained in
 * Chinese and English with the organisation's own fact:
 *
 * <ul>
 *   <li>{@code verified}: the organisation is verified;
 *   <li>{@code kind}: an agency, or a university where the call's subtypes name universities;
 *   <li>{@code subtype}: one of the call's subtypes (any when it names none);
 *   <li>{@code region}: registered in the call's region or below it, or serving a region there, as the call's
 *       {@code regionBasis} says ({@code registered}, {@code service}, {@code either});
 *   <li>{@code targetGroup}: serving at least one of the call's target groups (any when it names none);
 *   <li>{@code socialWorkers}: certified social workers (assistant + intermediate + senior) at least the minimum.
 * </ul>
 */
@Singleton
public class Eligibility {

    static final Locale ENGLISH = Locale.ENGLISH;

    private final Calls calls;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final TaxonomyService taxonomies;
    private final Messages messages;

    Eligibility(
            Calls calls,
            OrganisationService organisations,
            RegionService regions,
            TaxonomyService taxonomies,
            Messages messages) {
        this.calls = calls;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomies = taxonomies;
        this.messages = messages;
    }

    /** The verdict for the organisation on the call (404 when either does not exist). */
    @ReadOnly
    public EligibilityVerdict check(long callId, long organisationId) {
        CallFacts call = calls.facts(callId).orElseThrow(() -> new NotFoundException("resource.call", callId));
        Organisation o = organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFoundException("resource.organisation", organisationId));
        return check(call, o, organisations.served(organisationId));
    }

    EligibilityVerdict check(CallFacts call, Organisation o, OrganisationService.Served served) {
        List<EligibilityCheck> checks = new ArrayList<>();
        checks.add(check("verified", o.isVerified(), l ->
                new Object[] {name(l, "eligibility.org-status." + o.status())}));

        boolean universitiesMayApply = call.subtypes().contains("university");
        boolean kindOk = "agency".equals(o.kind()) || ("university".equals(o.kind()) && universitiesMayApply);
        checks.add(check(
                "kind", kindOk, universitiesMayApply ? "eligibility.kind.university" : "eligibility.kind.agency", l ->
                        new Object[] {name(l, "eligibility.kind-name." + o.kind())}));

        if (call.subtypes().isEmpty()) {
            checks.add(check(
                    "subtype", true, "eligibility.subtype.any", l -> new Object[] {subtypeName(l, o.subtype())}));
        } else {
            checks.add(check(
                    "subtype", call.subtypes().contains(o.subtype()), "eligibility.subtype", l -> new Object[] {
                        join(
                                l,
                                call.subtypes().stream()
                                        .map(s -> subtypeName(l, s))
                                        .toList()),
                        subtypeName(l, o.subtype())
                    }));
        }

        boolean registeredInside = inside(o.registeredRegionCode(), call.regionCode());
        boolean servingInside = served.serviceRegionCodes().stream().anyMatch(code -> inside(code, call.regionCode()));
        boolean regionOk = switch (call.regionBasis()) {
            case "registered" -> registeredInside;
            case "service" -> servingInside;
            default -> registeredInside || servingInside;
        };
        String callRegion = regionName(call.regionCode());
        String registered = regionName(o.registeredRegionCode());
        checks.add(check("region", regionOk, "eligibility.region." + call.regionBasis(), l -> new Object[] {
            callRegion,
            registered,
            served.serviceRegionCodes().isEmpty()
                    ? name(l, "eligibility.none")
                    : join(
                            l,
                            served.serviceRegionCodes().stream()
                                    .map(this::regionName)
                                    .toList())
        }));

        if (call.targetGroups().isEmpty()) {
            checks.add(check("targetGroup", true, "eligibility.target-group.any", l -> new Object[0]));
        } else {
            checks.add(check(
                    "targetGroup",
                    served.targetGroups().stream().anyMatch(call.targetGroups()::contains),
                    "eligibility.target-group",
                    l -> new Object[] {
                        join(
                                l,
                                call.targetGroups().stream()
                                        .map(g -> groupName(l, g))
                                        .toList()),
                        served.targetGroups().isEmpty()
                                ? name(l, "eligibility.none")
                                : join(
                                        l,
                                        served.targetGroups().stream()
                                                .map(g -> groupName(l, g))
                                                .toList())
                    }));
        }

        int workers = o.socialWorkersAssistant() + o.socialWorkersIntermediate() + o.socialWorkersSenior();
        checks.add(check(
                "socialWorkers",
                workers >= call.minSocialWorkers(),
                call.minSocialWorkers() == 0 ? "eligibility.social-workers.any" : "eligibility.social-workers",
                l -> new Object[] {
                    call.minSocialWorkers(),
                    workers,
                    o.socialWorkersAssistant(),
                    o.socialWorkersIntermediate(),
                    o.socialWorkersSenior()
                }));
        return new EligibilityVerdict(checks.stream().allMatch(EligibilityCheck::ok), checks);
    }

    private EligibilityCheck check(String rule, boolean ok, Function<Locale, Object[]> args) {
        return check(rule, ok, "eligibility.verified", args);
    }

    private EligibilityCheck check(String rule, boolean ok, String key, Function<Locale, Object[]> args) {
        return new EligibilityCheck(
                rule,
                ok,
                messages.get(Messages.CHINESE, key, args.apply(Messages.CHINESE)),
                messages.get(ENGLISH, key, args.apply(ENGLISH)));
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    private boolean inside(String code, String ancestor) {
        return regions.find(code).isPresent()
                && regions.path(code).stream().anyMatch(r -> r.code().equals(ancestor));
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }

    private String name(Locale locale, String key) {
        return messages.get(locale, key);
    }

    private String subtypeName(Locale locale, String subtype) {
        return messages.get(locale, "eligibility.subtype-name." + subtype);
    }

    private String groupName(Locale locale, String code) {
        return taxonomies.terms(Kind.TARGET_GROUP).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(t -> ENGLISH.equals(locale) ? t.nameEn() : t.nameZh())
                .orElse(code);
    }

    private static String join(Locale locale, List<String> names) {
        return String.join(ENGLISH.equals(locale) ? ", " : "、", names);
    }
}

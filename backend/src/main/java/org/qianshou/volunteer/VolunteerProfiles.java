package org.qianshou.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.qianshou.account.AccountService;
import org.qianshou.audit.AuditLog;
import org.qianshou.region.RegionService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A volunteer's own real-name profile: registration (which grants the {@code volunteer} role), changes of what may
 * change, and a guardian's consent for a minor. The ID number in clear exists here only while it is checked,
 * encrypted and hashed; it is never logged, audited, put in a message or returned (ADR 0008).
 */
@Singleton
public class VolunteerProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(VolunteerProfiles.class);

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String OBJECT_TYPE = "volunteer";
    static final List<String> SLOTS =
            List.of("weekday-daytime", "weekday-evening", "weekend", "school-holidays", "public-holidays");
    static final List<String> RELATIONS = List.of("father", "mother", "grandparent", "sibling", "other-guardian");
    static final List<String> GENDERS = List.of("male", "female");

    private final VolunteerRepository volunteers;
    private final VolunteerSkillRepository skills;
    private final VolunteerRegionRepository regions;
    private final VolunteerAvailabilityRepository availability;
    private final GuardianConsentRepository consents;
    private final IdNumberCipher cipher;
    private final RegionService regionService;
    private final TaxonomyService taxonomies;
    private final AccountService accounts;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    VolunteerProfiles(
            VolunteerRepository volunteers,
            VolunteerSkillRepository skills,
            VolunteerRegionRepository regions,
            VolunteerAvailabilityRepository availability,
            GuardianConsentRepository consents,
            IdNumberCipher cipher,
            RegionService regionService,
            TaxonomyService taxonomies,
            AccountService accounts,
            AuditLog audit) {
        this.volunteers = volunteers;
        this.skills = skills;
        this.regions = regions;
        this.availability = availability;
        this.consents = consents;
        this.cipher = cipher;
        this.regionService = regionService;
        this.taxonomies = taxonomies;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The caller's profile; 404 when they have none. */
    @Transactional
    public VolunteerProfile view(Actor actor) {
        Volunteer v = volunteers
                .findById(actor.accountId())
                .orElseThrow(() -> new NotFoundException("resource.volunteer-profile", actor.accountId()));
        return profile(v);
    }

    /**
     * Registers the caller as a real-name volunteer and grants the {@code volunteer} role. 400 naming each wrong
     * field (an ID number with a wrong check character, an impossible birth date, under 14, …), 409 when the account
     * already has a profile or another volunteer holds the ID number. Nothing is written unless all is well.
     */
    @Transactional
    public VolunteerProfile register(Actor actor, VolunteerRequests.Registration r) {
        LocalDate today = LocalDate.now(ZONE);
        List<Violation> violations = new ArrayList<>();
        String name = r.name() == null ? "" : r.name().strip();
        if (!Text.validSingleLine(name)) {
            violations.add(new Violation("name", "field.text.control-characters"));
        } else if (name.isEmpty() || name.length() > 100) {
            violations.add(new Violation("name", "field.volunteer-name.invalid"));
        }
        IdNumbers.Checked id = null;
        LocalDate birthDate = null;
        String gender = null;
        if (r.idType() == null || !IdNumbers.TYPES.contains(r.idType())) {
            violations.add(new Violation("idType", "field.id-type.unknown", String.join("、", IdNumbers.TYPES)));
        } else {
            IdNumbers.Result result = IdNumbers.check(r.idType(), r.idNumber(), today);
            if (!result.valid()) {
                violations.add(new Violation("idNumber", result.problem().messageKey()));
            } else {
                id = result.checked();
            }
            if (r.gender() != null && !GENDERS.contains(r.gender())) {
                violations.add(new Violation("gender", "field.gender.unknown"));
            }
            if (IdNumbers.isGb11643(r.idType())) {
                if (id != null) {
                    birthDate = id.birthDate();
                    gender = id.gender();
                    if (r.birthDate() != null && !r.birthDate().equals(birthDate)) {
                        violations.add(new Violation("birthDate", "field.birth-date.mismatch"));
                    }
                    if (r.gender() != null
                            && GENDERS.contains(r.gender())
                            && !r.gender().equals(gender)) {
                        violations.add(new Violation("gender", "field.gender.mismatch"));
                    }
                    if (VolunteerFacts.ageOn(birthDate, today) < VolunteerFacts.MINIMUM_AGE) {
                        violations.add(new Violation("idNumber", "field.age.under-14"));
                    }
                }
            } else {
                gender = r.gender() != null && GENDERS.contains(r.gender()) ? r.gender() : null;
                if (r.birthDate() == null) {
                    violations.add(new Violation("birthDate", "field.birth-date.required"));
                } else if (r.birthDate().isAfter(today) || r.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
                    violations.add(new Violation("birthDate", "field.birth-date.invalid"));
                } else {
                    birthDate = r.birthDate();
                    if (VolunteerFacts.ageOn(birthDate, today) < VolunteerFacts.MINIMUM_AGE) {
                        violations.add(new Violation("birthDate", "field.age.under-14"));
                    }
                }
            }
        }
        String mobile = mobile(r.mobile(), "mobile", violations);
        Lists lists = lists(r.skills(), r.regionCodes(), r.availability(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long accountId = actor.accountId();
        if (volunteers.existsById(accountId)) {
            throw new ConflictException("error.volunteer.profile-exists");
        }
        byte[] hash = cipher.hash(id.type(), id.number());
        if (volunteers.existsByIdNumberHash(hash)) {
            throw new IdNumberTakenException();
        }
        IdNumberCipher.Sealed sealed = cipher.seal(accountId, id.number());
        Volunteer saved = saveUnique(new Volunteer(
                accountId,
                name,
                id.type(),
                sealed.bytes(),
                sealed.keyId(),
                hash,
                id.masked(),
                birthDate,
                gender,
                mobile,
                1,
                null,
                null));
        replaceLists(accountId, lists);
        accounts.grantVolunteerRole(accountId);
        int age = VolunteerFacts.ageOn(birthDate, today);
        audit.record(
                accountId,
                "volunteer.registered",
                OBJECT_TYPE,
                accountId,
                "ID type " + id.type() + "; " + (age < VolunteerFacts.ADULT_AGE ? "minor (14-17)" : "adult")
                        + "; role volunteer granted");
        LOG.info("Volunteer {} registered ({} {})", accountId, id.type(), id.masked());
        return profile(saved);
    }

    /** Changes mobile, skills, regions and availability of the given version (409 when it is outdated). */
    @Transactional
    public VolunteerProfile update(Actor actor, VolunteerRequests.Update r) {
        List<Violation> violations = new ArrayList<>();
        String mobile = mobile(r.mobile(), "mobile", violations);
        Lists lists = lists(r.skills(), r.regionCodes(), r.availability(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long accountId = actor.accountId();
        Volunteer current = volunteers
                .findByIdForUpdate(accountId)
                .orElseThrow(() -> new NotFoundException("resource.volunteer-profile", accountId));
        if (volunteers.updateMobile(accountId, mobile, r.version()) == 0) {
            throw new ConflictException("error.volunteer.version-conflict");
        }
        replaceLists(accountId, lists);
        List<String> changed = new ArrayList<>();
        if (!mobile.equals(current.mobile())) {
            changed.add("mobile");
        }
        changed.add("skills " + lists.skills().size());
        changed.add("regions " + lists.regions().size());
        changed.add("availability " + lists.slots().size());
        audit.record(accountId, "volunteer.updated", OBJECT_TYPE, accountId, String.join("; ", changed));
        return profile(volunteers.findById(accountId).orElseThrow());
    }

    /**
     * Records a guardian's consent for the caller, a volunteer aged 14–17 (409 for an adult). A new consent is a new
     * row; the newest counts.
     */
    @Transactional
    public VolunteerProfile recordConsent(Actor actor, VolunteerRequests.GuardianConsentRequest r) {
        List<Violation> violations = new ArrayList<>();
        String guardianName = r.guardianName() == null ? "" : r.guardianName().strip();
        if (!Text.validSingleLine(guardianName)) {
            violations.add(new Violation("guardianName", "field.text.control-characters"));
        } else if (guardianName.isEmpty() || guardianName.length() > 100) {
            violations.add(new Violation("guardianName", "field.volunteer-name.invalid"));
        }
        if (r.relation() == null || !RELATIONS.contains(r.relation())) {
            violations.add(new Violation("relation", "field.relation.unknown", String.join("、", RELATIONS)));
        }
        String phone = mobile(r.guardianPhone(), "guardianPhone", violations);
        if (!Boolean.TRUE.equals(r.confirmed())) {
            violations.add(new Violation("confirmed", "field.consent.confirmed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long accountId = actor.accountId();
        Volunteer v = volunteers
                .findByIdForUpdate(accountId)
                .orElseThrow(() -> new NotFoundException("resource.volunteer-profile", accountId));
        if (VolunteerFacts.ageOn(v.birthDate(), LocalDate.now(ZONE)) >= VolunteerFacts.ADULT_AGE) {
            throw new ConflictException("error.volunteer.not-a-minor");
        }
        consents.save(new GuardianConsent(null, accountId, guardianName, r.relation(), phone, null, accountId));
        audit.record(accountId, "volunteer.guardian-consent", OBJECT_TYPE, accountId, "relation " + r.relation());
        return profile(v);
    }

    // ---- helpers

    /** Skills, regions and availability slots, checked and without repeats. */
    record Lists(List<String> skills, List<String> regions, List<String> slots) {}

    private Lists lists(
            @Nullable List<String> skillCodes,
            @Nullable List<String> regionCodes,
            @Nullable List<String> slots,
            List<Violation> violations) {
        List<String> s = VolunteerRequests.orEmpty(skillCodes);
        List<String> r = VolunteerRequests.orEmpty(regionCodes);
        List<String> a = VolunteerRequests.orEmpty(slots);
        checkCodes(violations, "skills", s, c -> taxonomies.exists(Kind.SKILL, c), "field.skill.unknown");
        checkCodes(violations, "regionCodes", r, regionService::exists, "field.region.unknown");
        checkCodes(violations, "availability", a, SLOTS::contains, "field.availability.unknown");
        return new Lists(distinct(s), distinct(r), distinct(a));
    }

    private void replaceLists(long accountId, Lists lists) {
        skills.deleteByAccount(accountId);
        regions.deleteByAccount(accountId);
        availability.deleteByAccount(accountId);
        if (!lists.skills().isEmpty()) {
            skills.saveAll(lists.skills().stream()
                    .map(c -> new VolunteerSkill(accountId, c))
                    .toList());
        }
        if (!lists.regions().isEmpty()) {
            regions.saveAll(lists.regions().stream()
                    .map(c -> new VolunteerRegion(accountId, c))
                    .toList());
        }
        if (!lists.slots().isEmpty()) {
            availability.saveAll(lists.slots().stream()
                    .map(c -> new VolunteerAvailability(accountId, c))
                    .toList());
        }
    }

    private static String mobile(@Nullable String raw, String field, List<Violation> violations) {
        String mobile = Identifiers.phone(raw).orElse(null);
        if (mobile == null) {
            violations.add(new Violation(field, "field.mobile.invalid"));
            return "";
        }
        return mobile;
    }

    private static void checkCodes(
            List<Violation> violations, String field, List<String> codes, Predicate<String> known, String key) {
        var seen = new LinkedHashSet<String>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !known.test(code)) {
                violations.add(new Violation(field + "[" + i + "]", key, code));
            } else if (!seen.add(code)) {
                violations.add(new Violation(field + "[" + i + "]", "field.duplicate", code));
            }
        }
    }

    /** Skill codes in the taxonomy's display order (service skills, then languages). */
    private List<String> inTaxonomyOrder(List<String> codes) {
        List<String> order = taxonomies.skills().stream()
                .map(org.qianshou.taxonomy.Skill::code)
                .toList();
        return codes.stream()
                .sorted(java.util.Comparator.comparingInt(order::indexOf))
                .toList();
    }

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }

    /** Saves, turning a lost race for the account or the ID number (unique violations) into 409. */
    private Volunteer saveUnique(Volunteer volunteer) {
        try {
            return volunteers.save(volunteer);
        } catch (DataAccessException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    String message = String.valueOf(sql.getMessage());
                    if (message.contains("id_number_hash")) {
                        throw new IdNumberTakenException();
                    }
                    throw new ConflictException("error.volunteer.profile-exists");
                }
            }
            throw e;
        }
    }

    private VolunteerProfile profile(Volunteer v) {
        long id = v.accountId();
        List<Long> ids = List.of(id);
        Map<Long, GuardianConsent> newest = new HashMap<>();
        consents.newest(ids).forEach(c -> newest.put(c.accountId(), c));
        GuardianConsent consent = newest.get(id);
        VolunteerFacts facts = Volunteers.of(v, consent == null ? null : consent.recordedAt());
        LocalDate today = LocalDate.now(ZONE);
        boolean minor = facts.minorOn(today);
        Instant at = consent == null ? null : consent.recordedAt();
        return new VolunteerProfile(
                v.name(),
                v.idType(),
                v.idNumberMasked(),
                v.birthDate(),
                facts.ageOn(today),
                v.gender(),
                v.mobile(),
                inTaxonomyOrder(skills.findByAccounts(ids).stream()
                        .map(VolunteerSkill::code)
                        .toList()),
                regions.findByAccounts(ids).stream().map(VolunteerRegion::code).toList(),
                availability.findByAccounts(ids).stream()
                        .map(VolunteerAvailability::code)
                        .sorted((a, b) -> Integer.compare(SLOTS.indexOf(a), SLOTS.indexOf(b)))
                        .toList(),
                minor,
                minor && consent == null,
                consent == null
                        ? null
                        : new VolunteerProfile.Consent(
                                consent.guardianName(),
                                consent.relation(),
                                Identifiers.maskPhone(consent.guardianPhone()),
                                at.atZone(ZONE).toOffsetDateTime()),
                facts.complete(),
                facts.mayServeOn(today),
                v.version());
    }
}

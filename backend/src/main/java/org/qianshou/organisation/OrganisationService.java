package org.qianshou.organisation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.qianshou.audit.AuditLog;
import org.qianshou.region.RegionService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.Text;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;
import org.qianshou.system.security.Identifiers;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * Organisations: registration by an account (which becomes the owner), changes by members,
 * submission for verification, administrators' decisions, and what the search index needs.
 * Every state change writes the audit log, and (when a verified organisation is involved) the search
 * outbox, in its own transaction.
 */
@Singleton
public class OrganisationService {

    /** The outbox's aggregate type for organisations. */
    public static final String AGGREGATE = "organisation";

    static final String OBJECT_TYPE = "organisation";

    /** The refusal type when an administrator would decide on an organisation they belong to. */
    public static final String OWN_ORGANISATION = "own-organisation";

    private static final int MAX_PAGE = 10_000;
    private static final int MAX_SIZE = 100;

    private final OrganisationRepository repository;
    private final DocumentRepository documents;
    private final Memberships memberships;
    private final Associations associations;
    private final AccessPolicy access;
    private final RegionService regions;
    private final TaxonomyService taxonomies;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Validator validator;
    private final OrganisationLimits limits;
    private final ApplicationEventPublisher<OrganisationPublicFactsChanged> events;

    OrganisationService(
            OrganisationRepository repository,
            DocumentRepository documents,
            Memberships memberships,
            Associations associations,
            AccessPolicy access,
            RegionService regions,
            TaxonomyService taxonomies,
            AuditLog audit,
            Outbox outbox,
            Validator validator,
            OrganisationLimits limits,
            ApplicationEventPublisher<OrganisationPublicFactsChanged> events) {
        this.repository = repository;
        this.documents = documents;
        this.memberships = memberships;
        this.associations = associations;
        this.access = access;
        this.regions = regions;
        this.taxonomies = taxonomies;
        this.audit = audit;
        this.outbox = outbox;
        this.validator = validator;
        this.limits = limits;
        this.events = events;
    }

    // ---- registration and changes by members ----

    /** Registers an organisation in {@code draft}; the actor becomes its owner. */
    @Transactional
    public OrganisationDetail create(Actor actor, @Valid OrganisationRequest request) {
        Valid_ v = validate(request, null);
        if (memberships.countOwned(actor.accountId()) >= limits.maxOwnedPerAccount()) {
            throw new ConflictException("error.organisation.quota", limits.maxOwnedPerAccount());
        }
        Organisation saved = saveUnique(() -> repository.save(new Organisation(
                null,
                v.name,
                request.kind(),
                request.subtype(),
                v.creditCode,
                v.legalRepresentative,
                request.registeredRegionCode(),
                v.address,
                v.description,
                v.contactPhone,
                v.contactEmail,
                v.assistant,
                v.intermediate,
                v.senior,
                Organisation.DRAFT,
                null,
                null,
                null,
                null,
                false,
                1,
                null,
                null)));
        memberships.add(saved.id(), actor.accountId(), Memberships.OWNER);
        associations.replace(saved.id(), v.codes);
        audit.record(actor.accountId(), "organisation.created", OBJECT_TYPE, saved.id(), saved.name());
        return full(saved, Memberships.OWNER);
    }

    /**
     * Changes an organisation (any member). Changing an identity field of a verified organisation (name, credit
     * code, legal representative, kind, subtype or registered region) sends it back to {@code submitted} for
     * another check; its projects leave public view until it is verified again.
     */
    @Transactional
    public OrganisationDetail update(Actor actor, long id, OrganisationRequest request) {
        String role = access.requireMember(actor, id);
        Set<ConstraintViolation<OrganisationRequest>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        Organisation current = loadForUpdate(id);
        Valid_ v = validate(request, id);
        boolean identityChanged = !v.name.equals(current.name())
                || !Objects.equals(v.creditCode, current.creditCode())
                || !Objects.equals(v.legalRepresentative, current.legalRepresentative())
                || !request.kind().equals(current.kind())
                || !request.subtype().equals(current.subtype())
                || !request.registeredRegionCode().equals(current.registeredRegionCode());
        boolean resubmit = current.isVerified() && identityChanged;
        Instant now = Instant.now();
        Organisation changed = new Organisation(
                id,
                v.name,
                request.kind(),
                request.subtype(),
                v.creditCode,
                v.legalRepresentative,
                request.registeredRegionCode(),
                v.address,
                v.description,
                v.contactPhone,
                v.contactEmail,
                v.assistant,
                v.intermediate,
                v.senior,
                resubmit ? Organisation.SUBMITTED : current.status(),
                resubmit ? null : current.statusReason(),
                resubmit ? now : current.submittedAt(),
                current.decidedAt(),
                current.decidedBy(),
                current.demo(),
                current.version() + 1,
                current.createdAt(),
                null);
        Organisation saved = saveUnique(() -> repository.update(changed));
        associations.replace(id, v.codes);
        audit.record(actor.accountId(), "organisation.updated", OBJECT_TYPE, id, null);
        if (resubmit) {
            audit.record(
                    actor.accountId(),
                    "organisation.submitted",
                    OBJECT_TYPE,
                    id,
                    "identity changed while verified (name, credit code, legal representative, kind, subtype or"
                            + " registered region)");
        }
        if (current.isVerified()) {
            outbox.enqueue(AGGREGATE, id);
            announceProjects(id);
        }
        return full(saved, role);
    }

    /** The owner asks for verification; at least one document must be uploaded. */
    @Transactional
    public OrganisationDetail submit(Actor actor, long id) {
        access.requireOwner(actor, id);
        Organisation current = loadForUpdate(id);
        if (!Organisation.DRAFT.equals(current.status()) && !Organisation.REJECTED.equals(current.status())) {
            throw new ConflictException("error.organisation.cannot-submit." + current.status());
        }
        if (documents.countByOrganisationId(id) == 0) {
            throw InvalidInputException.of("documents", "field.documents.required");
        }
        requireCreditCodeFree(current.creditCode(), id);
        Organisation saved = saveUnique(
                () -> repository.update(current.withStatus(Organisation.SUBMITTED, null, Instant.now(), null, null)));
        audit.record(actor.accountId(), "organisation.submitted", OBJECT_TYPE, id, null);
        return full(saved, Memberships.OWNER);
    }

    // ---- reading ----

    /** The organisations the actor belongs to, with its role in each. */
    @ReadOnly
    public List<OrganisationSummary> mine(Actor actor) {
        Map<Long, String> roles = memberships.rolesOf(actor.accountId());
        List<OrganisationSummary> result = new ArrayList<>();
        for (var entry : roles.entrySet()) {
            repository.findById(entry.getKey()).ifPresent(o -> result.add(OrganisationSummary.of(o, entry.getValue())));
        }
        return result;
    }

    /**
     * One organisation as the actor may see it: everything for members and administrators, the
     * public view of a verified organisation for anyone else, and 404 otherwise.
     */
    @ReadOnly
    public OrganisationDetail view(@Nullable Actor actor, long id) {
        Organisation o = load(id);
        Optional<String> role = actor == null ? Optional.empty() : memberships.roleOf(id, actor.accountId());
        if (role.isPresent() || (actor != null && actor.isAdmin())) {
            return full(o, role.orElse(null));
        }
        if (o.isVerified()) {
            return publicView(o);
        }
        throw new NotFoundException("resource.organisation", id);
    }

    @ReadOnly
    public Optional<Organisation> find(long id) {
        return repository.findById(id);
    }

    /** The organisation's status, or empty when it does not exist. */
    @ReadOnly
    public Optional<String> status(long id) {
        return repository.findById(id).map(Organisation::status);
    }

    // ---- administrators ----

    /** A page of the administrators' queue: organisations in one status, oldest submission first. */
    @ReadOnly
    public Page<OrganisationSummary> queue(@Nullable String status, @Nullable Integer page, @Nullable Integer size) {
        String s = status == null || status.isBlank() ? Organisation.SUBMITTED : status;
        int p = page == null ? 0 : page;
        int n = size == null ? 20 : size;
        List<Violation> violations = new ArrayList<>();
        if (!Organisation.STATUSES.contains(s)) {
            violations.add(new Violation("status", "field.organisation-status.unknown", s));
        }
        if (p < 0 || p > MAX_PAGE) {
            violations.add(new Violation("page", "field.page.range", MAX_PAGE));
        }
        if (n < 1 || n > MAX_SIZE) {
            violations.add(new Violation("size", "field.size.range", MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<OrganisationSummary> items = repository.queue(s, n, (long) p * n).stream()
                .map(o -> OrganisationSummary.of(o, null))
                .toList();
        return new Page<>(items, repository.countByStatus(s), p, n);
    }

    /** An administrator's decision: verify, reject (reason), suspend (reason) or reinstate. */
    @Transactional
    public OrganisationDetail decide(Actor admin, long id, @Valid DecisionRequest request) {
        Organisation current = loadForUpdate(id);
        if (memberships.roleOf(id, admin.accountId()).isPresent()) {
            // Nobody decides on their own organisation: another administrator must.
            throw new ForbiddenException(OWN_ORGANISATION, "error.organisation.own-decision");
        }
        String reason = request.reason() == null ? null : request.reason().strip();
        if (!Text.validSingleLine(reason)) {
            throw InvalidInputException.of("reason", "field.text.control-characters");
        }
        String from = current.status();
        String to;
        String action;
        switch (request.decision()) {
            case "verify" -> {
                to = Organisation.VERIFIED;
                action = "organisation.verified";
                requireStatus(current, request.decision(), Organisation.SUBMITTED);
            }
            case "reject" -> {
                to = Organisation.REJECTED;
                action = "organisation.rejected";
                requireStatus(current, request.decision(), Organisation.SUBMITTED);
            }
            case "suspend" -> {
                to = Organisation.SUSPENDED;
                action = "organisation.suspended";
                requireStatus(current, request.decision(), Organisation.VERIFIED);
            }
            case "reinstate" -> {
                to = Organisation.VERIFIED;
                action = "organisation.reinstated";
                requireStatus(current, request.decision(), Organisation.SUSPENDED);
            }
            default -> throw InvalidInputException.of("decision", "field.decision.unknown", request.decision());
        }
        boolean needsReason = Organisation.REJECTED.equals(to) || Organisation.SUSPENDED.equals(to);
        if (needsReason && (reason == null || reason.isEmpty())) {
            throw InvalidInputException.of("reason", "field.reason.required");
        }
        if (Organisation.VERIFIED.equals(to)) {
            // The partial unique index already keeps a code to one holder; this says so in words.
            requireCreditCodeFree(current.creditCode(), id);
        }
        Organisation saved = saveUnique(() -> repository.update(current.withStatus(
                to, needsReason ? reason : null, current.submittedAt(), Instant.now(), admin.accountId())));
        audit.record(admin.accountId(), action, OBJECT_TYPE, id, needsReason ? reason : null);
        if (Organisation.VERIFIED.equals(from) || Organisation.VERIFIED.equals(to)) {
            outbox.enqueue(AGGREGATE, id);
            announceProjects(id);
        }
        return full(saved, memberships.roleOf(id, admin.accountId()).orElse(null));
    }

    /** Creates a verified organisation without members (an administrator's seed, used by tests and imports). */
    @Transactional
    public OrganisationDetail createVerified(@Nullable Actor admin, @Valid OrganisationSeed seed) {
        Organisation saved = saveSeed(seed, false);
        audit.record(admin == null ? null : admin.accountId(), "organisation.created", OBJECT_TYPE, saved.id(), null);
        return full(saved, null);
    }

    /** Creates a generated demo organisation, verified and flagged as demo wherever it is shown. */
    @Transactional
    public OrganisationSummary createDemo(@Valid OrganisationSeed seed) {
        return OrganisationSummary.of(saveSeed(seed, true), null);
    }

    private Organisation saveSeed(OrganisationSeed seed, boolean demo) {
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
        Organisation saved = repository.save(new Organisation(
                null,
                seed.name().strip(),
                seed.kind(),
                Organisation.SUBTYPES.get(seed.kind()).get(0),
                null,
                null,
                seed.regionCode(),
                "",
                seed.description() == null ? "" : seed.description().strip(),
                null,
                null,
                0,
                0,
                0,
                Organisation.VERIFIED,
                null,
                null,
                Instant.now(),
                null,
                demo,
                1,
                null,
                null));
        outbox.enqueue(AGGREGATE, saved.id());
        return saved;
    }

    // ---- search index ----

    /**
     * What the search index holds of the given organisations; ids that are not (or no longer)
     * verified are left out, so the caller deletes them from the index.
     */
    @ReadOnly
    public List<OrganisationIndexRow> indexRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Organisation> verified = repository.findVerified(ids);
        Map<Long, Associations.Codes> codes =
                associations.of(verified.stream().map(Organisation::id).toList());
        return verified.stream()
                .map(o -> {
                    Associations.Codes c = codes.getOrDefault(o.id(), Associations.Codes.NONE);
                    return new OrganisationIndexRow(
                            o.id(),
                            o.version(),
                            o.name(),
                            o.kind(),
                            o.subtype(),
                            o.registeredRegionCode(),
                            c.serviceRegions(),
                            c.targetGroups(),
                            c.serviceCategories(),
                            o.description());
                })
                .toList();
    }

    /** Ids of verified organisations after {@code afterId}, in order (for rebuilding the index in pages). */
    @ReadOnly
    public List<Long> verifiedIdsAfter(long afterId, int limit) {
        return repository.verifiedIdsAfter(afterId, limit);
    }

    // ---- helpers ----

    /**
     * The organisation's projects are shown publicly only while it is verified, under its name: tell
     * the project index when either changes.
     */
    private void announceProjects(long id) {
        events.publishEvent(new OrganisationPublicFactsChanged(id));
    }

    private Organisation loadForUpdate(long id) {
        return repository.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }

    private Organisation load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }

    private static void requireStatus(Organisation o, String decision, String expected) {
        if (!expected.equals(o.status())) {
            throw new ConflictException("error.organisation.decision-not-allowed." + o.status(), decision);
        }
    }

    /**
     * Refuses (409 naming {@code creditCode}) when another organisation holds the code: one that is submitted,
     * verified or suspended. Drafts and rejected registrations hold nothing, so they cannot squat a code.
     */
    private void requireCreditCodeFree(@Nullable String creditCode, @Nullable Long id) {
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
    private Organisation saveUnique(java.util.function.Supplier<Organisation> save) {
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

    OrganisationDetail full(Organisation o, @Nullable String role) {
        Associations.Codes c = associations.of(o.id());
        boolean refused = Organisation.REJECTED.equals(o.status()) || Organisation.SUSPENDED.equals(o.status());
        return new OrganisationDetail(
                o.id(),
                o.name(),
                o.kind(),
                o.subtype(),
                o.creditCode(),
                o.legalRepresentative(),
                region(o.registeredRegionCode()),
                o.registeredRegionCode(),
                o.address(),
                c.serviceRegions().stream().map(this::region).toList(),
                c.serviceRegions(),
                c.targetGroups(),
                c.serviceCategories(),
                o.description(),
                o.contactPhone(),
                o.contactEmail(),
                workers(o),
                o.demo(),
                true,
                o.status(),
                Organisation.REJECTED.equals(o.status()) ? o.statusReason() : null,
                refused ? o.statusReason() : null,
                o.submittedAt(),
                o.decidedAt(),
                memberships.count(o.id()),
                documents.countByOrganisationId(o.id()),
                role,
                o.version(),
                o.createdAt(),
                o.updatedAt());
    }

    private OrganisationDetail publicView(Organisation o) {
        Associations.Codes c = associations.of(o.id());
        return new OrganisationDetail(
                o.id(),
                o.name(),
                o.kind(),
                o.subtype(),
                o.creditCode(),
                o.legalRepresentative(),
                region(o.registeredRegionCode()),
                o.registeredRegionCode(),
                o.address(),
                c.serviceRegions().stream().map(this::region).toList(),
                c.serviceRegions(),
                c.targetGroups(),
                c.serviceCategories(),
                o.description(),
                o.contactPhone(),
                o.contactEmail(),
                workers(o),
                o.demo(),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static OrganisationRequest.SocialWorkers workers(Organisation o) {
        return new OrganisationRequest.SocialWorkers(
                o.socialWorkersAssistant(), o.socialWorkersIntermediate(), o.socialWorkersSenior());
    }

    private OrganisationDetail.RegionRef region(String code) {
        return new OrganisationDetail.RegionRef(
                code, regions.find(code).map(r -> r.name()).orElse(code));
    }

    /** A request that passed every check, normalised. */
    private record Valid_(
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

    /** Checks every field and reference; reports all problems at once, each naming its field. */
    private Valid_ validate(OrganisationRequest r, @Nullable Long id) {
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
        return new Valid_(
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

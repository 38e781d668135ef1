package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Verification: the administrators' queue and decisions (verify, reject, suspend, reinstate), and organisations
 * the platform creates verified (administrators' seeds, demo data). Nobody decides on an organisation they belong
 * to.
 */
@Singleton
public class OrganisationVerification {

    /** The refusal type when an administrator would decide on an organisation they belong to. */
    public static final String OWN_ORGANISATION = "own-organisation";

    private static final int MAX_PAGE = 10_000;
    private static final int MAX_SIZE = 100;

    private final OrganisationRepository repository;
    private final MembershipRepository memberships;
    private final OrganisationValidation validation;
    private final OrganisationService views;
    private final OrganisationAnnouncements announcements;
    private final AuditLog audit;

    OrganisationVerification(
            OrganisationRepository repository,
            MembershipRepository memberships,
            OrganisationValidation validation,
            OrganisationService views,
            OrganisationAnnouncements announcements,
            AuditLog audit) {
        this.repository = repository;
        this.memberships = memberships;
        this.validation = validation;
        this.views = views;
        this.announcements = announcements;
        this.audit = audit;
    }

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
            validation.requireCreditCodeFree(current.creditCode(), id);
        }
        Organisation saved = OrganisationValidation.saveUnique(() -> repository.update(current.withStatus(
                to, needsReason ? reason : null, current.submittedAt(), Instant.now(), admin.accountId())));
        audit.record(admin.accountId(), action, OrganisationService.OBJECT_TYPE, id, needsReason ? reason : null);
        if (Organisation.VERIFIED.equals(from) || Organisation.VERIFIED.equals(to)) {
            announcements.changed(id);
        }
        return views.full(saved, memberships.roleOf(id, admin.accountId()).orElse(null));
    }

    /** Creates a verified organisation without members (an administrator's seed, used by tests and imports). */
    @Transactional
    public OrganisationDetail createVerified(@Nullable Actor admin, @Valid OrganisationSeed seed) {
        Organisation saved = saveSeed(seed, false);
        audit.record(
                admin == null ? null : admin.accountId(),
                "organisation.created",
                OrganisationService.OBJECT_TYPE,
                saved.id(),
                null);
        return views.full(saved, null);
    }

    /** Creates a generated demo organisation, verified and flagged as demo wherever it is shown. */
    @Transactional
    public OrganisationSummary createDemo(@Valid OrganisationSeed seed) {
        return OrganisationSummary.of(saveSeed(seed, true), null);
    }

    private Organisation saveSeed(OrganisationSeed seed, boolean demo) {
        validation.checkSeed(seed);
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
                null,
                null));
        announcements.created(saved.id());
        return saved;
    }

    private Organisation loadForUpdate(long id) {
        return repository.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }

    private static void requireStatus(Organisation o, String decision, String expected) {
        if (!expected.equals(o.status())) {
            throw new ConflictException("error.organisation.decision-not-allowed." + o.status(), decision);
        }
    }
}

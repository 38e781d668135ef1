package org.qianshou.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Objects;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;

/**
 * Registration: an account registers an organisation (and becomes its owner), members change it, the owner submits
 * it for verification. Every change writes the audit log, and (when a verified organisation changes) the search
 * outbox, in its own transaction.
 */
@Singleton
public class OrganisationRegistration {

    private final OrganisationRepository repository;
    private final DocumentRepository documents;
    private final MembershipRepository memberships;
    private final Associations associations;
    private final AccessPolicy access;
    private final OrganisationValidation validation;
    private final OrganisationService views;
    private final OrganisationAnnouncements announcements;
    private final AuditLog audit;
    private final OrganisationLimits limits;

    @SuppressWarnings("checkstyle:ParameterNumber")
    OrganisationRegistration(
            OrganisationRepository repository,
            DocumentRepository documents,
            MembershipRepository memberships,
            Associations associations,
            AccessPolicy access,
            OrganisationValidation validation,
            OrganisationService views,
            OrganisationAnnouncements announcements,
            AuditLog audit,
            OrganisationLimits limits) {
        this.repository = repository;
        this.documents = documents;
        this.memberships = memberships;
        this.associations = associations;
        this.access = access;
        this.validation = validation;
        this.views = views;
        this.announcements = announcements;
        this.audit = audit;
        this.limits = limits;
    }

    /** Registers an organisation in {@code draft}; the actor becomes its owner. */
    @Transactional
    public OrganisationDetail create(Actor actor, @Valid OrganisationRequest request) {
        OrganisationValidation.Checked v = validation.check(request, null);
        memberships.lockOwnedCount(actor.accountId());
        if (memberships.countOwned(actor.accountId()) >= limits.maxOwnedPerAccount()) {
            throw new ConflictException("error.organisation.quota", limits.maxOwnedPerAccount());
        }
        Organisation saved = OrganisationValidation.saveUnique(() -> repository.save(Organisation.draft(v, request)));
        memberships.add(saved.id(), actor.accountId(), MembershipRepository.OWNER);
        associations.replace(saved.id(), v.codes());
        audit.record(
                actor.accountId(), "organisation.created", OrganisationService.OBJECT_TYPE, saved.id(), saved.name());
        return views.full(saved, MembershipRepository.OWNER);
    }

    /**
     * Changes an organisation (any member). Changing an identity field of a verified organisation (name, credit
     * code, legal representative, kind, subtype or registered region) sends it back to {@code submitted} for
     * another check; its projects leave public view until it is verified again. A suspended organisation cannot
     * change an identity field (409): reinstatement makes it verified again without another check.
     */
    @Transactional
    public OrganisationDetail update(Actor actor, long id, OrganisationRequest request) {
        String role = access.requireMember(actor, id);
        validation.checkConstraints(request);
        Organisation current = loadForUpdate(id);
        OrganisationValidation.Checked v = validation.check(request, id);
        boolean identityChanged = !v.name().equals(current.name())
                || !Objects.equals(v.creditCode(), current.creditCode())
                || !Objects.equals(v.legalRepresentative(), current.legalRepresentative())
                || !request.kind().equals(current.kind())
                || !request.subtype().equals(current.subtype())
                || !request.registeredRegionCode().equals(current.registeredRegionCode());
        if (identityChanged && Organisation.SUSPENDED.equals(current.status())) {
            // Reinstatement verifies the organisation again without a new check, so its identity stays as checked.
            throw new ConflictException("error.organisation.identity-suspended");
        }
        boolean resubmit = current.isVerified() && identityChanged;
        Instant now = Instant.now();
        Organisation changed = current.withProfile(
                Organisation.draft(v, request),
                resubmit ? Organisation.SUBMITTED : current.status(),
                resubmit ? null : current.statusReason(),
                resubmit ? now : current.submittedAt());
        Organisation saved = OrganisationValidation.saveUnique(() -> repository.update(changed));
        associations.replace(id, v.codes());
        audit.record(actor.accountId(), "organisation.updated", OrganisationService.OBJECT_TYPE, id, null);
        if (resubmit) {
            audit.record(
                    actor.accountId(),
                    "organisation.submitted",
                    OrganisationService.OBJECT_TYPE,
                    id,
                    "identity changed while verified (name, credit code, legal representative, kind, subtype or"
                            + " registered region)");
        }
        if (current.isVerified()) {
            announcements.changed(id);
        }
        return views.full(saved, role);
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
        validation.requireCreditCodeFree(current.creditCode(), id);
        Organisation saved = OrganisationValidation.saveUnique(
                () -> repository.update(current.withStatus(Organisation.SUBMITTED, null, Instant.now(), null, null)));
        audit.record(actor.accountId(), "organisation.submitted", OrganisationService.OBJECT_TYPE, id, null);
        return views.full(saved, MembershipRepository.OWNER);
    }

    private Organisation loadForUpdate(long id) {
        return repository.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }
}

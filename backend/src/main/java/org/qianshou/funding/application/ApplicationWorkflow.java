package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.application.ApplicationViews.ApplicationDetail;
import org.qianshou.funding.application.ApplicationViews.ApplicationSummary;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.attachment.Attachments;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.Calls;
import org.qianshou.funding.call.Eligibility;
import org.qianshou.funding.call.EligibilityCheck;
import org.qianshou.funding.call.EligibilityVerdict;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.DocumentService;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Applications as the agency's members write them: a draft for a call, autosaves (each a new version, guarded by the
 * version it was based on, every version kept as a revision), attachments, submission (required sections, eligibility,
 * the close time on the server clock, the call's maximum) and withdrawal. Writes need a member of a verified agency
 * ({@link AccessPolicy#requireCanPublish}); every state change is audited.
 */
@Singleton
public class ApplicationWorkflow {

    /** Organisations that apply for funding; a university only where the call's subtypes name it. */
    static final Set<String> APPLICANT_KINDS = Set.of("agency", "university");

    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_REASON = 2000;

    private final ApplicationRepository applications;
    private final BudgetLineRepository budgetLines;
    private final IndicatorRepository indicators;
    private final Attachments files;
    private final Attachments.Owner attachments;
    private final Revisions revisions;
    private final RevisionRepository revisionRows;
    private final Views views;
    private final ApplicationValidation validation;
    private final Calls calls;
    private final Eligibility eligibility;
    private final AccessPolicy access;
    private final OrganisationService organisations;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ApplicationWorkflow(
            ApplicationRepository applications,
            BudgetLineRepository budgetLines,
            IndicatorRepository indicators,
            AttachmentRepository attachments,
            Attachments files,
            Revisions revisions,
            RevisionRepository revisionRows,
            Views views,
            ApplicationValidation validation,
            Calls calls,
            Eligibility eligibility,
            AccessPolicy access,
            OrganisationService organisations,
            AuditLog audit) {
        this.applications = applications;
        this.budgetLines = budgetLines;
        this.indicators = indicators;
        this.files = files;
        this.attachments = new Attachments.Owner(
                attachments,
                MAX_ATTACHMENTS,
                "error.application.attachment-quota",
                Views.OBJECT_TYPE,
                "funding.application");
        this.revisions = revisions;
        this.revisionRows = revisionRows;
        this.views = views;
        this.validation = validation;
        this.calls = calls;
        this.eligibility = eligibility;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** Refuses (403/404) anyone who may not write the organisation's applications, before the body is looked at. */
    @ReadOnly
    public void requireCanWrite(Actor actor, long organisationId) {
        access.requireCanPublish(actor, organisationId);
    }

    /**
     * A new draft for a call that takes submissions now (a concept note in a two-stage call). Eligibility is not needed
     * to start; one live application per organisation and call (409 carrying the existing one's id).
     */
    @Transactional
    public ApplicationDetail start(Actor actor, long organisationId, ApplicationRequests.Start request) {
        access.requireCanPublish(actor, organisationId);
        Organisation organisation = organisations.find(organisationId).orElseThrow();
        if (!APPLICANT_KINDS.contains(organisation.kind())) {
            throw new ForbiddenException("not-an-applicant", "error.application.not-an-applicant");
        }
        if (request.callId() == null) {
            throw InvalidInputException.of("callId", "error.required");
        }
        CallFacts call = calls.facts(request.callId())
                .filter(c -> !"draft".equals(c.status()))
                .orElseThrow(
                        () -> InvalidInputException.of("callId", "field.application.call-unknown", request.callId()));
        String stage = call.twoStage() ? Calls.CONCEPT : Calls.FULL;
        if (!calls.acceptsSubmissions(call, stage, Instant.now())) {
            throw ConflictException.onField("callId", "error.application.call-not-open");
        }
        applications.findLive(call.id(), organisationId).ifPresent(existing -> {
            throw new ApplicationExistsException(existing.id());
        });
        ApplicationEntity saved =
                applications.save(ApplicationEntity.draft(call.id(), organisationId, stage, actor.accountId()));
        revisions.append(saved, Revisions.CREATED, actor.accountId());
        audit.record(
                actor.accountId(), "funding.application.created", Views.OBJECT_TYPE, saved.id(), "call " + call.id());
        return views.detail(saved, call);
    }

    /**
     * An autosave of a draft based on {@code version}: checked against the call (400 naming each field, nothing
     * written), totals computed, the budget lines and indicators replaced, a new version and its revision written.
     * 409 naming {@code version} (with the current one) when another save came first, 409 when the application is no
     * longer a draft.
     */
    @Transactional
    public ApplicationDetail save(Actor actor, long organisationId, long id, ApplicationRequests.Save request) {
        access.requireCanPublish(actor, organisationId);
        ApplicationEntity current = own(organisationId, id);
        requireVersion(current, request.version());
        requireDraft(current);
        CallFacts call = views.call(current.callId());
        ApplicationContentDraft content = validation.check(call, organisationId, request);
        ApplicationEntity updated = update(current.withContent(content));
        budgetLines.deleteOfApplication(id);
        List<ApplicationContentDraft.Line> lines = content.budgetLines();
        for (int i = 0; i < lines.size(); i++) {
            ApplicationContentDraft.Line l = lines.get(i);
            budgetLines.save(new BudgetLineEntity(null, id, i + 1, l.category(), l.description(), l.amountFen()));
        }
        indicators.deleteOfApplication(id);
        List<ApplicationContentDraft.Target> targets = content.indicators();
        for (int i = 0; i < targets.size(); i++) {
            ApplicationContentDraft.Target t = targets.get(i);
            indicators.save(new IndicatorEntity(null, id, i + 1, t.name(), t.unit(), t.target()));
        }
        revisions.append(updated, Revisions.SAVED, actor.accountId());
        audit.record(
                actor.accountId(),
                "funding.application.saved",
                Views.OBJECT_TYPE,
                id,
                "version " + updated.version() + ", requested " + updated.requestedFen() + " fen");
        return views.detail(updated, call);
    }

    /**
     * Submits the draft at {@code version}. Refused with 400 naming each field, nothing changed: a required section
     * empty, the organisation not eligible ({@code organisationId}, with the reasons from the call's eligibility
     * rules), the stage's close time passed on the server clock ({@code closesAt}, or {@code conceptClosesAt} for a
     * concept note), more requested than the call's maximum ({@code budgetLines}).
     */
    @Transactional
    public ApplicationDetail submit(Actor actor, long organisationId, long id, ApplicationRequests.Submit request) {
        access.requireCanPublish(actor, organisationId);
        ApplicationEntity current = own(organisationId, id);
        requireVersion(current, request.version());
        requireDraft(current);
        CallFacts call = views.call(current.callId());
        Instant now = Instant.now();
        List<Violation> violations = new ArrayList<>(Submission.missing(current, call, budgetLines, indicators));
        if (!"published".equals(call.status())) {
            throw ConflictException.onField("callId", "error.application.call-not-open");
        }
        if (!calls.acceptsSubmissions(call, current.stage(), now)) {
            if (now.isBefore(call.opensAt())) {
                violations.add(
                        new Violation("opensAt", "field.application.not-yet-open", Views.minute(call.opensAt())));
            } else if (current.concept()) {
                violations.add(new Violation(
                        "conceptClosesAt", "field.application.closed", Views.minute(call.conceptClosesAt())));
            } else {
                violations.add(new Violation("closesAt", "field.application.closed", Views.minute(call.closesAt())));
            }
        }
        if (current.requestedFen() > call.maxAwardFen()) {
            violations.add(new Violation(
                    "budgetLines",
                    "field.application.above-maximum",
                    Money.yuan(current.requestedFen()),
                    Money.yuan(call.maxAwardFen())));
        }
        if (current.managementFeeFen() * 10_000 > (long) call.managementFeeCapBp() * current.requestedFen()) {
            violations.add(new Violation(
                    "budgetLines",
                    "field.application.management-fee-cap",
                    Money.yuan(current.managementFeeFen()),
                    Money.percent(current.managementFeeFen() * 10_000 / Math.max(current.requestedFen(), 1)),
                    Money.percent(call.managementFeeCapBp())));
        }
        EligibilityVerdict verdict = eligibility.check(call.id(), organisationId);
        if (!verdict.eligible()) {
            for (EligibilityCheck check : verdict.checks()) {
                if (!check.ok()) {
                    // The check's own words, in the caller's language: zh is argument 0, en argument 1.
                    violations.add(new Violation(
                            "organisationId", "field.application.ineligible", check.messageZh(), check.messageEn()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ApplicationEntity submitted = update(current.submitted(actor.accountId(), now));
        revisions.append(submitted, Revisions.SUBMITTED, actor.accountId());
        audit.record(
                actor.accountId(),
                "funding.application.submitted",
                Views.OBJECT_TYPE,
                id,
                current.stage() + ", requested " + submitted.requestedFen() + " fen");
        return views.detail(submitted, call);
    }

    /** A draft or submitted application withdrawn by the agency (until it is awarded), with an optional reason. */
    @Transactional
    public ApplicationDetail withdraw(Actor actor, long organisationId, long id, ApplicationRequests.Reason request) {
        access.requireCanPublish(actor, organisationId);
        ApplicationEntity current = own(organisationId, id);
        if (!ApplicationEntity.DRAFT.equals(current.status())
                && !ApplicationEntity.SUBMITTED.equals(current.status())) {
            throw new ConflictException("error.application.not-withdrawable");
        }
        String reason = reason(request, false);
        ApplicationEntity withdrawn = update(current.withStatus(ApplicationEntity.WITHDRAWN, reason, Instant.now()));
        revisions.append(withdrawn, Revisions.WITHDRAWN, actor.accountId());
        audit.record(actor.accountId(), "funding.application.withdrawn", Views.OBJECT_TYPE, id, reasonLength(reason));
        return views.detail(withdrawn, views.call(current.callId()));
    }

    /** Links a stored file to a draft (at most {@link #MAX_ATTACHMENTS}); the version does not change. */
    @Transactional
    public AttachmentView attach(Actor actor, long organisationId, long id, DocumentService.StoredFile file) {
        access.requireCanPublish(actor, organisationId);
        ApplicationEntity current = own(organisationId, id);
        requireDraft(current);
        return AttachmentView.of(files.add(actor, attachments, organisationId, id, file));
    }

    /**
     * Removes an attachment from a draft; returns its storage key so the caller deletes the file after the commit.
     */
    @Transactional
    public String detach(Actor actor, long organisationId, long id, long attachmentId) {
        access.requireCanPublish(actor, organisationId);
        ApplicationEntity current = own(organisationId, id);
        AttachmentEntity attachment = files.find(attachments, id, attachmentId);
        requireDraft(current);
        return files.remove(actor, attachments, id, attachment);
    }

    // ---- reading, for the agency's members (and administrators)

    @ReadOnly
    public Page<ApplicationSummary> list(
            Actor actor, long organisationId, @Nullable String status, int page, int size) {
        access.requireMemberOrAdmin(actor, organisationId);
        List<ApplicationEntity> rows =
                applications.pageOfOrganisation(organisationId, status, size, (long) page * size);
        return new Page<>(views.summaries(rows), applications.countOfOrganisation(organisationId, status), page, size);
    }

    @ReadOnly
    public ApplicationDetail get(Actor actor, long organisationId, long id) {
        access.requireMemberOrAdmin(actor, organisationId);
        ApplicationEntity a = applications
                .findById(id)
                .filter(x -> x.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.application", id));
        return views.detail(a, views.call(a.callId()));
    }

    /** An attachment of the organisation's application, for download. */
    @ReadOnly
    AttachmentEntity attachment(Actor actor, long organisationId, long id, long attachmentId) {
        access.requireMemberOrAdmin(actor, organisationId);
        applications
                .findById(id)
                .filter(x -> x.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.application", id));
        return files.find(attachments, id, attachmentId);
    }

    @ReadOnly
    public Page<ApplicationViews.Revision> revisions(Actor actor, long organisationId, long id, int page, int size) {
        access.requireMemberOrAdmin(actor, organisationId);
        applications
                .findById(id)
                .filter(x -> x.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.application", id));
        return RevisionPages.page(revisionRows, id, page, size);
    }

    @ReadOnly
    public ApplicationViews.RevisionDetail revision(Actor actor, long organisationId, long id, long version) {
        access.requireMemberOrAdmin(actor, organisationId);
        applications
                .findById(id)
                .filter(x -> x.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.application", id));
        return RevisionPages.detail(revisionRows, revisions, id, version);
    }

    // ---- helpers

    private ApplicationEntity own(long organisationId, long id) {
        return applications
                .findByIdForUpdate(id)
                .filter(a -> a.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.application", id));
    }

    static void requireVersion(ApplicationEntity current, @Nullable Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "field.version.required");
        }
        if (!version.equals(current.version())) {
            throw new VersionConflictException(current.version());
        }
    }

    static void requireDraft(ApplicationEntity current) {
        if (!ApplicationEntity.DRAFT.equals(current.status())) {
            throw new ConflictException("error.application.locked");
        }
    }

    private ApplicationEntity update(ApplicationEntity changed) {
        try {
            return applications.update(changed);
        } catch (OptimisticLockException e) {
            throw new VersionConflictException(applications
                    .findById(changed.id())
                    .map(ApplicationEntity::version)
                    .orElse(0L));
        }
    }

    /** A reason as given (stripped), checked: single line, at most {@link #MAX_REASON} characters. */
    static @Nullable String reason(ApplicationRequests.Reason request, boolean required) {
        String reason = request == null || request.reason() == null
                ? ""
                : request.reason().strip();
        if (reason.isEmpty()) {
            if (required) {
                throw InvalidInputException.of("reason", "error.required");
            }
            return null;
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw InvalidInputException.of("reason", "field.application.too-long", MAX_REASON);
        }
        if (!org.qianshou.system.Text.validMultiLine(reason)) {
            throw InvalidInputException.of("reason", "field.text.control-characters");
        }
        return reason;
    }

    /** What the audit log keeps of a free-text reason: its length, never the text (it may name people). */
    static String reasonLength(@Nullable String reason) {
        return reason == null ? "no reason" : "reason of " + reason.codePointCount(0, reason.length()) + " characters";
    }
}

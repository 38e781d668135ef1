package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.application.ApplicationViews.ApplicationDetail;
import org.qianshou.funding.application.ApplicationViews.CallApplicationSummary;
import org.qianshou.funding.attachment.AttachmentEntity;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * A call's applications as the funder's members see and decide them: the list and detail of what was submitted (never
 * a draft), shortlisting a concept note (it becomes a full proposal to write, and the agency is told) and rejecting an
 * application with a reason (the agency is told). Reading needs a member of the call's organisation (or an
 * administrator); deciding a member of it while it is verified.
 */
@Singleton
public class FunderApplications {

    static final Set<String> STAGES = Set.of(ApplicationEntity.CONCEPT, ApplicationEntity.FULL);
    static final Set<String> VISIBLE_STATUSES = Set.of(
            ApplicationEntity.SUBMITTED,
            ApplicationEntity.WITHDRAWN,
            ApplicationEntity.REJECTED,
            ApplicationEntity.AWARDED);

    /**
     * The revisions a funder may read: what was submitted and its own decisions on it, never an autosave, the creation
     * or a withdrawal (a withdrawal's snapshot may hold a draft the agency never submitted).
     */
    static final List<String> FUNDER_EVENTS =
            List.of(Revisions.SUBMITTED, Revisions.SHORTLISTED, Revisions.REJECTED, Revisions.AWARDED);

    static final String CONFLICT_OF_INTEREST = "conflict-of-interest";

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final RevisionRepository revisionRows;
    private final Revisions revisions;
    private final Views views;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationNotices notices;

    FunderApplications(
            ApplicationRepository applications,
            AttachmentRepository attachments,
            RevisionRepository revisionRows,
            Revisions revisions,
            Views views,
            AccessPolicy access,
            AuditLog audit,
            ApplicationNotices notices) {
        this.applications = applications;
        this.attachments = attachments;
        this.revisionRows = revisionRows;
        this.revisions = revisions;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.notices = notices;
    }

    @ReadOnly
    public Page<CallApplicationSummary> list(
            Actor actor,
            long organisationId,
            long callId,
            @Nullable String stage,
            @Nullable String status,
            int page,
            int size) {
        access.requireMemberOrAdmin(actor, organisationId);
        ownCall(organisationId, callId);
        if (stage != null && !STAGES.contains(stage)) {
            throw InvalidInputException.of("stage", "field.application.stage", stage);
        }
        if (status != null && !VISIBLE_STATUSES.contains(status)) {
            throw InvalidInputException.of("status", "field.application.status", status);
        }
        List<ApplicationEntity> rows =
                applications.pageOfCall(callId, stage, status, actor.accountId(), size, (long) page * size);
        return new Page<>(
                views.callSummaries(rows),
                applications.countOfCall(callId, stage, status, actor.accountId()),
                page,
                size);
    }

    @ReadOnly
    public ApplicationDetail get(Actor actor, long organisationId, long callId, long id) {
        access.requireMemberOrAdmin(actor, organisationId);
        CallFacts call = ownCall(organisationId, callId);
        return views.funderDetail(submitted(actor, callId, id, false), call);
    }

    @ReadOnly
    AttachmentEntity attachment(Actor actor, long organisationId, long callId, long id, long attachmentId) {
        access.requireMemberOrAdmin(actor, organisationId);
        ownCall(organisationId, callId);
        ApplicationEntity a = submitted(actor, callId, id, false);
        var shortlisted = views.shortlistedSnapshot(a);
        if (shortlisted.isPresent()
                && shortlisted.get().attachments().stream().noneMatch(f -> f.id() == attachmentId)) {
            throw new NotFoundException("resource.attachment", attachmentId);
        }
        return attachments
                .linked(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("resource.attachment", attachmentId));
    }

    @ReadOnly
    public Page<ApplicationViews.Revision> revisions(
            Actor actor, long organisationId, long callId, long id, int page, int size) {
        access.requireMemberOrAdmin(actor, organisationId);
        ownCall(organisationId, callId);
        submitted(actor, callId, id, false);
        return RevisionPages.page(revisionRows, id, FUNDER_EVENTS, page, size);
    }

    @ReadOnly
    public ApplicationViews.RevisionDetail revision(
            Actor actor, long organisationId, long callId, long id, long version) {
        access.requireMemberOrAdmin(actor, organisationId);
        ownCall(organisationId, callId);
        submitted(actor, callId, id, false);
        return RevisionPages.detail(revisionRows, revisions, id, version, FUNDER_EVENTS);
    }

    /**
     * A submitted concept note of a two-stage call is shortlisted: the same application becomes a {@code full} draft
     * for the agency to complete and submit by the call's close time; its members are told.
     */
    @Transactional
    public ApplicationDetail shortlist(Actor actor, long organisationId, long callId, long id) {
        access.requireCanPublish(actor, organisationId);
        CallFacts call = ownCall(organisationId, callId);
        ApplicationEntity current = submitted(actor, callId, id, true);
        if (!current.concept() || !ApplicationEntity.SUBMITTED.equals(current.status())) {
            throw new ConflictException("error.application.not-a-submitted-concept");
        }
        ApplicationEntity shortlisted = update(current.shortlisted(Instant.now()));
        revisions.append(shortlisted, Revisions.SHORTLISTED, actor.accountId());
        notices.decided(new ApplicationDecided(
                id,
                current.organisationId(),
                call.title(),
                call.organisationName(),
                ApplicationDecided.SHORTLISTED,
                null));
        audit.record(actor.accountId(), "funding.application.shortlisted", Views.OBJECT_TYPE, id, "call " + callId);
        return views.detail(shortlisted, call);
    }

    /** A submitted application (either stage) is rejected with a reason the agency's members are told. */
    @Transactional
    public ApplicationDetail reject(
            Actor actor, long organisationId, long callId, long id, ApplicationRequests.Reason request) {
        access.requireCanPublish(actor, organisationId);
        CallFacts call = ownCall(organisationId, callId);
        ApplicationEntity current = submitted(actor, callId, id, true);
        if (!ApplicationEntity.SUBMITTED.equals(current.status())) {
            throw new ConflictException("error.application.not-submitted");
        }
        String reason = ApplicationWorkflow.reason(request, true);
        ApplicationEntity rejected = update(current.withStatus(ApplicationEntity.REJECTED, reason, null));
        revisions.append(rejected, Revisions.REJECTED, actor.accountId());
        notices.decided(new ApplicationDecided(
                id,
                current.organisationId(),
                call.title(),
                call.organisationName(),
                ApplicationDecided.REJECTED,
                reason));
        audit.record(
                actor.accountId(),
                "funding.application.rejected",
                Views.OBJECT_TYPE,
                id,
                "call " + callId + ", " + ApplicationWorkflow.reasonLength(reason));
        return views.detail(rejected, call);
    }

    private CallFacts ownCall(long organisationId, long callId) {
        CallFacts call = views.call(callId);
        if (call.organisationId() != organisationId) {
            throw new NotFoundException("resource.application-call", callId);
        }
        return call;
    }

    /** An application of the call the funder may see (404 for a draft or one never submitted, as for a stranger). */
    private ApplicationEntity submitted(Actor actor, long callId, long id, boolean lock) {
        ApplicationEntity a = (lock ? applications.findByIdForUpdate(id) : applications.findById(id))
                .filter(x -> x.callId() == callId && x.seenByFunder())
                .orElseThrow(() -> new NotFoundException("resource.application", id));
        // A member who declared a conflict on it as its reviewer never sees it (issue 9 item 3), nor decides it.
        if (applications.conflicted(id, actor.accountId())) {
            throw new ForbiddenException(CONFLICT_OF_INTEREST, "error.application.reviewer-conflict");
        }
        return a;
    }

    private ApplicationEntity update(ApplicationEntity changed) {
        try {
            return applications.update(changed);
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
    }
}

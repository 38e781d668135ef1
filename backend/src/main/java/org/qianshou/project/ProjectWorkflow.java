package org.qianshou.project;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.util.List;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;

/**
 * Projects as their organisation's staff manage them: drafts, edits (guarded by the version), publishing and
 * closing. Who may do what to which organisation's projects is decided by {@link AccessPolicy}; the writes
 * themselves go through {@link ProjectService}.
 */
@Singleton
public class ProjectWorkflow {

    private final ProjectService projects;
    private final ProjectRepository repository;
    private final AccessPolicy access;
    private final Outbox outbox;
    private final AuditLog audit;

    ProjectWorkflow(
            ProjectService projects, ProjectRepository repository, AccessPolicy access, Outbox outbox, AuditLog audit) {
        this.projects = projects;
        this.repository = repository;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Every project of the organisation, drafts included, newest first: members and administrators. */
    @ReadOnly
    public List<ProjectDetail> listForOrganisation(Actor actor, long organisationId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return projects.ofOrganisation(organisationId);
    }

    /** Refuses (403/404) anyone who is not a member of the organisation. */
    @ReadOnly
    public void requireMember(Actor actor, long organisationId) {
        access.requireMember(actor, organisationId);
    }

    /** Refuses anyone who is not a member of the project's organisation (404 for others' drafts). */
    @ReadOnly
    public void requireMemberOfProject(Actor actor, long id) {
        memberProject(actor, id);
    }

    /** A new draft: private until published. Any member may draft, verified or not. */
    @Transactional
    public ProjectDetail createDraft(Actor actor, long organisationId, @Valid ProjectDraft draft) {
        access.requireMember(actor, organisationId);
        return projects.create(draft.toRequest(organisationId, ProjectStatus.DRAFT));
    }

    @Transactional
    public ProjectDetail updateAsMember(Actor actor, long id, @Valid ProjectDraft draft) {
        ProjectEntity current = memberProject(actor, id);
        if (ProjectStatus.PUBLIC.contains(current.status())) {
            // What the public sees changes only while the organisation is verified.
            access.requireCanPublish(actor, current.organisationId());
        }
        if (draft.version() == null) {
            // Without the version the edit could silently overwrite someone else's.
            throw InvalidInputException.of("version", "field.version.required");
        }
        if (!draft.version().equals(current.version())) {
            throw new ConflictException("error.version-conflict");
        }
        return projects.update(id, draft.toRequest(current.organisationId(), current.status()), draft.version());
    }

    /** Draft → published. Only staff of a verified organisation. */
    @Transactional
    public ProjectDetail publish(Actor actor, long id) {
        ProjectEntity current = memberProject(actor, id);
        access.requireCanPublish(actor, current.organisationId());
        if (!ProjectStatus.DRAFT.equals(current.status())) {
            throw new ConflictException("error.project.not-draft");
        }
        long saved = setStatus(current, ProjectStatus.PUBLISHED);
        audit.record(actor.accountId(), "project.published", "project", id, current.title());
        return projects.detail(saved);
    }

    /** Published → closed: stays public, marked as finished. */
    @Transactional
    public ProjectDetail close(Actor actor, long id) {
        ProjectEntity current = memberProject(actor, id);
        if (!ProjectStatus.PUBLISHED.equals(current.status())) {
            throw new ConflictException("error.project.not-published");
        }
        long saved = setStatus(current, ProjectStatus.CLOSED);
        audit.record(actor.accountId(), "project.closed", "project", id, current.title());
        return projects.detail(saved);
    }

    private ProjectEntity memberProject(Actor actor, long id) {
        ProjectEntity current =
                repository.findById(id).orElseThrow(() -> new NotFoundException("resource.project", id));
        if (!access.isMemberOrAdmin(actor, current.organisationId())
                && !ProjectStatus.PUBLIC.contains(current.status())) {
            // Another organisation's draft: do not even say that it exists.
            throw new NotFoundException("resource.project", id);
        }
        access.requireMember(actor, current.organisationId());
        return current;
    }

    private long setStatus(ProjectEntity current, String status) {
        ProjectEntity updated;
        try {
            updated = repository.update(new ProjectEntity(
                    current.id(),
                    current.organisationId(),
                    current.title(),
                    current.description(),
                    current.programmeCode(),
                    current.fundingTypeCode(),
                    status,
                    current.startDate(),
                    current.endDate(),
                    current.budgetFen(),
                    current.demo(),
                    current.version(),
                    current.createdAt(),
                    null,
                    current.publishedAt()));
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
        outbox.enqueue(ProjectService.AGGREGATE, updated.id());
        return updated.id();
    }
}

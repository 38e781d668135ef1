package org.qianshou.funding.application;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.project.ProjectService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.NotFoundException;

/**
 * What the review and award features ask of applications (the contract's {@code Applications}): facts, the submitted
 * applications of a call, the row lock an award's approval takes, marking an application awarded, and its content as a
 * reviewer reads it. Callers bring the transaction where they write.
 */
@Singleton
public class Applications {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ApplicationRepository applications;
    private final BudgetLineRepository budgetLines;
    private final IndicatorRepository indicators;
    private final AttachmentRepository attachments;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final Revisions revisions;
    private final AuditLog audit;

    Applications(
            ApplicationRepository applications,
            BudgetLineRepository budgetLines,
            IndicatorRepository indicators,
            AttachmentRepository attachments,
            OrganisationService organisations,
            ProjectService projects,
            Revisions revisions,
            AuditLog audit) {
        this.applications = applications;
        this.budgetLines = budgetLines;
        this.indicators = indicators;
        this.attachments = attachments;
        this.organisations = organisations;
        this.projects = projects;
        this.revisions = revisions;
        this.audit = audit;
    }

    /** Any application, drafts included (callers decide what a status allows). */
    @ReadOnly
    public Optional<ApplicationFacts> facts(long applicationId) {
        return applications.findById(applicationId).map(this::facts);
    }

    /**
     * The call's applications that were submitted and are still in the running or were awarded (status
     * {@code submitted} or {@code awarded}, either stage), in order of submission. Drafts, withdrawn and rejected
     * applications are never among them.
     */
    @ReadOnly
    public List<ApplicationFacts> submittedOfCall(long callId) {
        return applications.submittedOfCall(callId).stream().map(this::facts).toList();
    }

    /** The application's row, locked until the caller's transaction ends (an award's approval takes it). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<ApplicationFacts> lockForUpdate(long applicationId) {
        return applications.findByIdForUpdate(applicationId).map(this::facts);
    }

    /**
     * A submitted full proposal becomes {@code awarded} (the award feature calls it when an award is approved, in
     * its transaction). 409 when the application is not a submitted full proposal.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void markAwarded(long applicationId) {
        ApplicationEntity current = applications
                .findByIdForUpdate(applicationId)
                .orElseThrow(() -> new NotFoundException("resource.application", applicationId));
        if (!ApplicationEntity.SUBMITTED.equals(current.status()) || current.concept()) {
            throw new ConflictException("error.application.not-submitted");
        }
        ApplicationEntity awarded =
                applications.update(current.withStatus(ApplicationEntity.AWARDED, null, current.withdrawnAt()));
        revisions.append(awarded, Revisions.AWARDED, null);
        audit.record(null, "funding.application.awarded", Views.OBJECT_TYPE, applicationId, null);
    }

    /**
     * An awarded application whose award the agency refused (or whose award was cancelled) is back in the running:
     * {@code awarded → submitted}, so the funder may propose again and the ranking shows it truthfully. Its revision
     * records the event {@code submitted} (the content is the one submitted). 409 when it is not awarded.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void awardRefused(long applicationId) {
        ApplicationEntity current = applications
                .findByIdForUpdate(applicationId)
                .orElseThrow(() -> new NotFoundException("resource.application", applicationId));
        if (!ApplicationEntity.AWARDED.equals(current.status())) {
            throw new ConflictException("error.application.not-awarded");
        }
        ApplicationEntity back =
                applications.update(current.withStatus(ApplicationEntity.SUBMITTED, null, current.withdrawnAt()));
        revisions.append(back, Revisions.SUBMITTED, null);
        audit.record(null, "funding.application.award-refused", Views.OBJECT_TYPE, applicationId, null);
    }

    /**
     * Every section, the budget and the indicators of an application; when {@code blind}, no organisation, project or
     * attachments (a reviewer of a blind call must not learn who applied).
     */
    @ReadOnly
    public ApplicationContent content(long applicationId, boolean blind) {
        ApplicationEntity a = applications
                .findById(applicationId)
                .orElseThrow(() -> new NotFoundException("resource.application", applicationId));
        ApplicationFacts f = facts(a);
        return new ApplicationContent(
                a.id(),
                a.callId(),
                a.stage(),
                a.status(),
                blind,
                blind ? null : a.organisationId(),
                blind ? null : f.organisationName(),
                blind ? null : a.projectId(),
                blind ? null : f.projectTitle(),
                a.title(),
                a.need(),
                a.objectives(),
                a.activities(),
                a.beneficiaries(),
                a.beneficiaryCount(),
                a.periodFrom(),
                a.periodTo(),
                f.budgetLines(),
                a.requestedFen(),
                a.managementFeeFen(),
                f.indicators(),
                blind
                        ? List.of()
                        : attachments.ofApplication(a.id()).stream()
                                .map(AttachmentView::of)
                                .toList(),
                a.submittedAt() == null ? null : a.submittedAt().atZone(ZONE).toOffsetDateTime());
    }

    ApplicationFacts facts(ApplicationEntity a) {
        String organisationName =
                organisations.find(a.organisationId()).map(Organisation::name).orElse("");
        String projectTitle = null;
        if (a.projectId() != null) {
            Map<Long, ProjectService.ProjectOwner> owners = projects.owners(List.of(a.projectId()));
            ProjectService.ProjectOwner owner = owners.get(a.projectId());
            projectTitle = owner == null ? null : owner.title();
        }
        return new ApplicationFacts(
                a.id(),
                a.callId(),
                a.organisationId(),
                organisationName,
                a.projectId(),
                projectTitle,
                a.stage(),
                a.status(),
                a.title(),
                a.requestedFen(),
                a.managementFeeFen(),
                a.submittedAt(),
                budgetLines.findByApplicationIdOrderBySeq(a.id()).stream()
                        .map(l -> new ApplicationFacts.BudgetLine(
                                l.seq(), l.categoryCode(), l.description(), l.amountFen()))
                        .toList(),
                indicators.findByApplicationIdOrderBySeq(a.id()).stream()
                        .map(i -> new ApplicationFacts.Indicator(i.id(), i.seq(), i.name(), i.unit(), i.target()))
                        .toList());
    }
}

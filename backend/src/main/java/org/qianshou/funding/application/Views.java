package org.qianshou.funding.application;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qianshou.funding.application.ApplicationViews.ApplicationDetail;
import org.qianshou.funding.application.ApplicationViews.ApplicationSummary;
import org.qianshou.funding.application.ApplicationViews.CallApplicationSummary;
import org.qianshou.funding.call.CallFacts;
import org.qianshou.funding.call.Calls;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.project.ProjectService;
import org.qianshou.system.NotFoundException;

/** Builds the answers of the application routes from the rows. Callers bring the (read-only) transaction. */
@Singleton
class Views {

    static final String OBJECT_TYPE = "funding_application";

    private final ApplicationRepository applications;
    private final BudgetLineRepository budgetLines;
    private final IndicatorRepository indicators;
    private final AttachmentRepository attachments;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final Calls calls;
    private final RevisionRepository revisions;
    private final Revisions snapshots;

    Views(
            ApplicationRepository applications,
            BudgetLineRepository budgetLines,
            IndicatorRepository indicators,
            AttachmentRepository attachments,
            OrganisationService organisations,
            ProjectService projects,
            Calls calls,
            RevisionRepository revisions,
            Revisions snapshots) {
        this.revisions = revisions;
        this.snapshots = snapshots;
        this.applications = applications;
        this.budgetLines = budgetLines;
        this.indicators = indicators;
        this.attachments = attachments;
        this.organisations = organisations;
        this.projects = projects;
        this.calls = calls;
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Applications.ZONE).toOffsetDateTime();
    }

    /** {@code 2026-12-31 18:00} in Asia/Shanghai, for messages. */
    static String minute(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(Applications.ZONE));
    }

    CallFacts call(long callId) {
        return calls.facts(callId).orElseThrow(() -> new NotFoundException("resource.application-call", callId));
    }

    ApplicationDetail detail(long id) {
        ApplicationEntity a =
                applications.findById(id).orElseThrow(() -> new NotFoundException("resource.application", id));
        return detail(a, call(a.callId()));
    }

    ApplicationDetail detail(ApplicationEntity a, CallFacts call) {
        String projectTitle = null;
        if (a.projectId() != null) {
            var owner = projects.owners(List.of(a.projectId())).get(a.projectId());
            projectTitle = owner == null ? null : owner.title();
        }
        return new ApplicationDetail(
                a.id(),
                a.callId(),
                call.title(),
                a.organisationId(),
                organisationName(a.organisationId()),
                a.projectId(),
                projectTitle,
                a.stage(),
                a.status(),
                a.statusReason(),
                a.title(),
                a.need(),
                a.objectives(),
                a.activities(),
                a.beneficiaries(),
                a.beneficiaryCount(),
                a.periodFrom(),
                a.periodTo(),
                budgetLines.findByApplicationIdOrderBySeq(a.id()).stream()
                        .map(l -> new ApplicationViews.BudgetLine(l.categoryCode(), l.description(), l.amountFen()))
                        .toList(),
                indicators.findByApplicationIdOrderBySeq(a.id()).stream()
                        .map(i -> new ApplicationViews.Indicator(i.id(), i.name(), i.unit(), i.target()))
                        .toList(),
                a.requestedFen(),
                a.managementFeeFen(),
                call.managementFeeCapBp(),
                attachments.ofApplication(a.id()).stream()
                        .map(AttachmentView::of)
                        .toList(),
                local(a.shortlistedAt()),
                local(a.submittedAt()),
                local(a.updatedAt()),
                a.version());
    }

    /**
     * The application as the funder sees it: its row, or for one withdrawn while its full proposal was being drafted
     * after shortlisting, the concept note as it was shortlisted (from that revision) with the current status.
     */
    ApplicationDetail funderDetail(ApplicationEntity a, CallFacts call) {
        return shortlistedSnapshot(a).map(s -> fromSnapshot(a, call, s)).orElseGet(() -> detail(a, call));
    }

    /** The snapshot the funder sees instead of the row, when the row holds an unsubmitted draft. */
    java.util.Optional<ApplicationSnapshot> shortlistedSnapshot(ApplicationEntity a) {
        if (a.holdsSubmittedContent()) {
            return java.util.Optional.empty();
        }
        return revisions.latest(a.id(), Revisions.SHORTLISTED).map(r -> snapshots.read(r.snapshot()));
    }

    private ApplicationDetail fromSnapshot(ApplicationEntity a, CallFacts call, ApplicationSnapshot s) {
        String projectTitle = null;
        if (s.projectId() != null) {
            var owner = projects.owners(List.of(s.projectId())).get(s.projectId());
            projectTitle = owner == null ? null : owner.title();
        }
        return new ApplicationDetail(
                a.id(),
                a.callId(),
                call.title(),
                a.organisationId(),
                organisationName(a.organisationId()),
                s.projectId(),
                projectTitle,
                ApplicationEntity.CONCEPT,
                a.status(),
                a.statusReason(),
                s.title(),
                s.need(),
                s.objectives(),
                s.activities(),
                s.beneficiaries(),
                s.beneficiaryCount(),
                s.periodFrom(),
                s.periodTo(),
                s.budgetLines().stream()
                        .map(l -> new ApplicationViews.BudgetLine(l.category(), l.description(), l.amountFen()))
                        .toList(),
                s.indicators().stream()
                        .map(i -> new ApplicationViews.Indicator(0, i.name(), i.unit(), i.target()))
                        .toList(),
                s.requestedFen(),
                s.managementFeeFen(),
                call.managementFeeCapBp(),
                attachments
                        .findByIdIn(s.attachments().stream()
                                .map(ApplicationSnapshot.File::id)
                                .toList())
                        .stream()
                        .map(AttachmentView::of)
                        .toList(),
                local(a.shortlistedAt()),
                null,
                local(a.updatedAt()),
                a.version());
    }

    List<ApplicationSummary> summaries(List<ApplicationEntity> rows) {
        Map<Long, Long> awards = new HashMap<>();
        if (!rows.isEmpty()) {
            applications
                    .awardsOf(rows.stream().map(ApplicationEntity::id).toList())
                    .forEach(link -> awards.put(link.applicationId(), link.awardId()));
        }
        Map<Long, CallFacts> byCall = new HashMap<>();
        return rows.stream()
                .map(a -> {
                    CallFacts call = byCall.computeIfAbsent(a.callId(), this::call);
                    Instant deadline =
                            a.concept() && call.conceptClosesAt() != null ? call.conceptClosesAt() : call.closesAt();
                    return new ApplicationSummary(
                            a.id(),
                            a.callId(),
                            call.title(),
                            call.organisationName(),
                            a.stage(),
                            a.status(),
                            a.title(),
                            a.requestedFen(),
                            local(deadline),
                            local(a.updatedAt()),
                            local(a.submittedAt()),
                            awards.get(a.id()),
                            a.version());
                })
                .toList();
    }

    List<CallApplicationSummary> callSummaries(List<ApplicationEntity> rows) {
        Map<Long, String> titles = new HashMap<>();
        projects.owners(rows.stream()
                        .map(ApplicationEntity::projectId)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .forEach((id, owner) -> titles.put(id, owner.title()));
        return rows.stream()
                .map(a -> {
                    var shortlisted = shortlistedSnapshot(a);
                    return new CallApplicationSummary(
                            a.id(),
                            a.organisationId(),
                            organisationName(a.organisationId()),
                            shortlisted.isPresent() ? null : a.projectId(),
                            shortlisted.isPresent() || a.projectId() == null ? null : titles.get(a.projectId()),
                            shortlisted.isPresent() ? ApplicationEntity.CONCEPT : a.stage(),
                            a.status(),
                            shortlisted.map(ApplicationSnapshot::title).orElse(a.title()),
                            shortlisted.map(ApplicationSnapshot::requestedFen).orElse(a.requestedFen()),
                            local(a.submittedAt()));
                })
                .toList();
    }

    String organisationName(long organisationId) {
        return organisations.find(organisationId).map(Organisation::name).orElse("");
    }
}

package org.qianshou.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.search.project.ProjectDocument;
import org.qianshou.system.ConflictException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;

/**
 * The one way projects are written: PostgreSQL first, and in the same transaction an outbox row
 * that carries the change to the search index.
 */
@Singleton
public class ProjectService {

    public static final String AGGREGATE = "project";

    private final ProjectRepository repository;
    private final ProjectAssociations rows;
    private final Outbox outbox;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final AccessPolicy access;
    private final ProjectValidation validation;
    private final io.micronaut.context.event.ApplicationEventPublisher<ProjectPublicFactsChanged> events;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ProjectService(
            ProjectRepository repository,
            ProjectAssociations rows,
            Outbox outbox,
            RegionService regions,
            OrganisationService organisations,
            AccessPolicy access,
            ProjectValidation validation,
            io.micronaut.context.event.ApplicationEventPublisher<ProjectPublicFactsChanged> events) {
        this.events = events;
        this.access = access;
        this.validation = validation;
        this.repository = repository;
        this.rows = rows;
        this.outbox = outbox;
        this.regions = regions;
        this.organisations = organisations;
    }

    @Transactional
    public ProjectDetail create(@Valid ProjectRequest request) {
        validation.check(request);
        ProjectEntity saved = repository.save(entity(null, request, null, null, false));
        return detail(store(saved, request));
    }

    /**
     * Creates generated demo projects (flagged as demo everywhere they are shown) with batched
     * statements, validated like any other write; returns their ids in order.
     */
    @Transactional
    public List<Long> createDemoBatch(List<@Valid ProjectRequest> requests) {
        java.util.Map<Long, Boolean> organisationExists = new java.util.HashMap<>();
        for (ProjectRequest request : requests) {
            validation.check(
                    request,
                    id -> organisationExists.computeIfAbsent(
                            id, k -> organisations.find(k).isPresent()));
        }
        List<ProjectEntity> entities =
                requests.stream().map(r -> entity(null, r, 0L, null, true)).toList();
        List<Long> ids =
                repository.saveAll(entities).stream().map(ProjectEntity::id).toList();
        rows.insertAll(ids, requests);
        outbox.enqueueAll(AGGREGATE, ids);
        return ids;
    }

    /** An administrator's edit: overwrites whatever version is current. */
    @Transactional
    public ProjectDetail update(long id, @Valid ProjectRequest request) {
        return update(id, request, null);
    }

    /**
     * An edit of the given version: the write itself is guarded by it ({@code UPDATE … WHERE version = ?}), so an
     * edit committed since that version was read is never overwritten (409). {@code null} edits the current version.
     */
    @Transactional
    public ProjectDetail update(long id, @Valid ProjectRequest request, @Nullable Long expectedVersion) {
        ProjectEntity current =
                repository.findById(id).orElseThrow(() -> new NotFoundException("resource.project", id));
        validation.check(request);
        long version = expectedVersion == null ? current.version() : expectedVersion;
        java.util.Set<String> groupsBefore =
                java.util.Set.copyOf(rows.targetGroups(List.of(id)).getOrDefault(id, List.of()));
        ProjectEntity updated;
        try {
            updated = repository.update(entity(id, request, version, current, current.demo()));
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
        ProjectDetail stored = detail(store(updated, request));
        // the title is shown with the project's stories and its target groups decide whether a story hides it
        if (!updated.title().equals(current.title())
                || !groupsBefore.equals(java.util.Set.copyOf(distinct(request.targetGroups())))) {
            events.publishEvent(new ProjectPublicFactsChanged(id));
        }
        return stored;
    }

    /**
     * A project for anyone who may see it: published and closed ones for everybody, drafts only for
     * the organisation's members and administrators (404 for everyone else).
     */
    @ReadOnly
    public ProjectDetail get(@Nullable Actor actor, long id) {
        ProjectRow row = rows.load(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.project", id));
        boolean visible = ProjectStatus.PUBLIC.contains(row.project().status()) && row.organisationVerified();
        if (!visible
                && (actor == null
                        || !access.isMemberOrAdmin(actor, row.project().organisationId()))) {
            // Drafts, and the projects of an organisation that is not (or no longer) verified.
            throw new NotFoundException("resource.project", id);
        }
        return detail(row);
    }

    private long store(ProjectEntity saved, ProjectRequest request) {
        rows.replace(
                saved.id(),
                distinct(request.regionCodes()),
                distinct(request.targetGroups()),
                distinct(request.serviceCategories()));
        outbox.enqueue(AGGREGATE, saved.id());
        return saved.id();
    }

    ProjectDetail detail(long id) {
        return detail(rows.load(List.of(id)).get(0));
    }

    /** Every project of the organisation, drafts included, most recently changed first (no access check). */
    List<ProjectDetail> ofOrganisation(long organisationId) {
        return rows.load(repository.idsOfOrganisation(organisationId)).stream()
                .map(this::detail)
                .toList();
    }

    /** A project the public may see: drafts answer 404. */
    @ReadOnly
    public ProjectDetail getPublic(long id) {
        return rows.load(List.of(id)).stream()
                .filter(row -> ProjectStatus.PUBLIC.contains(row.project().status()))
                .findFirst()
                .map(this::detail)
                .orElseThrow(() -> new NotFoundException("resource.project", id));
    }

    /** A project the public may see, or empty for a draft or a missing one (for other features' public pages). */
    @ReadOnly
    public java.util.Optional<ProjectDetail> findPublic(long id) {
        return rows.load(List.of(id)).stream()
                .filter(row -> ProjectStatus.PUBLIC.contains(row.project().status()))
                .findFirst()
                .map(this::detail);
    }

    /** The organisation and title of each given project, by id (ids without a project are left out): for other features. */
    @ReadOnly
    public java.util.Map<Long, ProjectOwner> owners(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, ProjectOwner> result = new java.util.HashMap<>();
        for (ProjectEntity p :
                repository.findByIdInOrderById(ids.stream().distinct().toList())) {
            result.put(p.id(), new ProjectOwner(p.id(), p.organisationId(), p.title()));
        }
        return result;
    }

    /** The target groups of each given project, by project id (a project without any is left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public java.util.Map<Long, List<String>> targetGroups(java.util.Collection<Long> ids) {
        return rows.targetGroups(ids);
    }

    /** Which organisation a project belongs to, and its title. */
    public record ProjectOwner(long id, long organisationId, String title) {}

    /** Search documents for the given ids (ids without a project are left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<ProjectDocument> documents(List<Long> ids) {
        return rows.load(ids).stream().map(this::document).toList();
    }

    /** The next batch of documents after {@code afterId} in id order (keyset paging for a rebuild). */
    @ReadOnly
    public List<ProjectDocument> documentsAfter(long afterId, int limit) {
        return rows.load(repository.idsAfter(afterId, limit)).stream()
                .map(this::document)
                .toList();
    }

    @ReadOnly
    public long count() {
        return repository.count();
    }

    /** Re-announces every project changed since {@code since}, so changes made during a rebuild reach the new index. */
    @Transactional
    public int reannounceChangedSince(java.time.Instant since) {
        return outbox.enqueueChangedSince(AGGREGATE, "project", since);
    }

    ProjectDocument document(ProjectRow row) {
        ProjectEntity p = row.project();
        var withAncestors = regions.withAncestors(row.regionCodes());
        return new ProjectDocument(
                p.id(),
                p.version(),
                p.title(),
                p.description(),
                p.organisationId(),
                row.organisationName(),
                row.regionCodes(),
                withAncestors.stream().map(Region::code).toList(),
                withAncestors.stream().map(Region::name).toList(),
                row.targetGroups(),
                row.serviceCategories(),
                p.programmeCode(),
                p.fundingTypeCode(),
                row.organisationVerified() ? p.status() : ProjectStatus.WITHHELD,
                p.startDate(),
                p.endDate(),
                p.budgetFen(),
                p.demo(),
                p.updatedAt(),
                p.publishedAt());
    }

    private ProjectDetail detail(ProjectRow row) {
        ProjectEntity p = row.project();
        return new ProjectDetail(
                p.id(),
                p.title(),
                p.description(),
                p.status(),
                new ProjectDetail.OrganisationRef(p.organisationId(), row.organisationName()),
                row.regionCodes().stream()
                        .map(c -> regions.view(regions.get(c), true))
                        .toList(),
                row.targetGroups(),
                row.serviceCategories(),
                p.programmeCode(),
                p.fundingTypeCode(),
                p.startDate(),
                p.endDate(),
                p.budgetFen(),
                p.demo(),
                p.version(),
                p.createdAt(),
                p.updatedAt());
    }

    private static ProjectEntity entity(Long id, ProjectRequest r, Long version, ProjectEntity current, boolean demo) {
        return new ProjectEntity(
                id,
                r.organisationId(),
                r.title().strip(),
                r.description().strip(),
                r.programme(),
                r.fundingType() == null || r.fundingType().isBlank() ? null : r.fundingType(),
                r.status(),
                r.startDate(),
                r.endDate(),
                r.budgetFen(),
                demo,
                version,
                current == null ? null : current.createdAt(),
                null,
                current == null ? null : current.publishedAt());
    }

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}

package org.qianshou.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.search.ProjectDocument;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;
import org.qianshou.taxonomy.TaxonomyService;
import org.qianshou.taxonomy.TaxonomyService.Kind;

/**
 * The one way projects are written: PostgreSQL first, and in the same transaction an outbox row
 * that carries the change to the search index.
 */
@Singleton
public class ProjectService {

    static final String AGGREGATE = "project";

    private final ProjectRepository repository;
    private final ProjectRows rows;
    private final Outbox outbox;
    private final RegionService regions;
    private final TaxonomyService taxonomies;
    private final OrganisationService organisations;
    private final AccessPolicy access;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ProjectService(
            ProjectRepository repository,
            ProjectRows rows,
            Outbox outbox,
            RegionService regions,
            TaxonomyService taxonomies,
            OrganisationService organisations,
            AccessPolicy access,
            AuditLog audit) {
        this.access = access;
        this.audit = audit;
        this.repository = repository;
        this.rows = rows;
        this.outbox = outbox;
        this.regions = regions;
        this.taxonomies = taxonomies;
        this.organisations = organisations;
    }

    @Transactional
    public ProjectDetail create(@Valid ProjectRequest request) {
        validate(request);
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
            validate(
                    request,
                    id -> organisationExists.computeIfAbsent(
                            id, k -> organisations.find(k).isPresent()));
        }
        List<ProjectEntity> entities =
                requests.stream().map(r -> entity(null, r, 0L, null, true)).toList();
        List<Long> ids = rows.insertAll(entities);
        rows.insertAssociations(ids, requests);
        outbox.enqueueAll(AGGREGATE, ids);
        return ids;
    }

    @Transactional
    public ProjectDetail update(long id, @Valid ProjectRequest request) {
        ProjectEntity current =
                repository.findById(id).orElseThrow(() -> new NotFoundException("resource.project", id));
        validate(request);
        ProjectEntity updated;
        try {
            updated = repository.update(entity(id, request, current.version(), current, current.demo()));
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
        return detail(store(updated, request));
    }

    // ---- as the organisation's staff

    /** Every project of the organisation, drafts included, newest first: members and administrators. */
    @ReadOnly
    public List<ProjectDetail> listForOrganisation(Actor actor, long organisationId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return rows.load(rows.idsOfOrganisation(organisationId)).stream()
                .map(this::detail)
                .toList();
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
        return create(draft.toRequest(organisationId, ProjectStatus.DRAFT));
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
        return update(id, draft.toRequest(current.organisationId(), current.status()));
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
        return detail(saved);
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
        return detail(saved);
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
                    null));
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.version-conflict");
        }
        outbox.enqueue(AGGREGATE, updated.id());
        return updated.id();
    }

    private long store(ProjectEntity saved, ProjectRequest request) {
        rows.replaceAssociations(
                saved.id(),
                distinct(request.regionCodes()),
                distinct(request.targetGroups()),
                distinct(request.serviceCategories()));
        outbox.enqueue(AGGREGATE, saved.id());
        return saved.id();
    }

    private ProjectDetail detail(long id) {
        return detail(rows.load(List.of(id)).get(0));
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

    /** Search documents for the given ids (ids without a project are left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<ProjectDocument> documents(List<Long> ids) {
        return rows.load(ids).stream().map(this::document).toList();
    }

    /** The next batch of documents after {@code afterId} in id order (keyset paging for a rebuild). */
    @ReadOnly
    public List<ProjectDocument> documentsAfter(long afterId, int limit) {
        return rows.load(rows.idsAfter(afterId, limit)).stream()
                .map(this::document)
                .toList();
    }

    @ReadOnly
    public long count() {
        return rows.count();
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
                p.updatedAt());
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
                null);
    }

    /** Checks every reference of the request; reports all problems at once, naming each field. */
    private void validate(ProjectRequest r) {
        validate(r, id -> organisations.find(id).isPresent());
    }

    private void validate(ProjectRequest r, Predicate<Long> organisationExists) {
        List<Violation> violations = new ArrayList<>();
        if (!organisationExists.test(r.organisationId())) {
            violations.add(new Violation("organisationId", "field.organisation.unknown", r.organisationId()));
        }
        checkCodes(violations, "regionCodes", r.regionCodes(), regions::exists, "field.region.unknown");
        checkCodes(
                violations,
                "targetGroups",
                r.targetGroups(),
                c -> taxonomies.exists(Kind.TARGET_GROUP, c),
                "field.target-group.unknown");
        checkCodes(
                violations,
                "serviceCategories",
                r.serviceCategories(),
                c -> taxonomies.exists(Kind.SERVICE_CATEGORY, c),
                "field.category.unknown");
        if (!taxonomies.exists(Kind.PROGRAMME, r.programme())) {
            violations.add(new Violation("programme", "field.programme.unknown", r.programme()));
        }
        if (r.fundingType() != null
                && !r.fundingType().isBlank()
                && !taxonomies.exists(Kind.FUNDING_TYPE, r.fundingType())) {
            violations.add(new Violation("fundingType", "field.funding-type.unknown", r.fundingType()));
        }
        if (!ProjectStatus.ALL.contains(r.status())) {
            violations.add(new Violation("status", "field.status.unknown", r.status()));
        }
        checkYear(violations, "startDate", r.startDate());
        checkYear(violations, "endDate", r.endDate());
        if (!Text.validSingleLine(r.title())) {
            violations.add(new Violation("title", "field.text.control-characters"));
        }
        if (!Text.validMultiLine(r.description())) {
            violations.add(new Violation("description", "field.text.control-characters"));
        }
        if (r.endDate().isBefore(r.startDate())) {
            violations.add(new Violation("endDate", "field.dates.end-before-start"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Years the platform can store and index (Elasticsearch's date format has four-digit years). */
    static final int MIN_YEAR = 2000;

    static final int MAX_YEAR = 2100;

    private static void checkYear(List<Violation> violations, String field, java.time.LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            violations.add(new Violation(field, "field.date.range", MIN_YEAR, MAX_YEAR));
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

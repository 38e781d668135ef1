package org.qianshou.opening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.search.opening.OpeningDocument;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;

/**
 * Openings as they are read: their pages (public for published openings of verified organisations), their
 * organisation's list, and their search documents. Writes go through {@link OpeningWorkflow}.
 */
@Singleton
public class OpeningService {

    public static final String AGGREGATE = "opening";
    static final String PATH_SEPARATOR = " › ";

    private final OpeningRepository repository;
    private final ShiftRepository shifts;
    private final OpeningRows rows;
    private final RegionService regions;
    private final AccessPolicy access;
    private final Outbox outbox;

    OpeningService(
            OpeningRepository repository,
            ShiftRepository shifts,
            OpeningRows rows,
            RegionService regions,
            AccessPolicy access,
            Outbox outbox) {
        this.repository = repository;
        this.shifts = shifts;
        this.rows = rows;
        this.regions = regions;
        this.access = access;
        this.outbox = outbox;
    }

    /** A published opening of a verified organisation, for anyone; everything else answers 404. */
    @ReadOnly
    public OpeningDetail getPublic(long id) {
        OpeningRow row = rows.load(List.of(id)).stream()
                .filter(r -> OpeningStatus.PUBLISHED.equals(r.opening().status()) && r.organisationVerified())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.opening", id));
        return detail(row);
    }

    /** An opening of the organisation, drafts included, for its members and administrators. */
    @ReadOnly
    public OpeningDetail getForOrganisation(Actor actor, long organisationId, long id) {
        access.requireMemberOrAdmin(actor, organisationId);
        return detail(rowOf(organisationId, id));
    }

    /** The organisation's openings in a status (all when {@code null}), most recently changed first. */
    @ReadOnly
    public Page<OpeningSummary> listForOrganisation(
            Actor actor, long organisationId, @Nullable String status, int page, int size) {
        access.requireMemberOrAdmin(actor, organisationId);
        List<Long> ids = repository.idsOfOrganisation(organisationId, status, size, (long) page * size);
        Map<Long, OpeningRow> byId = rows.load(ids).stream()
                .collect(Collectors.toMap(r -> r.opening().id(), r -> r));
        List<OpeningSummary> items =
                ids.stream().map(byId::get).map(this::summary).toList();
        return new Page<>(items, repository.countOfOrganisation(organisationId, status), page, size);
    }

    /** A published opening of a project with an open shift ahead: what a story page links to ("volunteer here"). */
    @io.micronaut.serde.annotation.Serdeable
    public record ProjectOpening(long id, String title, Instant nextShiftStartsAt, String regionCode) {}

    /** The project's published openings (of a verified organisation) with an open shift ahead, soonest first. */
    @ReadOnly
    public List<ProjectOpening> openForProject(long projectId, int limit) {
        Instant now = Instant.now();
        List<Long> ids = repository.openOfProject(projectId, now, limit);
        Map<Long, OpeningRow> byId = rows.load(ids).stream()
                .collect(Collectors.toMap(r -> r.opening().id(), r -> r));
        return ids.stream()
                .map(byId::get)
                .filter(r -> r != null && r.organisationVerified())
                .map(r -> new ProjectOpening(
                        r.opening().id(),
                        r.opening().title(),
                        r.shifts().stream()
                                .filter(s -> s.open() && s.startsAt().isAfter(now))
                                .map(ShiftEntity::startsAt)
                                .min(Instant::compareTo)
                                .orElseThrow(),
                        r.opening().regionCode()))
                .toList();
    }

    OpeningRow rowOf(long organisationId, long id) {
        return rows.load(List.of(id)).stream()
                .filter(r -> r.opening().organisationId() == organisationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.opening", id));
    }

    OpeningDetail detail(long id) {
        return detail(rows.load(List.of(id)).get(0));
    }

    /** Search documents for the given ids (ids without an opening are left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<OpeningDocument> documents(List<Long> ids) {
        return rows.load(ids).stream().map(this::document).toList();
    }

    /** The next batch of documents after {@code afterId} in id order (keyset paging for a rebuild). */
    @ReadOnly
    public List<OpeningDocument> documentsAfter(long afterId, int limit) {
        return rows.load(repository.idsAfter(afterId, limit)).stream()
                .map(this::document)
                .toList();
    }

    @ReadOnly
    public long count() {
        return repository.count();
    }

    /** Re-announces every opening whose row or shifts changed since {@code since} (after a rebuild). */
    @Transactional
    public int reannounceChangedSince(Instant since) {
        List<Long> ids = repository.idsChangedSince(since);
        outbox.enqueueAll(AGGREGATE, ids);
        return ids.size();
    }

    OpeningDocument document(OpeningRow row) {
        OpeningEntity o = row.opening();
        var path = regions.withAncestors(List.of(o.regionCode()));
        Instant now = Instant.now();
        List<OpeningDocument.Shift> docShifts = row.shifts().stream()
                .map(s -> new OpeningDocument.Shift(
                        s.id(), s.startsAt(), s.endsAt(), s.capacity(), s.confirmedCount(), free(s), s.status()))
                .toList();
        int freePlaces = docShifts.stream()
                .filter(s -> s.open() && s.startsAt().isAfter(now))
                .mapToInt(OpeningDocument.Shift::free)
                .sum();
        Instant lastEnd = row.shifts().stream()
                .filter(ShiftEntity::open)
                .map(ShiftEntity::endsAt)
                .max(Instant::compareTo)
                .orElse(null);
        boolean published = OpeningStatus.PUBLISHED.equals(o.status()) && row.organisationVerified();
        return new OpeningDocument(
                o.id(),
                row.documentVersion(),
                o.title(),
                o.description(),
                o.organisationId(),
                row.organisationName(),
                o.projectId(),
                row.projectTitle(),
                o.regionCode(),
                path.stream().map(Region::code).toList(),
                path.stream().map(Region::name).toList(),
                regionPath(o.regionCode()),
                row.targetGroups(),
                List.of(o.categoryCode()),
                row.skills(),
                o.adultsOnly(),
                o.screening(),
                o.signupDeadline(),
                published || !OpeningStatus.PUBLISHED.equals(o.status()) ? o.status() : "withheld",
                o.demo(),
                docShifts,
                freePlaces,
                freePlaces > 0,
                lastEnd,
                o.updatedAt(),
                o.publishedAt());
    }

    /** The region's names from the province down, joined by {@value #PATH_SEPARATOR}. */
    String regionPath(String code) {
        return regions.path(code).stream().map(Region::name).collect(Collectors.joining(PATH_SEPARATOR));
    }

    static int free(ShiftEntity s) {
        return s.open() ? Math.max(0, s.capacity() - s.confirmedCount()) : 0;
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ShiftRequest.ZONE).toOffsetDateTime();
    }

    ShiftView view(ShiftEntity s, long waitlisted) {
        return new ShiftView(
                s.id(),
                local(s.startsAt()),
                local(s.endsAt()),
                s.capacity(),
                s.confirmedCount(),
                s.open() && s.startsAt().isAfter(Instant.now()) ? free(s) : 0,
                waitlisted,
                s.status(),
                s.statusReason(),
                s.version());
    }

    private OpeningDetail detail(OpeningRow row) {
        OpeningEntity o = row.opening();
        Map<Long, Long> waitlisted = new HashMap<>();
        List<Long> shiftIds = row.shifts().stream().map(ShiftEntity::id).toList();
        if (!shiftIds.isEmpty()) {
            for (Long shiftId : shifts.waitlistedShiftIds(shiftIds)) {
                waitlisted.merge(shiftId, 1L, Long::sum);
            }
        }
        return new OpeningDetail(
                o.id(),
                o.status(),
                o.statusReason(),
                o.organisationId(),
                row.organisationName(),
                o.projectId(),
                row.projectTitle(),
                o.title(),
                o.description(),
                o.regionCode(),
                regionPath(o.regionCode()),
                o.meetingPlace(),
                row.targetGroups(),
                o.categoryCode(),
                row.skills(),
                o.adultsOnly(),
                o.screening(),
                local(o.signupDeadline()),
                o.contactName(),
                o.contactPhone(),
                row.shifts().stream()
                        .map(s -> view(s, waitlisted.getOrDefault(s.id(), 0L)))
                        .toList(),
                o.demo(),
                o.version());
    }

    private OpeningSummary summary(OpeningRow row) {
        OpeningEntity o = row.opening();
        Instant now = Instant.now();
        List<ShiftEntity> open = row.shifts().stream().filter(ShiftEntity::open).toList();
        return new OpeningSummary(
                o.id(),
                o.title(),
                o.status(),
                o.projectId(),
                row.projectTitle(),
                o.regionCode(),
                regionPath(o.regionCode()),
                local(o.signupDeadline()),
                row.shifts().size(),
                local(open.stream()
                        .map(ShiftEntity::startsAt)
                        .filter(start -> start.isAfter(now))
                        .min(Instant::compareTo)
                        .orElse(null)),
                local(open.stream()
                        .map(ShiftEntity::endsAt)
                        .max(Instant::compareTo)
                        .orElse(null)),
                open.stream().mapToLong(ShiftEntity::capacity).sum(),
                open.stream().mapToLong(ShiftEntity::confirmedCount).sum(),
                open.stream().mapToLong(OpeningService::free).sum(),
                o.demo(),
                o.version(),
                local(o.updatedAt()));
    }
}

package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.search.call.CallDocument;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;

/**
 * Calls as they are read: the public page of a published or closed call of a verified funder, and the funder's own
 * list and drafts for its members. Writes go through {@link CallWorkflow}.
 */
@Singleton
public class CallService {

    /** The outbox aggregate type of calls. */
    public static final String AGGREGATE = "call";

    static final String PATH_SEPARATOR = " › ";

    private final CallRepository repository;
    private final CallPartsRepository parts;
    private final CallRows rows;
    private final RegionService regions;
    private final AccessPolicy access;
    private final Eligibility eligibility;
    private final Outbox outbox;

    @SuppressWarnings("checkstyle:ParameterNumber")
    CallService(
            CallRepository repository,
            CallPartsRepository parts,
            CallRows rows,
            RegionService regions,
            AccessPolicy access,
            Eligibility eligibility,
            Outbox outbox) {
        this.outbox = outbox;
        this.repository = repository;
        this.parts = parts;
        this.rows = rows;
        this.regions = regions;
        this.access = access;
        this.eligibility = eligibility;
    }

    /**
     * The eligibility of one of the actor's organisations for a public call (404 for a call that is not public; 403 or
     * 404 for an organisation the actor is not a member of).
     */
    @ReadOnly
    public EligibilityVerdict eligibility(Actor actor, long callId, long organisationId) {
        access.requireMemberOrAdmin(actor, organisationId);
        publicRow(callId);
        return eligibility.check(callId, organisationId);
    }

    /** A published or closed call of a verified funder, for anyone; everything else answers 404. */
    @ReadOnly
    public CallDetail getPublic(long id) {
        return detail(publicRow(id));
    }

    /** The public call's row (404 for drafts, cancelled calls and calls of funders not verified). */
    @ReadOnly
    CallRow publicRow(long id) {
        return rows.load(List.of(id)).stream()
                .filter(CallRow::isPublic)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.call", id));
    }

    /** A call of the organisation, drafts included, for its members and administrators. */
    @ReadOnly
    public CallDetail getForOrganisation(Actor actor, long organisationId, long id) {
        access.requireMemberOrAdmin(actor, organisationId);
        return detail(rowOf(organisationId, id));
    }

    /** The organisation's calls in a status (all when {@code null}), most recently changed first. */
    @ReadOnly
    public Page<CallSummary> listForOrganisation(
            Actor actor, long organisationId, @Nullable String status, int page, int size) {
        access.requireMemberOrAdmin(actor, organisationId);
        List<Long> ids = repository.idsOfOrganisation(organisationId, status, size, (long) page * size);
        Map<Long, CallRow> byId =
                rows.load(ids).stream().collect(Collectors.toMap(r -> r.call().id(), r -> r));
        Map<Long, Long> submitted = parts.submittedApplications(ids);
        Instant now = Instant.now();
        List<CallSummary> items = ids.stream()
                .map(byId::get)
                .map(r -> summary(r.call(), submitted.getOrDefault(r.call().id(), 0L), now))
                .toList();
        return new Page<>(items, repository.countOfOrganisation(organisationId, status), page, size);
    }

    /** Search documents for the given ids (ids without a call are left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<CallDocument> documents(List<Long> ids) {
        return rows.load(ids).stream().map(this::document).toList();
    }

    /** The next batch of documents after {@code afterId} in id order (keyset paging for a rebuild). */
    @ReadOnly
    public List<CallDocument> documentsAfter(long afterId, int limit) {
        return rows.load(repository.idsAfter(afterId, limit)).stream()
                .map(this::document)
                .toList();
    }

    @ReadOnly
    public long count() {
        return repository.count();
    }

    /** Re-announces every call changed since {@code since} (after a rebuild). */
    @Transactional
    public int reannounceChangedSince(Instant since) {
        List<Long> ids = repository.idsChangedSince(since);
        outbox.enqueueAll(AGGREGATE, ids);
        return ids.size();
    }

    CallDocument document(CallRow row) {
        CallEntity c = row.call();
        List<Region> path = regions.path(c.regionCode());
        String status = CallStatus.PUBLIC.contains(c.status()) && !row.organisationVerified() ? "withheld" : c.status();
        return new CallDocument(
                c.id(),
                c.version() == null ? 1 : c.version(),
                c.title(),
                c.description(),
                c.organisationId(),
                row.organisationName(),
                c.fundingTypeCode(),
                c.programmeCode(),
                c.regionCode(),
                path.stream().map(Region::code).toList(),
                path.stream().map(Region::name).toList(),
                regionPath(c.regionCode()),
                row.parts().targetGroups(),
                c.poolFen(),
                c.maxAwardFen(),
                c.opensAt(),
                c.closesAt(),
                c.conceptClosesAt(),
                c.twoStage(),
                status,
                c.demo(),
                c.updatedAt(),
                c.publishedAt());
    }

    CallRow rowOf(long organisationId, long id) {
        return rows.load(List.of(id)).stream()
                .filter(r -> r.call().organisationId() == organisationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.call", id));
    }

    CallDetail detail(long id) {
        return detail(rows.load(List.of(id)).get(0));
    }

    CallDetail detail(CallRow row) {
        CallEntity c = row.call();
        CallPartsRepository.Parts p = row.parts();
        return new CallDetail(
                c.id(),
                c.status(),
                CallStatus.state(c.status(), c.opensAt(), c.closesAt(), Instant.now()),
                c.statusReason(),
                c.organisationId(),
                row.organisationName(),
                c.title(),
                c.description(),
                c.fundingTypeCode(),
                c.programmeCode(),
                c.poolFen(),
                c.committedFen(),
                c.poolFen() - c.committedFen(),
                c.maxAwardFen(),
                c.managementFeeCapBp(),
                new CallDetail.Eligibility(
                        c.regionCode(),
                        regionPath(c.regionCode()),
                        c.regionBasis(),
                        p.subtypes(),
                        p.targetGroups(),
                        c.minSocialWorkers()),
                local(c.opensAt()),
                local(c.closesAt()),
                c.twoStage(),
                local(c.conceptClosesAt()),
                c.blindReview(),
                c.scoreMin(),
                c.scoreMax(),
                c.reportIntervalMonths(),
                p.sections(),
                p.tranches(),
                p.criteria(),
                local(c.publishedAt()),
                c.demo(),
                c.version() == null ? 1 : c.version());
    }

    static CallSummary summary(CallEntity c, long applications, Instant now) {
        return new CallSummary(
                c.id(),
                c.title(),
                c.status(),
                CallStatus.state(c.status(), c.opensAt(), c.closesAt(), now),
                c.fundingTypeCode(),
                c.poolFen(),
                c.committedFen(),
                local(c.opensAt()),
                local(c.closesAt()),
                c.twoStage(),
                applications,
                c.demo(),
                c.version() == null ? 1 : c.version());
    }

    /** The region's names from the province down, joined by {@value #PATH_SEPARATOR}. */
    String regionPath(String code) {
        return regions.path(code).stream().map(Region::name).collect(Collectors.joining(PATH_SEPARATOR));
    }

    static @Nullable OffsetDateTime local(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(CallValidation.ZONE).toOffsetDateTime();
    }
}

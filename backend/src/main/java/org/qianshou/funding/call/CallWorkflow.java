package org.qianshou.funding.call;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * Calls as their funder's members manage them: drafts, edits (guarded by the version), publishing, closing and
 * cancelling. Every write needs a member of a verified organisation of kind {@code funder}, takes the call's row lock,
 * is audited, and announces the call to the search outbox in its transaction. Once published, only the description, a
 * later close time and a larger pool may change (409 naming any other field).
 */
@Singleton
public class CallWorkflow {

    /** The type of the 403 problem when the organisation is not a funder. */
    public static final String NOT_A_FUNDER = "not-a-funder";

    private final CallRepository repository;
    private final CallPartsRepository parts;
    private final CallRows rows;
    private final CallService calls;
    private final CallValidation validation;
    private final AccessPolicy access;
    private final OrganisationService organisations;
    private final Outbox outbox;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    CallWorkflow(
            CallRepository repository,
            CallPartsRepository parts,
            CallRows rows,
            CallService calls,
            CallValidation validation,
            AccessPolicy access,
            OrganisationService organisations,
            Outbox outbox,
            AuditLog audit) {
        this.repository = repository;
        this.parts = parts;
        this.rows = rows;
        this.calls = calls;
        this.validation = validation;
        this.access = access;
        this.organisations = organisations;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Refuses (403/404) anyone who may not write the organisation's calls, before the body is looked at: a member of a
     * verified funder.
     */
    @Transactional
    public void requireCanWrite(Actor actor, long organisationId) {
        access.requireCanPublish(actor, organisationId);
        Organisation organisation = organisations.find(organisationId).orElseThrow();
        if (!"funder".equals(organisation.kind())) {
            throw new ForbiddenException(NOT_A_FUNDER, "error.call.not-a-funder");
        }
    }

    /** A new draft. */
    @Transactional
    public CallDetail create(Actor actor, long organisationId, @Valid CallRequest request) {
        requireCanWrite(actor, organisationId);
        long id = insert(organisationId, request, CallStatus.DRAFT, actor.accountId(), false, null);
        audit.record(actor.accountId(), "funding.call.created", "funding-call", id, describe(request));
        return calls.detail(id);
    }

    /**
     * Generated demo calls of a funder, in the given status (published ones were published at {@code now}), validated
     * like any other and flagged as demo; returns their ids. {@code createdBy} is the account the rows name.
     */
    @Transactional
    public List<Long> createDemo(
            long organisationId, long createdBy, List<@Valid CallRequest> requests, String status) {
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (CallRequest request : requests) {
            ids.add(insert(
                    organisationId, request, status, createdBy, true, CallStatus.DRAFT.equals(status) ? null : now));
        }
        return ids;
    }

    private long insert(
            long organisationId, CallRequest r, String status, long createdBy, boolean demo, Instant publishedAt) {
        validation.check(r);
        CallEntity saved = repository.save(new CallEntity(
                null,
                organisationId,
                r.title().strip(),
                r.text(),
                r.fundingType(),
                r.programme(),
                r.poolFen(),
                0,
                r.maxAwardFen(),
                r.feeCapBp(),
                r.regionCode(),
                r.basis(),
                r.minWorkers(),
                r.opensAt().toInstant(),
                r.closesAt().toInstant(),
                r.isTwoStage(),
                r.conceptClosesAt() == null ? null : r.conceptClosesAt().toInstant(),
                r.isBlind(),
                r.low(),
                r.high(),
                r.interval(),
                status,
                null,
                publishedAt,
                demo,
                createdBy,
                null,
                null,
                null));
        replaceParts(saved.id(), r);
        outbox.enqueue(CallService.AGGREGATE, saved.id());
        return saved.id();
    }

    private void replaceParts(long id, CallRequest r) {
        parts.replace(
                id,
                distinct(r.subtypeCodes()),
                distinct(r.targetGroupCodes()),
                r.sectionList(),
                r.trancheList(),
                r.criterionList().stream()
                        .map(c -> new CallPartsRepository.NewCriterion(
                                c.name().strip(),
                                c.description() == null ? "" : c.description().strip(),
                                c.weight()))
                        .toList());
    }

    /**
     * An edit of the given version. A draft changes as a whole; a published call only its description, a later close
     * time and a larger pool (409 naming the first other field that differs); closed and cancelled calls not at all.
     */
    @Transactional
    public CallDetail update(Actor actor, long organisationId, long id, @Valid CallRequest r) {
        requireCanWrite(actor, organisationId);
        CallEntity current = own(organisationId, id);
        if (r.version() == null) {
            throw InvalidInputException.of("version", "field.version.required");
        }
        if (!r.version().equals(current.version())) {
            throw ConflictException.onField("version", "error.call.version-conflict", current.version());
        }
        validation.check(r);
        CallEntity updated;
        if (CallStatus.DRAFT.equals(current.status())) {
            updated = save(new CallEntity(
                    id,
                    organisationId,
                    r.title().strip(),
                    r.text(),
                    r.fundingType(),
                    r.programme(),
                    r.poolFen(),
                    current.committedFen(),
                    r.maxAwardFen(),
                    r.feeCapBp(),
                    r.regionCode(),
                    r.basis(),
                    r.minWorkers(),
                    r.opensAt().toInstant(),
                    r.closesAt().toInstant(),
                    r.isTwoStage(),
                    r.conceptClosesAt() == null ? null : r.conceptClosesAt().toInstant(),
                    r.isBlind(),
                    r.low(),
                    r.high(),
                    r.interval(),
                    current.status(),
                    current.statusReason(),
                    current.publishedAt(),
                    current.demo(),
                    current.createdBy(),
                    r.version(),
                    current.createdAt(),
                    null));
            replaceParts(id, r);
        } else if (CallStatus.PUBLISHED.equals(current.status())) {
            requireOnlyOpenFieldsChanged(current, rows.of(current).parts(), r);
            updated = save(new CallEntity(
                    id,
                    organisationId,
                    current.title(),
                    r.text(),
                    current.fundingTypeCode(),
                    current.programmeCode(),
                    r.poolFen(),
                    current.committedFen(),
                    current.maxAwardFen(),
                    current.managementFeeCapBp(),
                    current.regionCode(),
                    current.regionBasis(),
                    current.minSocialWorkers(),
                    current.opensAt(),
                    r.closesAt().toInstant(),
                    current.twoStage(),
                    current.conceptClosesAt(),
                    current.blindReview(),
                    current.scoreMin(),
                    current.scoreMax(),
                    current.reportIntervalMonths(),
                    current.status(),
                    current.statusReason(),
                    current.publishedAt(),
                    current.demo(),
                    current.createdBy(),
                    r.version(),
                    current.createdAt(),
                    null));
        } else {
            throw new ConflictException("error.call.finished");
        }
        outbox.enqueue(CallService.AGGREGATE, id);
        audit.record(
                actor.accountId(),
                "funding.call.updated",
                "funding-call",
                id,
                "version " + updated.version() + ", " + describe(r));
        return calls.detail(id);
    }

    /** Draft → published: it needs a tranche schedule, a rubric and a close time still ahead. */
    @Transactional
    public CallDetail publish(Actor actor, long organisationId, long id) {
        requireCanWrite(actor, organisationId);
        CallEntity current = own(organisationId, id);
        if (!CallStatus.DRAFT.equals(current.status())) {
            throw new ConflictException("error.call.not-draft");
        }
        Instant now = Instant.now();
        validation.checkPublishable(rows.of(current).parts(), current, now);
        setStatus(current, CallStatus.PUBLISHED, null, now);
        audit.record(
                actor.accountId(), "funding.call.published", "funding-call", id, "pool " + current.poolFen() + " fen");
        return calls.detail(id);
    }

    /** Published → closed: no more submissions, whatever the close time says; still public. */
    @Transactional
    public CallDetail close(Actor actor, long organisationId, long id) {
        requireCanWrite(actor, organisationId);
        CallEntity current = own(organisationId, id);
        if (!CallStatus.PUBLISHED.equals(current.status())) {
            throw new ConflictException("error.call.not-published");
        }
        setStatus(current, CallStatus.CLOSED, null, current.publishedAt());
        audit.record(actor.accountId(), "funding.call.closed", "funding-call", id, null);
        return calls.detail(id);
    }

    /** Draft or published → cancelled, with a reason; refused once money of the pool is committed. */
    @Transactional
    public CallDetail cancel(Actor actor, long organisationId, long id, @Valid ReasonRequest request) {
        requireCanWrite(actor, organisationId);
        CallEntity current = own(organisationId, id);
        if (!CallStatus.DRAFT.equals(current.status()) && !CallStatus.PUBLISHED.equals(current.status())) {
            throw new ConflictException("error.call.finished");
        }
        if (current.committedFen() > 0) {
            throw new ConflictException("error.call.committed");
        }
        String reason = request.reason().strip();
        setStatus(current, CallStatus.CANCELLED, reason, current.publishedAt());
        audit.record(
                actor.accountId(),
                "funding.call.cancelled",
                "funding-call",
                id,
                "reason of " + reason.codePointCount(0, reason.length()) + " characters");
        return calls.detail(id);
    }

    /**
     * A published call keeps its terms: applicants prepared against them. Only the description, a close time no
     * earlier than the current one and a pool no smaller than the current one may differ.
     */
    private static void requireOnlyOpenFieldsChanged(CallEntity c, CallPartsRepository.Parts p, CallRequest r) {
        List<Object[]> fixed = List.of(
                new Object[] {"title", c.title(), r.title().strip()},
                new Object[] {"fundingType", c.fundingTypeCode(), r.fundingType()},
                new Object[] {"programme", c.programmeCode(), r.programme()},
                new Object[] {"maxAwardFen", c.maxAwardFen(), r.maxAwardFen()},
                new Object[] {"managementFeeCapBp", c.managementFeeCapBp(), r.feeCapBp()},
                new Object[] {"regionCode", c.regionCode(), r.regionCode()},
                new Object[] {"regionBasis", c.regionBasis(), r.basis()},
                new Object[] {"subtypes", new LinkedHashSet<>(p.subtypes()), new LinkedHashSet<>(r.subtypeCodes())},
                new Object[] {
                    "targetGroups", new LinkedHashSet<>(p.targetGroups()), new LinkedHashSet<>(r.targetGroupCodes())
                },
                new Object[] {"minSocialWorkers", c.minSocialWorkers(), r.minWorkers()},
                new Object[] {"opensAt", c.opensAt(), r.opensAt().toInstant()},
                new Object[] {"twoStage", c.twoStage(), r.isTwoStage()},
                new Object[] {
                    "conceptClosesAt",
                    c.conceptClosesAt(),
                    r.conceptClosesAt() == null ? null : r.conceptClosesAt().toInstant()
                },
                new Object[] {"blindReview", c.blindReview(), r.isBlind()},
                new Object[] {"scoreMin", c.scoreMin(), r.low()},
                new Object[] {"scoreMax", c.scoreMax(), r.high()},
                new Object[] {"reportIntervalMonths", c.reportIntervalMonths(), r.interval()},
                new Object[] {"sections", p.sections(), r.sectionList()},
                new Object[] {"tranches", p.tranches(), r.trancheList()},
                new Object[] {
                    "criteria",
                    p.criteria().stream()
                            .map(x -> List.of(x.name(), x.description(), x.weight()))
                            .toList(),
                    r.criterionList().stream()
                            .map(x -> List.of(
                                    x.name().strip(),
                                    x.description() == null
                                            ? ""
                                            : x.description().strip(),
                                    x.weight()))
                            .toList()
                });
        for (Object[] field : fixed) {
            if (!Objects.equals(field[1], field[2])) {
                throw ConflictException.onField((String) field[0], "error.call.published-field", field[0]);
            }
        }
        if (r.closesAt().toInstant().isBefore(c.closesAt())) {
            throw ConflictException.onField("closesAt", "error.call.published-closes-earlier");
        }
        if (r.poolFen() < c.poolFen()) {
            throw ConflictException.onField("poolFen", "error.call.published-pool-smaller", c.committedFen());
        }
    }

    private CallEntity save(CallEntity entity) {
        try {
            return repository.update(entity);
        } catch (OptimisticLockException e) {
            throw ConflictException.onField("version", "error.call.version-conflict", entity.version());
        }
    }

    private CallEntity own(long organisationId, long id) {
        return repository
                .findByIdForUpdate(id)
                .filter(c -> c.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.call", id));
    }

    private void setStatus(CallEntity current, String status, String reason, Instant publishedAt) {
        save(current.withStatus(status, reason, publishedAt));
        outbox.enqueue(CallService.AGGREGATE, current.id());
    }

    /** What the audit log keeps of a call: its money and times, never free text. */
    private static String describe(CallRequest r) {
        return "pool " + r.poolFen() + " fen, max " + r.maxAwardFen() + " fen, region " + r.regionCode() + ", "
                + r.trancheList().size() + " tranches, " + r.criterionList().size() + " criteria";
    }

    private static List<String> distinct(List<String> codes) {
        return List.copyOf(new LinkedHashSet<>(codes));
    }
}

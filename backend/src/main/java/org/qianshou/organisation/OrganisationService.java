package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qianshou.region.RegionService;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;

/**
 * Views of organisations: what members, administrators and the public see of them, and what the search index and
 * other features read. Changes go through {@link OrganisationRegistration} (members) and
 * {@link OrganisationVerification} (administrators); the checks are in {@link OrganisationValidation}.
 */
@Singleton
public class OrganisationService {

    /** The outbox's aggregate type for organisations. */
    public static final String AGGREGATE = "organisation";

    static final String OBJECT_TYPE = "organisation";

    private final OrganisationRepository repository;
    private final DocumentRepository documents;
    private final MembershipRepository memberships;
    private final Associations associations;
    private final RegionService regions;

    OrganisationService(
            OrganisationRepository repository,
            DocumentRepository documents,
            MembershipRepository memberships,
            Associations associations,
            RegionService regions) {
        this.repository = repository;
        this.documents = documents;
        this.memberships = memberships;
        this.associations = associations;
        this.regions = regions;
    }

    /** The organisations the actor belongs to, with its role in each. */
    @ReadOnly
    public List<OrganisationSummary> mine(Actor actor) {
        Map<Long, String> roles = memberships.rolesOf(actor.accountId());
        List<OrganisationSummary> result = new ArrayList<>();
        for (var entry : roles.entrySet()) {
            repository.findById(entry.getKey()).ifPresent(o -> result.add(OrganisationSummary.of(o, entry.getValue())));
        }
        return result;
    }

    /**
     * One organisation as the actor may see it: everything for members and administrators, the
     * public view of a verified organisation for anyone else, and 404 otherwise.
     */
    @ReadOnly
    public OrganisationDetail view(@Nullable Actor actor, long id) {
        Organisation o = load(id);
        Optional<String> role = actor == null ? Optional.empty() : memberships.roleOf(id, actor.accountId());
        if (role.isPresent() || (actor != null && actor.isAdmin())) {
            return full(o, role.orElse(null));
        }
        if (o.isVerified()) {
            return publicView(o);
        }
        throw new NotFoundException("resource.organisation", id);
    }

    @ReadOnly
    public Optional<Organisation> find(long id) {
        return repository.findById(id);
    }

    /** The organisations with the given ids (those that exist), by id. */
    @ReadOnly
    public Map<Long, Organisation> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Organisation> result = new HashMap<>();
        for (Organisation o : repository.findByIdIn(ids)) {
            result.put(o.id(), o);
        }
        return result;
    }

    /** The accounts of the organisation's members, the owner first: for messages other features send them. */
    @ReadOnly
    public List<Long> memberAccountIds(long organisationId) {
        return memberships.list(organisationId).stream()
                .map(MembershipRepository.Member::accountId)
                .toList();
    }

    /** What an organisation serves: its service regions and target groups (codes). */
    public record Served(List<String> serviceRegionCodes, List<String> targetGroups) {}

    /**
     * The service regions and target groups of an organisation in any status (funding calls check an applicant's
     * eligibility against them); empty lists when it has none or does not exist.
     */
    @ReadOnly
    public Served served(long id) {
        Associations.Codes c = associations.of(id);
        return new Served(c.serviceRegions(), c.targetGroups());
    }

    /** The organisation's status, or empty when it does not exist. */
    @ReadOnly
    public Optional<String> status(long id) {
        return repository.findById(id).map(Organisation::status);
    }

    /**
     * What the search index holds of the given organisations; ids that are not (or no longer)
     * verified are left out, so the caller deletes them from the index.
     */
    @ReadOnly
    public List<OrganisationIndexRow> indexRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Organisation> verified = repository.findVerified(ids);
        Map<Long, Associations.Codes> codes =
                associations.of(verified.stream().map(Organisation::id).toList());
        return verified.stream()
                .map(o -> {
                    Associations.Codes c = codes.getOrDefault(o.id(), Associations.Codes.NONE);
                    return new OrganisationIndexRow(
                            o.id(),
                            o.version(),
                            o.name(),
                            o.kind(),
                            o.subtype(),
                            o.registeredRegionCode(),
                            c.serviceRegions(),
                            c.targetGroups(),
                            c.serviceCategories(),
                            o.description(),
                            o.demo(),
                            o.updatedAt(),
                            o.publishedAt());
                })
                .toList();
    }

    /** Ids of verified organisations after {@code afterId}, in order (for rebuilding the index in pages). */
    @ReadOnly
    public List<Long> verifiedIdsAfter(long afterId, int limit) {
        return repository.verifiedIdsAfter(afterId, limit);
    }

    private Organisation load(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }

    OrganisationDetail full(Organisation o, @Nullable String role) {
        Associations.Codes c = associations.of(o.id());
        boolean refused = Organisation.REJECTED.equals(o.status()) || Organisation.SUSPENDED.equals(o.status());
        return new OrganisationDetail(
                o.id(),
                o.name(),
                o.kind(),
                o.subtype(),
                o.creditCode(),
                o.legalRepresentative(),
                region(o.registeredRegionCode()),
                o.registeredRegionCode(),
                o.address(),
                c.serviceRegions().stream().map(this::region).toList(),
                c.serviceRegions(),
                c.targetGroups(),
                c.serviceCategories(),
                o.description(),
                o.contactPhone(),
                o.contactEmail(),
                workers(o),
                o.demo(),
                true,
                o.status(),
                Organisation.REJECTED.equals(o.status()) ? o.statusReason() : null,
                refused ? o.statusReason() : null,
                o.submittedAt(),
                o.decidedAt(),
                memberships.count(o.id()),
                documents.countByOrganisationId(o.id()),
                role,
                o.version(),
                o.createdAt(),
                o.updatedAt());
    }

    private OrganisationDetail publicView(Organisation o) {
        Associations.Codes c = associations.of(o.id());
        return new OrganisationDetail(
                o.id(),
                o.name(),
                o.kind(),
                o.subtype(),
                o.creditCode(),
                o.legalRepresentative(),
                region(o.registeredRegionCode()),
                o.registeredRegionCode(),
                o.address(),
                c.serviceRegions().stream().map(this::region).toList(),
                c.serviceRegions(),
                c.targetGroups(),
                c.serviceCategories(),
                o.description(),
                o.contactPhone(),
                o.contactEmail(),
                workers(o),
                o.demo(),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static OrganisationRequest.SocialWorkers workers(Organisation o) {
        return new OrganisationRequest.SocialWorkers(
                o.socialWorkersAssistant(), o.socialWorkersIntermediate(), o.socialWorkersSenior());
    }

    private OrganisationDetail.RegionRef region(String code) {
        return new OrganisationDetail.RegionRef(
                code, regions.find(code).map(r -> r.name()).orElse(code));
    }
}

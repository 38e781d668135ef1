package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;

/**
 * The one place that decides what an actor may do with an organisation and what belongs to it.
 * Organisation roles ({@code owner}, {@code staff}) are read from the database on every check, never
 * from the token. Whoever may not know that an unverified organisation exists gets 404; whoever may
 * know it but not act gets 403 with a reason ({@code not-a-member}, {@code not-owner},
 * {@code organisation-not-verified}).
 */
@Singleton
public class AccessPolicy {

    public static final String NOT_A_MEMBER = "not-a-member";
    public static final String NOT_OWNER = "not-owner";
    public static final String NOT_VERIFIED = "organisation-not-verified";

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;

    AccessPolicy(OrganisationRepository organisations, MembershipRepository memberships) {
        this.organisations = organisations;
        this.memberships = memberships;
    }

    /**
     * For changes made on the organisation's behalf: the actor is its owner or staff. Administrators
     * are not members; use {@link #requireMemberOrAdmin} for reading.
     *
     * @return the actor's role, {@code owner} or {@code staff}
     */
    @ReadOnly
    public String requireMember(Actor actor, long organisationId) {
        Organisation organisation = load(organisationId);
        return memberships
                .roleOf(organisationId, actor.accountId())
                .orElseThrow(() -> refusal(actor, organisation, NOT_A_MEMBER, "error.not-a-member"));
    }

    /**
     * For reading what only insiders see (members, documents, draft projects): owner, staff or an
     * administrator.
     *
     * @return the actor's role, or {@code null} for an administrator who is not a member
     */
    @ReadOnly
    public @Nullable String requireMemberOrAdmin(Actor actor, long organisationId) {
        Organisation organisation = load(organisationId);
        Optional<String> role = memberships.roleOf(organisationId, actor.accountId());
        if (role.isPresent() || actor.isAdmin()) {
            return role.orElse(null);
        }
        throw refusal(actor, organisation, NOT_A_MEMBER, "error.not-a-member");
    }

    /** The actor is the organisation's owner (manages members, submits for verification). */
    @ReadOnly
    public void requireOwner(Actor actor, long organisationId) {
        Organisation organisation = load(organisationId);
        String role = memberships
                .roleOf(organisationId, actor.accountId())
                .orElseThrow(() -> refusal(actor, organisation, NOT_A_MEMBER, "error.not-a-member"));
        if (!MembershipRepository.OWNER.equals(role)) {
            throw new ForbiddenException(NOT_OWNER, "error.not-owner");
        }
    }

    /**
     * The actor is a member and the organisation is verified, so it may publish projects (and, later,
     * receive money). Otherwise 403 {@code organisation-not-verified}, saying the current status.
     */
    @ReadOnly
    public void requireCanPublish(Actor actor, long organisationId) {
        Organisation organisation = load(organisationId);
        if (memberships.roleOf(organisationId, actor.accountId()).isEmpty()) {
            throw refusal(actor, organisation, NOT_A_MEMBER, "error.not-a-member");
        }
        if (!organisation.isVerified()) {
            throw new ForbiddenException(NOT_VERIFIED, "error.organisation-not-verified." + organisation.status());
        }
    }

    /** Whether the actor is one of the organisation's members, or an administrator. */
    @ReadOnly
    public boolean isMemberOrAdmin(Actor actor, long organisationId) {
        return actor.isAdmin()
                || memberships.roleOf(organisationId, actor.accountId()).isPresent();
    }

    /** Whether the account is one of the organisation's members (owner or staff). */
    @ReadOnly
    public boolean isMember(long accountId, long organisationId) {
        return memberships.roleOf(organisationId, accountId).isPresent();
    }

    /** The organisations each of the accounts is a member of (accounts of no organisation are left out). */
    @ReadOnly
    public java.util.Map<Long, java.util.Set<Long>> organisationsOf(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, java.util.Set<Long>> result = new java.util.HashMap<>();
        if (!accountIds.isEmpty()) {
            for (OrganisationMember m : memberships.findByAccounts(accountIds)) {
                result.computeIfAbsent(m.id().accountId(), k -> new java.util.HashSet<>())
                        .add(m.id().organisationId());
            }
        }
        return result;
    }

    /** Whether the actor (or the public, {@code null}) may know that the organisation exists. */
    @ReadOnly
    public boolean canSeeOrganisation(@Nullable Actor actor, long organisationId) {
        return organisations.findById(organisationId).map(o -> canSee(actor, o)).orElse(false);
    }

    boolean canSee(@Nullable Actor actor, Organisation organisation) {
        if (organisation.isVerified()) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        return actor.isAdmin()
                || memberships.roleOf(organisation.id(), actor.accountId()).isPresent();
    }

    private Organisation load(long organisationId) {
        return organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException("resource.organisation", organisationId));
    }

    /** 403 when the actor may know the organisation, 404 when it may not. */
    private RuntimeException refusal(Actor actor, Organisation organisation, String type, String key) {
        if (organisation.isVerified() || actor.isAdmin()) {
            return new ForbiddenException(type, key);
        }
        return new NotFoundException("resource.organisation", organisation.id());
    }
}

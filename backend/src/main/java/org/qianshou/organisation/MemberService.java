package org.qianshou.organisation;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.qianshou.account.AccountDirectory;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.MemberViews.InvitationView;
import org.qianshou.organisation.MemberViews.MemberView;
import org.qianshou.organisation.MemberViews.Members;
import org.qianshou.organisation.MemberViews.MyInvitation;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.Messages;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.MessageSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * Members of organisations: the owner invites staff by phone or e-mail, removes them, or hands the
 * ownership over; the invited account accepts or declines. Phone numbers and e-mail addresses are
 * never logged or audited, and shown only masked.
 */
@Singleton
public class MemberService {

    /** A stored invitation and what the invitee must be told. */
    public record Invited(InvitationView invitation, Identifier to, String organisationName) {}

    private final AccessPolicy access;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final AccountDirectory accounts;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final MessageSender sender;
    private final Messages messages;
    private final QianshouConfiguration config;
    private final OrganisationLimits limits;

    MemberService(
            AccessPolicy access,
            MembershipRepository memberships,
            InvitationRepository invitations,
            AccountDirectory accounts,
            OrganisationRepository organisations,
            AuditLog audit,
            MessageSender sender,
            Messages messages,
            QianshouConfiguration config,
            OrganisationLimits limits) {
        this.access = access;
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
        this.sender = sender;
        this.messages = messages;
        this.config = config;
        this.limits = limits;
    }

    @ReadOnly
    public Members members(Actor actor, long organisationId) {
        access.requireMemberOrAdmin(actor, organisationId);
        List<MembershipRepository.Member> rows = memberships.list(organisationId);
        Map<Long, String> names = accounts.displayNames(
                rows.stream().map(MembershipRepository.Member::accountId).toList());
        List<MemberView> members = rows.stream()
                .map(m -> new MemberView(m.accountId(), names.getOrDefault(m.accountId(), ""), m.role(), m.joinedAt()))
                .toList();
        List<InvitationView> pending = invitations.pendingOf(organisationId).stream()
                .map(MemberService::view)
                .toList();
        return new Members(members, pending);
    }

    /** The accounts of the organisation's members (owner first), for features that write to them. */
    @ReadOnly
    public List<Long> accountIds(long organisationId) {
        return memberships.list(organisationId).stream()
                .map(MembershipRepository.Member::accountId)
                .toList();
    }

    /**
     * The owner invites a phone number or e-mail address as staff. Inviting the same address again
     * while an invitation is pending keeps that invitation (and sends the message again).
     */
    @Transactional
    public Invited invite(Actor actor, long organisationId, String rawIdentifier) {
        access.requireOwner(actor, organisationId);
        Identifier identifier = Identifiers.parse(rawIdentifier)
                .orElseThrow(() -> InvalidInputException.of("identifier", "field.identifier.invalid"));
        accounts.accountWith(identifier).ifPresent(accountId -> {
            if (memberships.roleOf(organisationId, accountId).isPresent()) {
                throw new ConflictException("error.member.already");
            }
        });
        String name = organisations.findById(organisationId).orElseThrow().name();
        var existing = invitations.pending(organisationId, identifier);
        if (existing.isPresent()) {
            return new Invited(view(existing.get()), identifier, name);
        }
        long id = invitations.create(organisationId, identifier, actor.accountId());
        audit.record(
                actor.accountId(),
                "member.invited",
                OrganisationService.OBJECT_TYPE,
                organisationId,
                "invitation #" + id + " (" + identifier.kind().name().toLowerCase(Locale.ROOT) + ")");
        InvitationRepository.Pending stored = invitations.find(id).orElseThrow();
        return new Invited(view(stored), identifier, name);
    }

    /** Tells the invitee, in Chinese with an English line below; call after the invitation is committed. */
    public void notify(Invited invited) {
        String link = config.publicUrl().replaceAll("/+$", "") + "/account/invitations";
        String subject = messages.get(Messages.CHINESE, "invitation.subject", invited.organisationName()) + " / "
                + messages.get(Locale.ENGLISH, "invitation.subject", invited.organisationName());
        String text = messages.get(Messages.CHINESE, "invitation.text", invited.organisationName(), link) + "\n\n"
                + messages.get(Locale.ENGLISH, "invitation.text", invited.organisationName(), link);
        sender.send(new OutgoingMessage(invited.to(), "invitation", subject, text));
    }

    @Transactional
    public void revoke(Actor actor, long organisationId, long invitationId) {
        access.requireOwner(actor, organisationId);
        InvitationRepository.Pending pending = invitations
                .find(invitationId)
                .filter(i -> i.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.invitation", invitationId));
        invitations.revoke(pending.id());
        audit.record(
                actor.accountId(),
                "member.invitation-revoked",
                OrganisationService.OBJECT_TYPE,
                organisationId,
                "invitation #" + invitationId);
    }

    /** The owner removes a staff member. The owner cannot be removed (transfer the ownership first). */
    @Transactional
    public void remove(Actor actor, long organisationId, long accountId) {
        access.requireOwner(actor, organisationId);
        String role = memberships
                .roleOf(organisationId, accountId)
                .orElseThrow(() -> new NotFoundException("resource.member", accountId));
        if (MembershipRepository.OWNER.equals(role)) {
            throw new ConflictException("error.member.remove-owner");
        }
        memberships.remove(organisationId, accountId);
        audit.record(
                actor.accountId(),
                "member.removed",
                OrganisationService.OBJECT_TYPE,
                organisationId,
                "account #" + accountId);
    }

    /** The owner hands the ownership to a staff member and becomes staff. */
    @Transactional
    public void transfer(Actor actor, long organisationId, Long accountId) {
        access.requireOwner(actor, organisationId);
        if (accountId == null) {
            throw InvalidInputException.of("accountId", "error.required");
        }
        String role = memberships.roleOf(organisationId, accountId).orElse(null);
        if (!MembershipRepository.STAFF.equals(role)) {
            throw InvalidInputException.of("accountId", "field.member.not-staff", accountId);
        }
        memberships.lockOwnedCount(accountId);
        if (memberships.countOwned(accountId) >= limits.maxOwnedPerAccount()) {
            // Ownership handed over counts like a registration: nobody owns more than the quota.
            throw new ConflictException("error.organisation.quota", limits.maxOwnedPerAccount());
        }
        memberships.transfer(organisationId, actor.accountId(), accountId);
        audit.record(
                actor.accountId(),
                "member.ownership-transferred",
                OrganisationService.OBJECT_TYPE,
                organisationId,
                "account #" + actor.accountId() + " -> account #" + accountId);
    }

    /** Pending invitations addressed to the signed-in account's phone or e-mail. */
    @ReadOnly
    public List<MyInvitation> myInvitations(Actor actor) {
        AccountDirectory.Contact contact = accounts.contactOf(actor.accountId());
        if (contact.phone() == null && contact.email() == null) {
            return List.of();
        }
        return invitations.pendingFor(contact.phone(), contact.email()).stream()
                .map(i -> new MyInvitation(
                        i.id(),
                        i.organisationId(),
                        organisations
                                .findById(i.organisationId())
                                .map(Organisation::name)
                                .orElse(""),
                        i.role(),
                        i.createdAt()))
                .toList();
    }

    @Transactional
    public void accept(Actor actor, long invitationId) {
        InvitationRepository.Pending invitation = mine(actor, invitationId);
        long organisationId = invitation.organisationId();
        invitations.accept(invitation.id());
        if (memberships.roleOf(organisationId, actor.accountId()).isEmpty()) {
            memberships.add(organisationId, actor.accountId(), invitation.role());
            audit.record(
                    actor.accountId(),
                    "member.joined",
                    OrganisationService.OBJECT_TYPE,
                    organisationId,
                    "invitation #" + invitationId + " as " + invitation.role());
        }
    }

    @Transactional
    public void decline(Actor actor, long invitationId) {
        InvitationRepository.Pending invitation = mine(actor, invitationId);
        invitations.decline(invitation.id());
        audit.record(
                actor.accountId(),
                "member.invitation-declined",
                OrganisationService.OBJECT_TYPE,
                invitation.organisationId(),
                "invitation #" + invitationId);
    }

    /** A pending invitation addressed to the actor; 404 for anything else, so ids reveal nothing. */
    private InvitationRepository.Pending mine(Actor actor, long invitationId) {
        AccountDirectory.Contact contact = accounts.contactOf(actor.accountId());
        return invitations
                .find(invitationId)
                .filter(i -> i.identifier().kind() == Identifiers.Kind.PHONE
                        ? Objects.equals(i.identifier().value(), contact.phone())
                        : Objects.equals(i.identifier().value(), contact.email()))
                .orElseThrow(() -> new NotFoundException("resource.invitation", invitationId));
    }

    private static InvitationView view(InvitationRepository.Pending p) {
        return new InvitationView(p.id(), p.identifier().masked(), p.role(), p.createdAt());
    }
}

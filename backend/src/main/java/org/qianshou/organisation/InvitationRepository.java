package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * The {@code organisation_invitation} table. Callers bring the transaction.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvitationRepository extends GenericRepository<OrganisationInvitation, Long> {

    /** A pending invitation. */
    record Pending(long id, long organisationId, Identifier identifier, String role, Instant createdAt) {

        static Pending of(OrganisationInvitation row) {
            Identifiers.Kind kind =
                    Identifiers.Kind.valueOf(row.identifierKind().toUpperCase(Locale.ROOT));
            return new Pending(
                    row.id(),
                    row.organisationId(),
                    new Identifier(kind, row.identifier()),
                    row.role(),
                    row.createdAt());
        }
    }

    OrganisationInvitation save(OrganisationInvitation invitation);

    Optional<OrganisationInvitation> findByIdAndAcceptedAtIsNullAndDeclinedAtIsNullAndRevokedAtIsNull(long id);

    Optional<OrganisationInvitation>
            findByOrganisationIdAndIdentifierKindAndIdentifierAndAcceptedAtIsNullAndDeclinedAtIsNullAndRevokedAtIsNull(
                    long organisationId, String identifierKind, String identifier);

    @Query("SELECT * FROM organisation_invitation WHERE organisation_id = :organisationId"
            + " AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL ORDER BY created_at, id")
    List<OrganisationInvitation> findPendingOf(long organisationId);

    @Query("SELECT * FROM organisation_invitation"
            + " WHERE ((identifier_kind = 'phone' AND identifier = :phone) OR (identifier_kind = 'email' AND identifier = :email))"
            + " AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL ORDER BY created_at, id")
    List<OrganisationInvitation> findPendingFor(@Nullable String phone, @Nullable String email);

    @Query("UPDATE organisation_invitation SET accepted_at = now() WHERE id = :id"
            + " AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL")
    int accept(long id);

    @Query("UPDATE organisation_invitation SET declined_at = now() WHERE id = :id"
            + " AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL")
    int decline(long id);

    @Query("UPDATE organisation_invitation SET revoked_at = now() WHERE id = :id"
            + " AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL")
    int revoke(long id);

    /** The pending invitation of this identifier to this organisation, if any. */
    default Optional<Pending> pending(long organisationId, Identifier identifier) {
        return findByOrganisationIdAndIdentifierKindAndIdentifierAndAcceptedAtIsNullAndDeclinedAtIsNullAndRevokedAtIsNull(
                        organisationId, kind(identifier), identifier.value())
                .map(Pending::of);
    }

    default long create(long organisationId, Identifier identifier, long invitedBy) {
        return save(new OrganisationInvitation(
                        null,
                        organisationId,
                        kind(identifier),
                        identifier.value(),
                        MembershipRepository.STAFF,
                        invitedBy,
                        null,
                        null,
                        null,
                        null))
                .id();
    }

    default List<Pending> pendingOf(long organisationId) {
        return findPendingOf(organisationId).stream().map(Pending::of).toList();
    }

    /** Pending invitations addressed to this phone number or e-mail address (either may be null). */
    default List<Pending> pendingFor(@Nullable String phone, @Nullable String email) {
        return findPendingFor(phone, email).stream().map(Pending::of).toList();
    }

    default Optional<Pending> find(long id) {
        return findByIdAndAcceptedAtIsNullAndDeclinedAtIsNullAndRevokedAtIsNull(id)
                .map(Pending::of);
    }

    private static String kind(Identifier identifier) {
        return identifier.kind().name().toLowerCase(Locale.ROOT);
    }
}

package org.qianshou.organisation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code organisation_member} table; callers bring the transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MembershipRepository extends GenericRepository<OrganisationMember, OrganisationMember.Key> {

    String OWNER = "owner";
    String STAFF = "staff";

    /** A member: the account, its role and when it joined. */
    @Introspected
    record Member(long accountId, String role, Instant joinedAt) {}

    Optional<OrganisationMember> findById(OrganisationMember.Key id);

    OrganisationMember save(OrganisationMember member);

    OrganisationMember update(OrganisationMember member);

    @Query("DELETE FROM organisation_member WHERE organisation_id = :organisationId AND account_id = :accountId"
            + " AND role = 'staff'")
    int deleteStaff(long organisationId, long accountId);

    /** Members of an organisation, the owner first, then by joining date. */
    @Query("SELECT account_id, role, joined_at FROM organisation_member WHERE organisation_id = :organisationId"
            + " ORDER BY (role = 'owner') DESC, joined_at, account_id")
    List<Member> list(long organisationId);

    @Query("SELECT count(*) FROM organisation_member WHERE organisation_id = :organisationId")
    int count(long organisationId);

    /**
     * Holds a lock on the account's owned-organisation count until the transaction ends, so two registrations (or
     * transfers) for one account cannot both count below the quota before either adds its owner row. A separate
     * statement from the count, which then sees what the previous holder committed.
     */
    @Query("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended('organisation-owner:' ||"
            + " CAST(:accountId AS text), 0))) l")
    int lockOwnedCount(long accountId);

    /** How many organisations the account owns. */
    @Query("SELECT count(*) FROM organisation_member WHERE account_id = :accountId AND role = 'owner'")
    int countOwned(long accountId);

    @Query("SELECT * FROM organisation_member WHERE account_id = :accountId ORDER BY joined_at, organisation_id")
    List<OrganisationMember> findByAccount(long accountId);

    @Query("SELECT * FROM organisation_member WHERE account_id IN (:accountIds)")
    List<OrganisationMember> findByAccounts(java.util.Collection<Long> accountIds);

    default Optional<String> roleOf(long organisationId, long accountId) {
        return findById(new OrganisationMember.Key(organisationId, accountId)).map(OrganisationMember::role);
    }

    default void add(long organisationId, long accountId, String role) {
        save(new OrganisationMember(new OrganisationMember.Key(organisationId, accountId), role, null));
    }

    /** Removes a staff member (never the owner); whether there was one. */
    default boolean remove(long organisationId, long accountId) {
        return deleteStaff(organisationId, accountId) > 0;
    }

    /** Makes {@code newOwner} (a staff member) the owner and the current owner staff. */
    default void transfer(long organisationId, long currentOwner, long newOwner) {
        // The old owner steps down first: the partial unique index allows one owner at any moment.
        setRole(organisationId, currentOwner, STAFF);
        setRole(organisationId, newOwner, OWNER);
    }

    private void setRole(long organisationId, long accountId, String role) {
        findById(new OrganisationMember.Key(organisationId, accountId))
                .ifPresent(m -> update(new OrganisationMember(m.id(), role, m.joinedAt())));
    }

    /** The organisations an account belongs to, with its role in each, in joining order. */
    default Map<Long, String> rolesOf(long accountId) {
        Map<Long, String> roles = new LinkedHashMap<>();
        for (OrganisationMember m : findByAccount(accountId)) {
            roles.put(m.id().organisationId(), m.role());
        }
        return roles;
    }
}

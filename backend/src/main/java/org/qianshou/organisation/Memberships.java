package org.qianshou.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code organisation_member} table; callers bring the transaction. */
@Singleton
class Memberships {

    static final String OWNER = "owner";
    static final String STAFF = "staff";

    /** A member with the display name of its account. */
    record Member(long accountId, String displayName, String role, Instant joinedAt) {}

    private final JdbcOperations jdbc;

    Memberships(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> roleOf(long organisationId, long accountId) {
        return jdbc.prepareStatement(
                "SELECT role FROM organisation_member WHERE organisation_id = ? AND account_id = ?", st -> {
                    st.setLong(1, organisationId);
                    st.setLong(2, accountId);
                    try (var rs = st.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                });
    }

    void add(long organisationId, long accountId, String role) {
        jdbc.prepareStatement(
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (?, ?, ?)", st -> {
                    st.setLong(1, organisationId);
                    st.setLong(2, accountId);
                    st.setString(3, role);
                    return st.executeUpdate();
                });
    }

    boolean remove(long organisationId, long accountId) {
        return jdbc.prepareStatement(
                        "DELETE FROM organisation_member WHERE organisation_id = ? AND account_id = ? AND role = 'staff'",
                        st -> {
                            st.setLong(1, organisationId);
                            st.setLong(2, accountId);
                            return st.executeUpdate();
                        })
                > 0;
    }

    /** Makes {@code newOwner} (a staff member) the owner and the current owner staff. */
    void transfer(long organisationId, long currentOwner, long newOwner) {
        // The old owner steps down first: the partial unique index allows one owner at any moment.
        setRole(organisationId, currentOwner, STAFF);
        setRole(organisationId, newOwner, OWNER);
    }

    private void setRole(long organisationId, long accountId, String role) {
        jdbc.prepareStatement(
                "UPDATE organisation_member SET role = ? WHERE organisation_id = ? AND account_id = ?", st -> {
                    st.setString(1, role);
                    st.setLong(2, organisationId);
                    st.setLong(3, accountId);
                    return st.executeUpdate();
                });
    }

    /** Members of an organisation, the owner first, then by joining date. */
    List<Member> list(long organisationId) {
        return jdbc.prepareStatement(
                "SELECT m.account_id, a.display_name, m.role, m.joined_at FROM organisation_member m"
                        + " JOIN account a ON a.id = m.account_id WHERE m.organisation_id = ?"
                        + " ORDER BY (m.role = 'owner') DESC, m.joined_at, m.account_id",
                st -> {
                    st.setLong(1, organisationId);
                    List<Member> members = new ArrayList<>();
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            members.add(new Member(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant()));
                        }
                    }
                    return members;
                });
    }

    int count(long organisationId) {
        return jdbc.prepareStatement("SELECT count(*) FROM organisation_member WHERE organisation_id = ?", st -> {
            st.setLong(1, organisationId);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** How many organisations the account owns. */
    int countOwned(long accountId) {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM organisation_member WHERE account_id = ? AND role = 'owner'", st -> {
                    st.setLong(1, accountId);
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
    }

    /** The organisations an account belongs to, with its role in each, in joining order. */
    Map<Long, String> rolesOf(long accountId) {
        return jdbc.prepareStatement(
                "SELECT organisation_id, role FROM organisation_member WHERE account_id = ?"
                        + " ORDER BY joined_at, organisation_id",
                st -> {
                    st.setLong(1, accountId);
                    Map<Long, String> roles = new LinkedHashMap<>();
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            roles.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                    return roles;
                });
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}

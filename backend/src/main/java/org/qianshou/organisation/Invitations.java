package org.qianshou.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * The {@code organisation_invitation} table, and the signed-in account's own phone and e-mail (read
 * from {@code account}, which the accounts feature owns). Callers bring the transaction.
 */
@Singleton
class Invitations {

    /** A pending invitation. */
    record Pending(long id, long organisationId, Identifier identifier, String role, Instant createdAt) {}

    private static final String PENDING = "accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL";

    private final JdbcOperations jdbc;

    Invitations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The pending invitation of this identifier to this organisation, if any. */
    Optional<Pending> pending(long organisationId, Identifier identifier) {
        return jdbc.prepareStatement(
                "SELECT id, organisation_id, identifier_kind, identifier, role, created_at FROM organisation_invitation"
                        + " WHERE organisation_id = ? AND identifier_kind = ? AND identifier = ? AND " + PENDING,
                st -> {
                    st.setLong(1, organisationId);
                    st.setString(2, kind(identifier));
                    st.setString(3, identifier.value());
                    try (var rs = st.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.<Pending>empty();
                    }
                });
    }

    long create(long organisationId, Identifier identifier, long invitedBy) {
        return jdbc.prepareStatement(
                "INSERT INTO organisation_invitation (organisation_id, identifier_kind, identifier, role, invited_by)"
                        + " VALUES (?, ?, ?, 'staff', ?) RETURNING id",
                st -> {
                    st.setLong(1, organisationId);
                    st.setString(2, kind(identifier));
                    st.setString(3, identifier.value());
                    st.setLong(4, invitedBy);
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    List<Pending> pendingOf(long organisationId) {
        return jdbc.prepareStatement(
                "SELECT id, organisation_id, identifier_kind, identifier, role, created_at FROM organisation_invitation"
                        + " WHERE organisation_id = ? AND " + PENDING + " ORDER BY created_at, id",
                st -> {
                    st.setLong(1, organisationId);
                    return readAll(st.executeQuery());
                });
    }

    /** Pending invitations addressed to this phone number or e-mail address (either may be null). */
    List<Pending> pendingFor(@Nullable String phone, @Nullable String email) {
        return jdbc.prepareStatement(
                "SELECT id, organisation_id, identifier_kind, identifier, role, created_at FROM organisation_invitation"
                        + " WHERE ((identifier_kind = 'phone' AND identifier = ?) OR (identifier_kind = 'email' AND identifier = ?))"
                        + " AND " + PENDING + " ORDER BY created_at, id",
                st -> {
                    st.setString(1, phone);
                    st.setString(2, email);
                    return readAll(st.executeQuery());
                });
    }

    /** Ends a pending invitation: {@code column} is accepted_at, declined_at or revoked_at. */
    boolean close(long id, String column) {
        if (!List.of("accepted_at", "declined_at", "revoked_at").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.prepareStatement(
                        "UPDATE organisation_invitation SET " + column + " = now() WHERE id = ? AND " + PENDING, st -> {
                            st.setLong(1, id);
                            return st.executeUpdate();
                        })
                > 0;
    }

    Optional<Pending> find(long id) {
        return jdbc.prepareStatement(
                "SELECT id, organisation_id, identifier_kind, identifier, role, created_at FROM organisation_invitation"
                        + " WHERE id = ? AND " + PENDING,
                st -> {
                    st.setLong(1, id);
                    try (var rs = st.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.<Pending>empty();
                    }
                });
    }

    /** The account's phone and e-mail (normalised by the accounts feature), as stored in {@code account}. */
    record Contact(@Nullable String phone, @Nullable String email) {}

    Contact contactOf(long accountId) {
        return jdbc.prepareStatement("SELECT phone, email FROM account WHERE id = ?", st -> {
            st.setLong(1, accountId);
            try (var rs = st.executeQuery()) {
                return rs.next() ? new Contact(rs.getString(1), rs.getString(2)) : new Contact(null, null);
            }
        });
    }

    /** The account holding this identifier, if any. */
    Optional<Long> accountWith(Identifier identifier) {
        String column = identifier.kind() == Identifiers.Kind.PHONE ? "phone" : "email";
        return jdbc.prepareStatement("SELECT id FROM account WHERE " + column + " = ?", st -> {
            st.setString(1, identifier.value());
            try (var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    private static List<Pending> readAll(ResultSet rs) throws SQLException {
        try (rs) {
            List<Pending> result = new ArrayList<>();
            while (rs.next()) {
                result.add(read(rs));
            }
            return result;
        }
    }

    private static Pending read(ResultSet rs) throws SQLException {
        Identifiers.Kind kind = Identifiers.Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT));
        return new Pending(
                rs.getLong(1),
                rs.getLong(2),
                new Identifier(kind, rs.getString(4)),
                rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    private static String kind(Identifier identifier) {
        return identifier.kind().name().toLowerCase(Locale.ROOT);
    }
}

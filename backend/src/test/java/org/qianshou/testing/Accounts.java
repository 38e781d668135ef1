package org.qianshou.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.qianshou.system.security.Csrf;

/** Accounts for tests that need callers other than the administrator, without going through sign-up mail. */
public final class Accounts {

    private Accounts() {}

    /**
     * A new active account with the given e-mail, name and global roles, whose password is
     * {@link Api#ADMIN_PASSWORD} (its hash is copied from the bootstrap administrator).
     */
    public static long create(DataSource dataSource, String email, String displayName, String... roles) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            long id;
            try (var st = c.prepareStatement("INSERT INTO account (display_name, email, password_hash)"
                    + " SELECT ?, ?, password_hash FROM account WHERE email = ? RETURNING id")) {
                st.setString(1, displayName);
                st.setString(2, email);
                st.setString(3, Api.ADMIN_EMAIL);
                try (var rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("no bootstrap administrator to copy the password from");
                    }
                    id = rs.getLong(1);
                }
            }
            for (String role : roles) {
                try (var st = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
                    st.setLong(1, id);
                    st.setString(2, role);
                    st.executeUpdate();
                }
            }
            return id;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A browser's session: the {@code JWT} cookie (as a {@code Cookie} header value) and the CSRF token. */
    public record CookieSession(String cookie, String csrfToken) {}

    /**
     * A signed-in browser session for the account, made as {@code POST /api/auth/login} makes one: an
     * {@code auth_session} row and a JWT whose {@code sid} names it, carried in the {@code JWT} cookie.
     */
    public static CookieSession cookieSession(
            DataSource dataSource, TokenGenerator tokens, Csrf csrf, long accountId, String... roles) {
        UUID sid = UUID.randomUUID();
        String jwt = session(dataSource, tokens, sid, accountId, roles);
        return new CookieSession("JWT=" + jwt, csrf.token(sid.toString()));
    }

    /**
     * A bearer access token for the account, made as {@code POST /api/auth/token} makes one (an
     * {@code auth_session} row and a JWT whose {@code sid} names it) but without calling it: the endpoint is
     * throttled per address, and every test caller comes from 127.0.0.1. The roles are the account's global
     * roles, as the log-in would put them in the token.
     */
    public static String bearerToken(ApplicationContext context, long accountId, String... roles) {
        return session(
                context.getBean(DataSource.class),
                context.getBean(TokenGenerator.class),
                UUID.randomUUID(),
                accountId,
                roles);
    }

    private static String session(
            DataSource dataSource, TokenGenerator tokens, UUID sid, long accountId, String... roles) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.prepareStatement("INSERT INTO auth_session (id, account_id, expires_at)"
                        + " VALUES (?, ?, now() + interval '1 hour')")) {
            st.setObject(1, sid);
            st.setLong(2, accountId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return tokens.generateToken(
                        Authentication.build(Long.toString(accountId), List.of(roles), Map.of("sid", sid.toString())),
                        3600)
                .orElseThrow();
    }
}

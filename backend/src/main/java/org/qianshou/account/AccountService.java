package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.qianshou.account.AccountRequests.PasswordChange;
import org.qianshou.account.AccountRequests.ProfileUpdate;
import org.qianshou.account.AccountRequests.SignupRequest;
import org.qianshou.account.AccountViews.AccountPage;
import org.qianshou.account.AccountViews.AccountSummary;
import org.qianshou.account.AccountViews.AccountView;
import org.qianshou.account.AccountViews.Membership;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Messages;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;
import org.qianshou.system.security.Roles;

/**
 * Accounts: sign-up confirmed by a code sent to the phone or e-mail, password checks, changes and
 * resets, profiles and global roles. Answers never reveal whether an identifier has an account.
 */
@Singleton
public class AccountService {

    static final Duration SIGNUP_CODE_LIFETIME = Duration.ofMinutes(15);
    static final int SIGNUP_CODE_ATTEMPTS = 5;
    static final Duration RESET_TOKEN_LIFETIME = Duration.ofMinutes(30);
    private static final String COLUMNS =
            "a.id, a.display_name, a.email, a.phone, a.password_hash, a.language, a.status,"
                    + " (SELECT string_agg(role, ',') FROM account_role r WHERE r.account_id = a.id)";

    private final JdbcOperations jdbc;
    private final PasswordHasher hasher;
    private final SecretKeys keys;
    private final SessionStore sessions;
    private final Messages messages;
    private final AuditLog audit;
    private final QianshouConfiguration configuration;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            JdbcOperations jdbc,
            PasswordHasher hasher,
            SecretKeys keys,
            SessionStore sessions,
            Messages messages,
            AuditLog audit,
            QianshouConfiguration configuration) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.keys = keys;
        this.sessions = sessions;
        this.messages = messages;
        this.audit = audit;
        this.configuration = configuration;
    }

    // ---- sign-up

    /**
     * A started sign-up: the handle for the answer and the message to send once the transaction has
     * committed (never inside it, so that a slow mail server neither holds a connection nor tells by
     * its delay whether the address has an account).
     */
    public record SignupOutcome(String handle, OutgoingMessage message) {}

    /**
     * Starts a sign-up: a code for the identifier, or, when it already has an account, a note saying
     * so. The caller cannot tell the two apart. The caller sends the returned message.
     */
    @Transactional
    public SignupOutcome requestSignup(SignupRequest request, Locale locale) {
        List<Violation> violations = new ArrayList<>();
        Optional<Identifier> identifier = Identifiers.parse(request.identifier());
        if (identifier.isEmpty()) {
            violations.add(new Violation("identifier", "field.identifier.invalid"));
        }
        checkPassword("password", request.password(), violations);
        String name = request.displayName() == null ? "" : request.displayName().strip();
        if (name.isEmpty() || name.length() > 100 || hasControl(name)) {
            violations.add(new Violation("displayName", "field.displayName.invalid"));
        }
        String language = language(request.language(), locale);
        if (language == null) {
            violations.add(new Violation("language", "field.language.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Identifier id = identifier.orElseThrow();
        Locale messageLocale = localeOf(language);
        String passwordHash = hasher.hash(request.password());
        String handle = randomToken();
        if (findByIdentifier(id).isPresent()) {
            return new SignupOutcome(handle, message(id, "signup-existing", messageLocale, configuration.publicUrl()));
        }
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        jdbc.prepareStatement(
                "INSERT INTO signup_request (identifier, handle_hash, code_hash, display_name, password_hash, language,"
                        + " volunteer, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                st -> {
                    st.setString(1, id.value());
                    st.setBytes(2, SecretKeys.sha256(handle));
                    st.setBytes(3, keys.codeHash("signup", id.value(), code));
                    st.setString(4, name);
                    st.setString(5, passwordHash);
                    st.setString(6, language);
                    st.setBoolean(7, Boolean.TRUE.equals(request.volunteer()));
                    st.setTimestamp(8, Timestamp.from(Instant.now().plus(SIGNUP_CODE_LIFETIME)));
                    return st.executeUpdate();
                });
        return new SignupOutcome(
                handle, message(id, "signup-code", messageLocale, code, SIGNUP_CODE_LIFETIME.toMinutes()));
    }

    private String randomToken() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Completes a sign-up with the code that was sent; returns the new account. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public AccountRow confirmSignup(@Nullable String rawIdentifier, @Nullable String code, @Nullable String handle) {
        Identifier id = Identifiers.parse(rawIdentifier)
                .orElseThrow(() -> InvalidInputException.of("identifier", "field.identifier.invalid"));
        if (code == null || !code.strip().matches("[0-9]{6}") || handle == null || handle.length() > 100) {
            throw InvalidInputException.of("code", "field.code.invalid");
        }
        record Pending(
                long id, byte[] codeHash, String name, String passwordHash, String language, boolean volunteer) {}
        Optional<Pending> pending = jdbc.prepareStatement(
                "SELECT id, code_hash, display_name, password_hash, language, volunteer FROM signup_request"
                        + " WHERE identifier = ? AND handle_hash = ? AND used_at IS NULL AND expires_at > now()"
                        + " AND attempts < ? FOR UPDATE",
                st -> {
                    st.setString(1, id.value());
                    st.setBytes(2, SecretKeys.sha256(handle));
                    st.setInt(3, SIGNUP_CODE_ATTEMPTS);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Pending(
                                        rs.getLong(1),
                                        rs.getBytes(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getBoolean(6)))
                                : Optional.<Pending>empty();
                    }
                });
        if (pending.isEmpty()) {
            throw InvalidInputException.of("code", "field.code.invalid");
        }
        Pending p = pending.get();
        if (!MessageDigest.isEqual(p.codeHash(), keys.codeHash("signup", id.value(), code.strip()))) {
            jdbc.prepareStatement("UPDATE signup_request SET attempts = attempts + 1 WHERE id = ?", st -> {
                st.setLong(1, p.id());
                return st.executeUpdate();
            });
            throw InvalidInputException.of("code", "field.code.invalid");
        }
        if (findByIdentifier(id).isPresent()) {
            // Someone completed a sign-up for this identifier in the meantime.
            throw InvalidInputException.of("code", "field.code.invalid");
        }
        jdbc.prepareStatement("UPDATE signup_request SET used_at = now() WHERE id = ?", st -> {
            st.setLong(1, p.id());
            return st.executeUpdate();
        });
        long accountId = insertAccount(id, p.name(), p.passwordHash(), p.language());
        if (p.volunteer()) {
            grant(accountId, Roles.VOLUNTEER);
        }
        audit.record(accountId, "account.signup", "account", accountId, "");
        return findById(accountId).orElseThrow();
    }

    // ---- passwords

    /** The account whose identifier and password these are; every path spends one Argon2 check. */
    @Transactional
    public Optional<AccountRow> authenticate(@Nullable String rawIdentifier, @Nullable String password) {
        String given = password == null ? "" : password;
        if (given.length() > PasswordHasher.MAX_LENGTH) {
            hasher.matchesNothing(given.substring(0, PasswordHasher.MAX_LENGTH));
            return Optional.empty();
        }
        Optional<AccountRow> account = Identifiers.parse(rawIdentifier).flatMap(this::findByIdentifier);
        if (account.isEmpty()) {
            hasher.matchesNothing(given);
            return Optional.empty();
        }
        AccountRow row = account.get();
        boolean ok = hasher.matches(given, row.passwordHash());
        return ok && row.active() ? account : Optional.empty();
    }

    /** Records a failed log-in for the account the identifier names, if any (never the identifier itself). */
    @Transactional
    public void recordLoginFailure(@Nullable String rawIdentifier) {
        Optional<Long> accountId =
                Identifiers.parse(rawIdentifier).flatMap(this::findByIdentifier).map(AccountRow::id);
        audit.record(null, "account.login-failed", "account", accountId.orElse(null), "");
    }

    /** Changes the password; every other session of the account ends. */
    @Transactional
    public void changePassword(Actor actor, PasswordChange change, @Nullable UUID currentSession) {
        AccountRow account = findById(actor.accountId()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        checkPassword("newPassword", change.newPassword(), violations);
        String current = change.currentPassword() == null ? "" : change.currentPassword();
        if (current.length() > PasswordHasher.MAX_LENGTH || !hasher.matches(current, account.passwordHash())) {
            violations.add(0, new Violation("currentPassword", "field.currentPassword.wrong"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        setPassword(account.id(), hasher.hash(change.newPassword()));
        sessions.revokeAll(account.id(), currentSession);
        audit.record(account.id(), "account.password-changed", "account", account.id(), "");
    }

    /** A reset link for the caller to send when the identifier has an account; nothing otherwise. */
    @Transactional
    public Optional<OutgoingMessage> requestReset(Identifier id, Locale locale) {
        Optional<AccountRow> account = findByIdentifier(id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String token = randomToken();
        jdbc.prepareStatement(
                "INSERT INTO one_time_token (account_id, purpose, token_hash, expires_at)"
                        + " VALUES (?, 'password-reset', ?, ?)",
                st -> {
                    st.setLong(1, account.get().id());
                    st.setBytes(2, SecretKeys.sha256(token));
                    st.setTimestamp(3, Timestamp.from(Instant.now().plus(RESET_TOKEN_LIFETIME)));
                    return st.executeUpdate();
                });
        String link = configuration.publicUrl().replaceAll("/+$", "") + "/reset-password?token=" + token;
        Locale messageLocale = localeOf(account.get().language());
        return Optional.of(message(id, "password-reset", messageLocale, link, RESET_TOKEN_LIFETIME.toMinutes()));
    }

    /** Sets a new password with a reset token; every session of the account ends. */
    @Transactional
    public void confirmReset(@Nullable String token, @Nullable String password) {
        List<Violation> violations = new ArrayList<>();
        checkPassword("password", password, violations);
        if (token == null || token.isBlank() || token.length() > 100) {
            violations.add(0, new Violation("token", "field.token.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Optional<Long> accountId = jdbc.prepareStatement(
                "UPDATE one_time_token SET used_at = now() WHERE token_hash = ? AND purpose = 'password-reset'"
                        + " AND used_at IS NULL AND expires_at > now() RETURNING account_id",
                st -> {
                    st.setBytes(1, SecretKeys.sha256(token.strip()));
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                    }
                });
        long id = accountId.orElseThrow(() -> InvalidInputException.of("token", "field.token.invalid"));
        setPassword(id, hasher.hash(password));
        sessions.revokeAll(id, null);
        audit.record(id, "account.password-reset", "account", id, "");
    }

    // ---- profile and roles

    @Transactional
    public AccountView view(long accountId) {
        AccountRow row = findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        return view(row);
    }

    @Transactional
    public AccountView view(AccountRow row) {
        return new AccountView(
                row.id(),
                row.displayName(),
                row.email() == null ? null : Identifiers.maskEmail(row.email()),
                row.phone() == null ? null : Identifiers.maskPhone(row.phone()),
                List.copyOf(new TreeSet<>(row.roles())),
                row.language(),
                memberships(row.id()));
    }

    @Transactional
    public AccountView updateProfile(Actor actor, ProfileUpdate update) {
        List<Violation> violations = new ArrayList<>();
        String name = update.displayName() == null ? "" : update.displayName().strip();
        if (name.isEmpty() || name.length() > 100 || hasControl(name)) {
            violations.add(new Violation("displayName", "field.displayName.invalid"));
        }
        String language = update.language() == null ? null : language(update.language(), Locale.CHINESE);
        if (language == null) {
            violations.add(new Violation("language", "field.language.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.prepareStatement(
                "UPDATE account SET display_name = ?, language = ?, updated_at = now() WHERE id = ?", st -> {
                    st.setString(1, name);
                    st.setString(2, language);
                    st.setLong(3, actor.accountId());
                    return st.executeUpdate();
                });
        return view(actor.accountId());
    }

    /** Replaces an account's global roles; its sessions end so that no token carries the old ones. */
    @Transactional
    public AccountView setRoles(Actor admin, long accountId, @Nullable List<String> roles) {
        AccountRow row = findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (roles == null || !Roles.ALL.containsAll(roles)) {
            throw InvalidInputException.of("roles", "field.roles.invalid", String.join(", ", new TreeSet<>(Roles.ALL)));
        }
        Set<String> wanted = new TreeSet<>(roles);
        if (admin.accountId() == accountId && !wanted.contains(Roles.ADMIN)) {
            throw InvalidInputException.of("roles", "field.roles.own-admin");
        }
        jdbc.prepareStatement("DELETE FROM account_role WHERE account_id = ?", st -> {
            st.setLong(1, accountId);
            return st.executeUpdate();
        });
        wanted.forEach(role -> grant(accountId, role));
        if (!wanted.equals(new TreeSet<>(row.roles()))) {
            sessions.revokeAll(accountId, null);
            audit.record(
                    admin.accountId(),
                    "account.roles-changed",
                    "account",
                    accountId,
                    String.join(",", new TreeSet<>(row.roles())) + " → " + String.join(",", wanted));
        }
        return view(accountId);
    }

    @Transactional
    public AccountPage list(@Nullable String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        Optional<Identifier> asIdentifier = Identifiers.parse(q);
        String where = q.isEmpty()
                ? "TRUE"
                : asIdentifier.isPresent()
                        ? (asIdentifier.get().kind() == Identifiers.Kind.EMAIL ? "a.email = ?" : "a.phone = ?")
                        : "a.display_name ILIKE ?";
        String parameter = q.isEmpty()
                ? null
                : asIdentifier
                        .map(Identifier::value)
                        .orElse("%" + q.replace("%", "\\%").replace("_", "\\_") + "%");
        long total = jdbc.prepareStatement("SELECT count(*) FROM account a WHERE " + where, st -> {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<AccountSummary> items = jdbc.prepareStatement(
                "SELECT " + COLUMNS + ", a.created_at FROM account a WHERE " + where
                        + " ORDER BY a.id LIMIT ? OFFSET ?",
                st -> {
                    int i = 1;
                    if (parameter != null) {
                        st.setString(i++, parameter);
                    }
                    st.setInt(i++, size);
                    st.setLong(i, (long) page * size);
                    List<AccountSummary> list = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            AccountRow row = row(rs);
                            list.add(new AccountSummary(
                                    row.id(),
                                    row.displayName(),
                                    row.email() == null ? null : Identifiers.maskEmail(row.email()),
                                    row.phone() == null ? null : Identifiers.maskPhone(row.phone()),
                                    List.copyOf(new TreeSet<>(row.roles())),
                                    row.status(),
                                    rs.getTimestamp(9).toInstant()));
                        }
                    }
                    return list;
                });
        return new AccountPage(total, page, size, items);
    }

    // ---- bootstrap

    /** Creates an administrator account unless one exists; returns whether it did. */
    @Transactional
    public boolean createFirstAdmin(Identifier id, String password, String displayName) {
        boolean anyAdmin = jdbc.prepareStatement("SELECT 1 FROM account_role WHERE role = 'admin' LIMIT 1", st -> {
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
        if (anyAdmin) {
            return false;
        }
        List<Violation> violations = new ArrayList<>();
        checkPassword("QIANSHOU_ADMIN_PASSWORD", password, violations);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("QIANSHOU_ADMIN_PASSWORD must be 8 to 128 characters long");
        }
        Optional<AccountRow> existing = findByIdentifier(id);
        long accountId = existing.map(AccountRow::id)
                .orElseGet(() -> insertAccount(id, displayName, hasher.hash(password), "zh-CN"));
        grant(accountId, Roles.ADMIN);
        audit.record(null, "account.roles-changed", "account", accountId, "bootstrap → admin");
        return true;
    }

    // ---- reading

    @Transactional
    public Optional<AccountRow> findById(long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM account a WHERE a.id = ?", st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.<AccountRow>empty();
            }
        });
    }

    @Transactional
    Optional<AccountRow> findByIdentifier(Identifier id) {
        String column = id.kind() == Identifiers.Kind.EMAIL ? "email" : "phone";
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM account a WHERE a." + column + " = ?", st -> {
            st.setString(1, id.value());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.<AccountRow>empty();
            }
        });
    }

    private List<Membership> memberships(long accountId) {
        return jdbc.prepareStatement(
                "SELECT o.id, o.name, o.status, m.role FROM organisation_member m"
                        + " JOIN organisation o ON o.id = m.organisation_id WHERE m.account_id = ? ORDER BY o.name, o.id",
                st -> {
                    st.setLong(1, accountId);
                    List<Membership> list = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            list.add(new Membership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                        }
                    }
                    return list;
                });
    }

    private static AccountRow row(ResultSet rs) throws SQLException {
        String roles = rs.getString(8);
        Set<String> set = roles == null ? Set.of() : Set.of(roles.split(","));
        return new AccountRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                set);
    }

    // ---- writing

    private long insertAccount(Identifier id, String name, String passwordHash, String language) {
        String column = id.kind() == Identifiers.Kind.EMAIL ? "email" : "phone";
        return jdbc.prepareStatement(
                "INSERT INTO account (display_name, " + column + ", password_hash, language) VALUES (?, ?, ?, ?)"
                        + " RETURNING id",
                st -> {
                    st.setString(1, name);
                    st.setString(2, id.value());
                    st.setString(3, passwordHash);
                    st.setString(4, language);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private void grant(long accountId, String role) {
        jdbc.prepareStatement(
                "INSERT INTO account_role (account_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING", st -> {
                    st.setLong(1, accountId);
                    st.setString(2, role);
                    return st.executeUpdate();
                });
    }

    private void setPassword(long accountId, String hash) {
        jdbc.prepareStatement("UPDATE account SET password_hash = ?, updated_at = now() WHERE id = ?", st -> {
            st.setString(1, hash);
            st.setLong(2, accountId);
            return st.executeUpdate();
        });
    }

    // ---- helpers

    private OutgoingMessage message(Identifier to, String template, Locale locale, Object... args) {
        return new OutgoingMessage(
                to,
                template,
                messages.get(locale, "mail." + template + ".subject"),
                messages.get(locale, "mail." + template + ".text", args));
    }

    private static void checkPassword(String field, @Nullable String password, List<Violation> violations) {
        if (password == null
                || password.length() < PasswordHasher.MIN_LENGTH
                || password.length() > PasswordHasher.MAX_LENGTH) {
            violations.add(new Violation(
                    field, "field.password.length", PasswordHasher.MIN_LENGTH, PasswordHasher.MAX_LENGTH));
        }
    }

    private static @Nullable String language(@Nullable String requested, Locale fallback) {
        if (requested == null || requested.isBlank()) {
            return "en".equals(fallback.getLanguage()) ? "en" : "zh-CN";
        }
        return switch (requested) {
            case "zh-CN", "zh" -> "zh-CN";
            case "en" -> "en";
            default -> null;
        };
    }

    static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Messages.CHINESE;
    }

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}

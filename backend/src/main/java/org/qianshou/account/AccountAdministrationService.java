package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qianshou.account.AccountViews.AccountSummary;
import org.qianshou.account.AccountViews.AccountView;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Messages;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;
import org.qianshou.system.security.Roles;

/** Administrators find accounts (identifiers masked) and grant or withdraw global roles; the first administrator. */
@Singleton
public class AccountAdministrationService {

    private final AccountService accounts;
    private final AccountRepository accountRows;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final Messages messages;
    private final AuditLog audit;

    AccountAdministrationService(
            AccountService accounts,
            AccountRepository accountRows,
            SessionStore sessions,
            PasswordHasher hasher,
            PasswordPolicy passwords,
            Messages messages,
            AuditLog audit) {
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.sessions = sessions;
        this.hasher = hasher;
        this.passwords = passwords;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Page {@code page} of the accounts, oldest first: all, those with this e-mail address or mobile number, or
     * those whose name contains {@code query}.
     */
    @Transactional
    public Page<AccountSummary> list(@Nullable String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("id")));
        Optional<Identifier> asIdentifier = Identifiers.parse(q);
        io.micronaut.data.model.Page<Account> found;
        if (q.isEmpty()) {
            found = accountRows.findAll(pageable);
        } else if (asIdentifier.isPresent()) {
            Identifier id = asIdentifier.get();
            found = id.kind() == Identifiers.Kind.EMAIL
                    ? accountRows.findByEmail(id.value(), pageable)
                    : accountRows.findByPhone(id.value(), pageable);
        } else {
            String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            found = accountRows.findByDisplayNameIlike("%" + escaped + "%", pageable);
        }
        List<AccountSummary> items = new ArrayList<>();
        for (Account account : found.getContent()) {
            AccountRow row = accounts.row(account);
            items.add(new AccountSummary(
                    row.id(),
                    row.displayName(),
                    row.email() == null ? null : Identifiers.maskEmail(row.email()),
                    row.phone() == null ? null : Identifiers.maskPhone(row.phone()),
                    List.copyOf(new TreeSet<>(row.roles())),
                    row.status(),
                    account.createdAt()));
        }
        return new Page<>(items, found.getTotalSize(), page, size);
    }

    /** Replaces an account's global roles; its sessions end so that no token carries the old ones. */
    @Transactional
    public AccountView setRoles(Actor admin, long accountId, @Nullable List<String> roles) {
        AccountRow row = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (roles == null || !Roles.ALL.containsAll(roles)) {
            throw InvalidInputException.of("roles", "field.roles.invalid", String.join(", ", new TreeSet<>(Roles.ALL)));
        }
        Set<String> wanted = new TreeSet<>(roles);
        if (admin.accountId() == accountId && !wanted.contains(Roles.ADMIN)) {
            throw InvalidInputException.of("roles", "field.roles.own-admin");
        }
        accounts.revokeRoles(accountId);
        wanted.forEach(role -> accounts.grant(accountId, role));
        if (!wanted.equals(new TreeSet<>(row.roles()))) {
            sessions.revokeAll(accountId, null);
            audit.record(
                    admin.accountId(),
                    "account.roles-changed",
                    "account",
                    accountId,
                    String.join(",", new TreeSet<>(row.roles())) + " → " + String.join(",", wanted));
        }
        return accounts.view(accountId);
    }

    /** Creates an administrator account unless one exists; returns whether it did. */
    @Transactional
    public boolean createFirstAdmin(Identifier id, String password, String displayName) {
        if (accounts.anyoneHas(Roles.ADMIN)) {
            return false;
        }
        requireAcceptable(passwords, messages, id, password);
        Optional<AccountRow> existing = accounts.findByIdentifier(id);
        long accountId = existing.map(AccountRow::id)
                .orElseGet(() -> accounts.create(id, displayName, hasher.hash(password), "zh-CN"));
        accounts.grant(accountId, Roles.ADMIN);
        audit.record(null, "account.roles-changed", "account", accountId, "bootstrap → admin");
        return true;
    }

    /**
     * The bootstrap administrator's password passes the policy every other password passes, else the start stops
     * with what is wrong, in Chinese and English.
     */
    static void requireAcceptable(PasswordPolicy passwords, Messages messages, Identifier id, String password) {
        List<Violation> violations = new ArrayList<>();
        passwords.check("password", password, List.of(id), null, violations);
        if (!violations.isEmpty()) {
            Violation v = violations.get(0);
            throw new IllegalStateException("QIANSHOU_ADMIN_PASSWORD is refused: "
                    + messages.get(Locale.ENGLISH, v.messageKey(), v.args())
                    + " / 管理员初始密码不可用："
                    + messages.get(Messages.CHINESE, v.messageKey(), v.args()));
        }
    }
}

package org.qianshou.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qianshou.account.AccountRequests.ProfileUpdate;
import org.qianshou.account.AccountViews.AccountView;
import org.qianshou.account.AccountViews.Membership;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;
import org.qianshou.system.security.Roles;

/**
 * Accounts as the rest of the feature reads them (with their roles), and a person's own profile. Sign-up is
 * {@link SignupService}, log-in {@link LoginService}, passwords {@link PasswordService}, administration
 * {@link AccountAdministrationService}.
 */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;
    private final OrganisationsOfAccount memberships;

    AccountService(AccountRepository accounts, AccountRoleRepository roles, OrganisationsOfAccount memberships) {
        this.accounts = accounts;
        this.roles = roles;
        this.memberships = memberships;
    }

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
                memberships.of(row.id()).stream()
                        .map(e -> new Membership(
                                e.organisationId(), e.organisationName(), e.organisationStatus(), e.role()))
                        .toList());
    }

    @Transactional
    public AccountView updateProfile(Actor actor, ProfileUpdate update) {
        List<Violation> violations = new ArrayList<>();
        String name = update.displayName() == null ? "" : update.displayName().strip();
        checkName(name, violations);
        String language =
                update.language() == null ? null : AccountMessages.language(update.language(), Locale.CHINESE);
        if (language == null) {
            violations.add(new Violation("language", "field.language.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        accounts.updateProfile(actor.accountId(), name, language);
        return view(actor.accountId());
    }

    // ---- reading, for the feature's other services

    @Transactional
    public Optional<AccountRow> findById(long id) {
        return accounts.findById(id).map(this::row);
    }

    @Transactional
    Optional<AccountRow> findByIdentifier(Identifier id) {
        return (id.kind() == Identifiers.Kind.EMAIL
                        ? accounts.findByEmail(id.value())
                        : accounts.findByPhone(id.value()))
                .map(this::row);
    }

    /** A new active account with no roles; returns its id. */
    long create(Identifier id, String name, String passwordHash, String language) {
        boolean email = id.kind() == Identifiers.Kind.EMAIL;
        Account saved = accounts.save(
                Account.create(name, email ? id.value() : null, email ? null : id.value(), passwordHash, language));
        return saved.id();
    }

    AccountRow row(Account account) {
        return new AccountRow(
                account.id(),
                account.displayName(),
                account.email(),
                account.phone(),
                account.passwordHash(),
                account.language(),
                account.status(),
                roles(account.id()));
    }

    Set<String> roles(long accountId) {
        return roles.findByIdAccountId(accountId).stream()
                .map(r -> r.id().role())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Gives the account the global {@code volunteer} role (the volunteer feature calls this when a real-name profile
     * is registered), unless it has it. Takes effect in the account's next access token.
     */
    @Transactional
    public void grantVolunteerRole(long accountId) {
        grant(accountId, Roles.VOLUNTEER);
    }

    /** Gives the account a global role, unless it has it. */
    void grant(long accountId, String role) {
        AccountRole.Key key = new AccountRole.Key(accountId, role);
        if (!roles.existsById(key)) {
            roles.save(AccountRole.of(accountId, role));
        }
    }

    /** Takes every global role from the account. */
    void revokeRoles(long accountId) {
        roles.deleteByIdAccountId(accountId);
    }

    /** Whether any account has the role. */
    boolean anyoneHas(String role) {
        return roles.existsByIdRole(role);
    }

    /** The account's e-mail address and mobile number, those it has. */
    static List<Identifier> identifiers(AccountRow account) {
        List<Identifier> list = new ArrayList<>(2);
        if (account.email() != null) {
            list.add(new Identifier(Identifiers.Kind.EMAIL, account.email()));
        }
        if (account.phone() != null) {
            list.add(new Identifier(Identifiers.Kind.PHONE, account.phone()));
        }
        return list;
    }

    /** A display name: 1 to 100 characters on one line ({@link Text#validSingleLine}). */
    static void checkName(String name, List<Violation> violations) {
        if (!Text.validSingleLine(name)) {
            violations.add(new Violation("displayName", "field.text.control-characters"));
        } else if (name.isEmpty() || name.length() > 100) {
            violations.add(new Violation("displayName", "field.displayName.invalid"));
        }
    }
}

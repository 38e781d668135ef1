package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * What other features may know of accounts: display names, an account's own phone and e-mail, and who holds a
 * phone number or e-mail address. Read only; callers bring the transaction.
 */
@Singleton
public class AccountDirectory {

    /** An account's phone and e-mail, normalised as {@link Identifiers} does; either may be missing. */
    public record Contact(@Nullable String phone, @Nullable String email) {}

    private final AccountRepository accounts;
    private final AccountRoleRepository roles;

    AccountDirectory(AccountRepository accounts, AccountRoleRepository roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    /** Those of the accounts that hold the global role. */
    public java.util.Set<Long> withRole(String role, Collection<Long> accountIds) {
        return accountIds.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(roles.holding(role, accountIds));
    }

    /** The display names of those of these accounts that exist. */
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            accounts.findByIdIn(accountIds).forEach(a -> names.put(a.id(), a.displayName()));
        }
        return names;
    }

    /**
     * Active accounts holding the global role whose display name contains {@code query} (all when it is empty), by
     * name, at most {@code limit}: account id → display name, in that order.
     */
    public Map<Long, String> holdersOf(String role, @Nullable String query, int limit) {
        String q = query == null ? "" : query.strip();
        String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        accounts.withRole(role, "%" + escaped + "%", limit).forEach(a -> names.put(a.id(), a.displayName()));
        return names;
    }

    /** The account's phone and e-mail (both missing for an unknown account). */
    public Contact contactOf(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new Contact(a.phone(), a.email()))
                .orElse(new Contact(null, null));
    }

    /** The language the account chose ({@code zh-CN} or {@code en}); {@code zh-CN} for an unknown account. */
    public String languageOf(long accountId) {
        return accounts.findById(accountId).map(Account::language).orElse("zh-CN");
    }

    /** The account holding this phone number or e-mail address, if any. */
    public Optional<Long> accountWith(Identifier identifier) {
        return (identifier.kind() == Identifiers.Kind.PHONE
                        ? accounts.findByPhone(identifier.value())
                        : accounts.findByEmail(identifier.value()))
                .map(Account::id);
    }
}

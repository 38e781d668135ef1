package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.security.Identifiers;

/** Log-in: the account an identifier and password name, in the same time whether or not it exists. */
@Singleton
public class LoginService {

    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    LoginService(AccountService accounts, PasswordHasher hasher, AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** The account whose identifier and password these are; every path spends one Argon2 check. */
    @Transactional
    public Optional<AccountRow> authenticate(@Nullable String rawIdentifier, @Nullable String password) {
        String given = password == null ? "" : password;
        if (given.length() > PasswordHasher.MAX_LENGTH) {
            hasher.matchesNothing(given.substring(0, PasswordHasher.MAX_LENGTH));
            return Optional.empty();
        }
        Optional<AccountRow> account = Identifiers.parse(rawIdentifier).flatMap(accounts::findByIdentifier);
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
        Optional<Long> accountId = Identifiers.parse(rawIdentifier)
                .flatMap(accounts::findByIdentifier)
                .map(AccountRow::id);
        audit.record(null, "account.login-failed", "account", accountId.orElse(null), "");
    }
}

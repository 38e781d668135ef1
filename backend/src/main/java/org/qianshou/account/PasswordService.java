package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.qianshou.account.AccountRequests.PasswordChange;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Identifiers.Identifier;

/**
 * Passwords: a change by the signed-in person, and a reset by a link sent to the account's address. Either ends
 * the account's other sessions and every reset link still outstanding.
 */
@Singleton
public class PasswordService {

    static final Duration RESET_TOKEN_LIFETIME = Duration.ofMinutes(30);

    private final AccountService accounts;
    private final AccountRepository accountRows;
    private final ResetLinkRepository resetLinks;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final AccountMessages messages;
    private final AuditLog audit;
    private final QianshouConfiguration configuration;
    private final SecureRandom random = new SecureRandom();

    @SuppressWarnings("checkstyle:ParameterNumber")
    PasswordService(
            AccountService accounts,
            AccountRepository accountRows,
            ResetLinkRepository resetLinks,
            SessionStore sessions,
            PasswordHasher hasher,
            PasswordPolicy passwords,
            AccountMessages messages,
            AuditLog audit,
            QianshouConfiguration configuration) {
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.resetLinks = resetLinks;
        this.sessions = sessions;
        this.hasher = hasher;
        this.passwords = passwords;
        this.messages = messages;
        this.audit = audit;
        this.configuration = configuration;
    }

    /** Changes the password; every other session of the account ends, and every reset link. */
    @Transactional
    public void changePassword(Actor actor, PasswordChange change, @Nullable UUID currentSession) {
        AccountRow account = accounts.findById(actor.accountId()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        String current = change.currentPassword() == null ? "" : change.currentPassword();
        boolean currentRight =
                current.length() <= PasswordHasher.MAX_LENGTH && hasher.matches(current, account.passwordHash());
        passwords.check(
                "newPassword",
                change.newPassword(),
                AccountService.identifiers(account),
                currentRight ? current : null,
                violations);
        if (!currentRight) {
            violations.add(0, new Violation("currentPassword", "field.currentPassword.wrong"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        accountRows.updatePasswordHash(account.id(), hasher.hash(change.newPassword()));
        sessions.revokeAll(account.id(), currentSession);
        resetLinks.spendAll(account.id());
        audit.record(account.id(), "account.password-changed", "account", account.id(), "");
    }

    /** A reset link for the caller to send when the identifier has an account; nothing otherwise. */
    @Transactional
    public Optional<OutgoingMessage> requestReset(Identifier id, Locale locale) {
        Optional<AccountRow> account = accounts.findByIdentifier(id);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String token = SignupService.newToken(random);
        resetLinks.save(ResetLink.create(
                account.get().id(), SecretKeys.sha256(token), Instant.now().plus(RESET_TOKEN_LIFETIME)));
        String link = configuration.publicUrl().replaceAll("/+$", "") + "/reset-password?token=" + token;
        Locale messageLocale = AccountMessages.localeOf(account.get().language());
        return Optional.of(
                messages.message(id, "password-reset", messageLocale, link, RESET_TOKEN_LIFETIME.toMinutes()));
    }

    /**
     * Sets a new password with a reset link; every session of the account ends, and with this link every other
     * one. A refused password leaves the link usable.
     */
    @Transactional
    public void confirmReset(@Nullable String token, @Nullable String password) {
        List<Violation> violations = new ArrayList<>();
        if (token == null || token.isBlank() || token.length() > 100) {
            violations.add(new Violation("token", "field.token.invalid"));
        }
        passwords.check("password", password, List.of(), null, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ResetLink link = resetLinks
                .findUsableForUpdate(SecretKeys.sha256(token.strip()))
                .orElseThrow(() -> InvalidInputException.of("token", "field.token.invalid"));
        long id = link.accountId();
        AccountRow account =
                accounts.findById(id).orElseThrow(() -> InvalidInputException.of("token", "field.token.invalid"));
        passwords.check("password", password, AccountService.identifiers(account), null, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        accountRows.updatePasswordHash(id, hasher.hash(password));
        sessions.revokeAll(id, null);
        resetLinks.spendAll(id);
        audit.record(id, "account.password-reset", "account", id, "");
    }
}

package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qianshou.account.AccountRequests.SignupRequest;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;
import org.qianshou.system.security.Roles;

/**
 * Sign-up confirmed by a code sent to the phone or e-mail address, bound to the browser that started it by a
 * handle. Answers never reveal whether an identifier has an account.
 */
@Singleton
public class SignupService {

    static final Duration SIGNUP_CODE_LIFETIME = Duration.ofMinutes(15);
    static final int SIGNUP_CODE_ATTEMPTS = 5;

    private final AccountService accounts;
    private final PendingSignupRepository pending;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final SecretKeys keys;
    private final AccountMessages messages;
    private final AuditLog audit;
    private final QianshouConfiguration configuration;
    private final SecureRandom random = new SecureRandom();

    @SuppressWarnings("checkstyle:ParameterNumber")
    SignupService(
            AccountService accounts,
            PendingSignupRepository pending,
            PasswordHasher hasher,
            PasswordPolicy passwords,
            SecretKeys keys,
            AccountMessages messages,
            AuditLog audit,
            QianshouConfiguration configuration) {
        this.accounts = accounts;
        this.pending = pending;
        this.hasher = hasher;
        this.passwords = passwords;
        this.keys = keys;
        this.messages = messages;
        this.audit = audit;
        this.configuration = configuration;
    }

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
        passwords.check("password", request.password(), identifier.stream().toList(), null, violations);
        String name = request.displayName() == null ? "" : request.displayName().strip();
        AccountService.checkName(name, violations);
        String language = AccountMessages.language(request.language(), locale);
        if (language == null) {
            violations.add(new Violation("language", "field.language.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Identifier id = identifier.orElseThrow();
        Locale messageLocale = AccountMessages.localeOf(language);
        String passwordHash = hasher.hash(request.password());
        String handle = randomToken();
        if (accounts.findByIdentifier(id).isPresent()) {
            return new SignupOutcome(
                    handle, messages.message(id, "signup-existing", messageLocale, configuration.publicUrl()));
        }
        String code = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
        pending.save(new PendingSignup(
                null,
                id.value(),
                SecretKeys.sha256(handle),
                keys.codeHash("signup", id.value(), code),
                name,
                passwordHash,
                language,
                Boolean.TRUE.equals(request.volunteer()),
                0,
                null,
                Instant.now().plus(SIGNUP_CODE_LIFETIME),
                null));
        return new SignupOutcome(
                handle, messages.message(id, "signup-code", messageLocale, code, SIGNUP_CODE_LIFETIME.toMinutes()));
    }

    /** Completes a sign-up with the code that was sent; returns the new account. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public AccountRow confirmSignup(@Nullable String rawIdentifier, @Nullable String code, @Nullable String handle) {
        Identifier id = Identifiers.parse(rawIdentifier)
                .orElseThrow(() -> InvalidInputException.of("identifier", "field.identifier.invalid"));
        if (code == null || !code.strip().matches("[0-9]{6}") || handle == null || handle.length() > 100) {
            throw InvalidInputException.of("code", "field.code.invalid");
        }
        PendingSignup p = pending.findOpenForUpdate(id.value(), SecretKeys.sha256(handle), SIGNUP_CODE_ATTEMPTS)
                .orElseThrow(() -> InvalidInputException.of("code", "field.code.invalid"));
        if (!MessageDigest.isEqual(p.codeHash(), keys.codeHash("signup", id.value(), code.strip()))) {
            pending.countWrongCode(p.id());
            throw InvalidInputException.of("code", "field.code.invalid");
        }
        if (accounts.findByIdentifier(id).isPresent()) {
            // Someone completed a sign-up for this identifier in the meantime.
            throw InvalidInputException.of("code", "field.code.invalid");
        }
        pending.markUsed(p.id());
        long accountId = accounts.create(id, p.displayName(), p.passwordHash(), p.language());
        if (p.volunteer()) {
            accounts.grant(accountId, Roles.VOLUNTEER);
        }
        audit.record(accountId, "account.signup", "account", accountId, "");
        return accounts.findById(accountId).orElseThrow();
    }

    private String randomToken() {
        return newToken(random);
    }

    /** 32 random bytes, base64url: a handle or a reset link's token. */
    static String newToken(SecureRandom random) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}

package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qianshou.account.AccountRequests.Credentials;
import org.qianshou.account.AccountRequests.RefreshRequest;
import org.qianshou.account.AccountRequests.ResetConfirmation;
import org.qianshou.account.AccountRequests.ResetRequest;
import org.qianshou.account.AccountRequests.SignupConfirmation;
import org.qianshou.account.AccountRequests.SignupRequest;
import org.qianshou.account.AccountViews.Sent;
import org.qianshou.account.AccountViews.Session;
import org.qianshou.account.AccountViews.SignupStarted;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.Messages;
import org.qianshou.system.mail.AfterCommitSender;
import org.qianshou.system.security.ClientAddress;
import org.qianshou.system.security.Csrf;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;
import org.qianshou.system.security.Throttle;

/**
 * Sign-up, log-in, refresh, log-out and password reset. Browsers get HttpOnly SameSite=Strict cookies
 * and a CSRF token in the body; API clients use {@code /token} and bearer tokens. Every entry point is
 * throttled per address and per account identifier (log-in: per identifier and address, see
 * {@link #authenticate}), and answers the same whether an account exists.
 */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    static final int LOGIN_ATTEMPTS_PER_MINUTE = 10;
    static final int LOGIN_ATTEMPTS_PER_IDENTIFIER_PER_MINUTE = 100;
    static final int REQUESTS_PER_ADDRESS_PER_MINUTE = 30;
    static final int SIGNUPS_PER_IDENTIFIER = 5;
    static final int RESETS_PER_IDENTIFIER = 3;
    /** Longer than any e-mail address (254) or mobile number an account can have. */
    static final int MAX_IDENTIFIER_LENGTH = 320;

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    private final AccountService accounts;
    private final SignupService signups;
    private final LoginService logins;
    private final PasswordService passwords;
    private final SessionService sessionService;
    private final Throttle throttle;
    private final Csrf csrf;
    private final Messages messages;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final AccessRefreshTokenGenerator tokens;
    private final RefreshTokenCookieConfiguration refreshCookie;
    private final ClientAddress addresses;
    private final AfterCommitSender outbound;

    @SuppressWarnings("checkstyle:ParameterNumber")
    AuthController(
            AccountService accounts,
            SignupService signups,
            LoginService logins,
            PasswordService passwords,
            SessionService sessionService,
            Throttle throttle,
            Csrf csrf,
            Messages messages,
            LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
            LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler,
            AccessRefreshTokenGenerator tokens,
            RefreshTokenCookieConfiguration refreshCookie,
            ClientAddress addresses,
            AfterCommitSender outbound) {
        this.outbound = outbound;
        this.accounts = accounts;
        this.signups = signups;
        this.logins = logins;
        this.passwords = passwords;
        this.sessionService = sessionService;
        this.throttle = throttle;
        this.csrf = csrf;
        this.messages = messages;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.tokens = tokens;
        this.refreshCookie = refreshCookie;
        this.addresses = addresses;
    }

    @Post("/signup")
    @Status(HttpStatus.ACCEPTED)
    SignupStarted signup(HttpRequest<?> request, @Body SignupRequest body) {
        throttle.hit("signup-ip", address(request), REQUESTS_PER_ADDRESS_PER_MINUTE, MINUTE);
        Identifiers.parse(body.identifier())
                .ifPresent(id -> throttle.hit("signup-id", id.value(), SIGNUPS_PER_IDENTIFIER, QUARTER));
        SignupService.SignupOutcome outcome = signups.requestSignup(body, messages.localeOf(request));
        outbound.send(outcome.message());
        return new SignupStarted("sent", outcome.handle());
    }

    @Post("/signup/confirm")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Session.class)))
    MutableHttpResponse<?> confirmSignup(HttpRequest<?> request, @Body SignupConfirmation body) {
        throttle.hit("signup-ip", address(request), REQUESTS_PER_ADDRESS_PER_MINUTE, MINUTE);
        AccountRow account = signups.confirmSignup(body.identifier(), body.code(), body.handle());
        return cookieSession(account, request);
    }

    @Post("/login")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Session.class)))
    MutableHttpResponse<?> login(HttpRequest<?> request, @Body Credentials body) {
        AccountRow account = authenticate(request, body);
        return cookieSession(account, request);
    }

    /** For API clients: the tokens in the body, to be sent as {@code Authorization: Bearer}. */
    @Post("/token")
    AccessRefreshToken token(HttpRequest<?> request, @Body Credentials body) {
        AccountRow account = authenticate(request, body);
        return tokens.generate(authentication(account, UUID.randomUUID())).orElseThrow();
    }

    @Post("/refresh")
    MutableHttpResponse<?> refresh(HttpRequest<?> request, @Body @Nullable RefreshRequest body) {
        if (body == null && request.getContentLength() > 0) {
            // A body that could not be read (not JSON, or not an object) is bad input, not the absence of one: the
            // cookie's session is not rotated for it.
            throw InvalidInputException.of("refresh_token", "error.invalid-json");
        }
        throttle.hit("refresh-ip", address(request), REQUESTS_PER_ADDRESS_PER_MINUTE * 4, MINUTE);
        boolean fromCookie = body == null || body.refresh_token() == null;
        String presented = fromCookie
                ? request.getCookies()
                        .findCookie(refreshCookie.getCookieName())
                        .map(Cookie::getValue)
                        .orElse(null)
                : body.refresh_token();
        AccountRow account = sessionService.rotate(presented).orElseThrow(UnauthenticatedException::new);
        if (fromCookie) {
            return cookieSession(account, request);
        }
        return HttpResponse.ok(
                tokens.generate(authentication(account, UUID.randomUUID())).orElseThrow());
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication authentication) {
        Object sid =
                authentication == null ? null : authentication.getAttributes().get(SessionRefreshTokens.SID);
        sessionService.logout(
                sid == null ? null : sid.toString(),
                request.getCookies()
                        .findCookie(refreshCookie.getCookieName())
                        .map(Cookie::getValue)
                        .orElse(null));
        return logoutHandler.logout(request).status(HttpStatus.NO_CONTENT);
    }

    /**
     * The current session. A browser whose access token expired but whose refresh cookie is still
     * good gets a fresh session here, so that the SPA starts signed in.
     */
    @Get("/me")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Session.class)))
    MutableHttpResponse<?> me(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            Optional<String> refresh = request.getCookies()
                    .findCookie(refreshCookie.getCookieName())
                    .map(Cookie::getValue);
            if (refresh.isPresent()) {
                throttle.hit("refresh-ip", address(request), REQUESTS_PER_ADDRESS_PER_MINUTE * 4, MINUTE);
                Optional<AccountRow> account = sessionService.rotate(refresh.get());
                if (account.isPresent()) {
                    return cookieSession(account.get(), request);
                }
                return logoutHandler.logout(request).status(HttpStatus.OK).body(new Session(null, null));
            }
            return HttpResponse.ok(new Session(null, null));
        }
        Object sid = authentication.getAttributes().get(SessionRefreshTokens.SID);
        return HttpResponse.ok(new Session(
                accounts.view(Long.parseLong(authentication.getName())),
                sid == null ? null : csrf.token(sid.toString())));
    }

    @Post("/password-reset")
    @Status(HttpStatus.ACCEPTED)
    Sent requestReset(HttpRequest<?> request, @Body ResetRequest body) {
        throttle.hit("reset-ip", address(request), REQUESTS_PER_ADDRESS_PER_MINUTE, MINUTE);
        Identifier id = Identifiers.parse(body.identifier())
                .orElseThrow(() -> InvalidInputException.of("identifier", "field.identifier.invalid"));
        throttle.hit("reset-id", id.value(), RESETS_PER_IDENTIFIER, QUARTER);
        passwords.requestReset(id, messages.localeOf(request)).ifPresent(outbound::send);
        return Sent.SENT;
    }

    @Post("/password-reset/confirm")
    @Status(HttpStatus.NO_CONTENT)
    void confirmReset(HttpRequest<?> request, @Body ResetConfirmation body) {
        throttle.hit("reset-ip", address(request), REQUESTS_PER_ADDRESS_PER_MINUTE, MINUTE);
        passwords.confirmReset(body.token(), body.password());
    }

    // ---- helpers

    /**
     * Every attempt counts before the password is checked, atomically, so that parallel guesses cannot
     * slip past a limit: per address ({@value #REQUESTS_PER_ADDRESS_PER_MINUTE} a minute), per identifier
     * and address (the 11th attempt within a minute gets 429, whether or not its password is right), and
     * per identifier alone only under a much higher ceiling ({@value #LOGIN_ATTEMPTS_PER_IDENTIFIER_PER_MINUTE}
     * a minute, reached only from many addresses), so that guessing from one address never locks the
     * account's owner out elsewhere.
     */
    private AccountRow authenticate(HttpRequest<?> request, Credentials body) {
        requireCredentials(body);
        String address = address(request);
        String identifier = Throttle.identifierKey(body.identifier());
        throttle.hit("login-ip", address, REQUESTS_PER_ADDRESS_PER_MINUTE, MINUTE);
        throttle.hit("login-id-ip", identifier + "\n" + address, LOGIN_ATTEMPTS_PER_MINUTE, MINUTE);
        throttle.hit("login-id", identifier, LOGIN_ATTEMPTS_PER_IDENTIFIER_PER_MINUTE, MINUTE);
        Optional<AccountRow> account = logins.authenticate(body.identifier(), body.password());
        if (account.isEmpty()) {
            logins.recordLoginFailure(body.identifier());
            throw new LoginFailedException();
        }
        return account.get();
    }

    /**
     * A request without an identifier or password, or with one longer than any account's, is refused as bad input
     * (400 naming the field) before it counts as a log-in attempt: it cannot guess a password, and it must not fill
     * the throttle's table.
     */
    static void requireCredentials(Credentials body) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        String identifier = body.identifier();
        if (identifier == null || identifier.isBlank() || identifier.length() > MAX_IDENTIFIER_LENGTH) {
            violations.add(new InvalidInputException.Violation("identifier", "field.identifier.invalid"));
        }
        String password = body.password();
        if (password == null || password.isEmpty() || password.length() > PasswordHasher.MAX_LENGTH) {
            violations.add(new InvalidInputException.Violation(
                    "password", "field.password.length", PasswordHasher.MIN_LENGTH, PasswordHasher.MAX_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private MutableHttpResponse<?> cookieSession(AccountRow account, HttpRequest<?> request) {
        UUID sid = UUID.randomUUID();
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> response =
                (MutableHttpResponse<Object>) loginHandler.loginSuccess(authentication(account, sid), request);
        return response.status(HttpStatus.OK).body(new Session(accounts.view(account), csrf.token(sid.toString())));
    }

    static Authentication authentication(AccountRow account, UUID sid) {
        return Authentication.build(
                Long.toString(account.id()), account.roles(), Map.of(SessionRefreshTokens.SID, sid.toString()));
    }

    private String address(HttpRequest<?> request) {
        return addresses.throttleKey(request);
    }
}

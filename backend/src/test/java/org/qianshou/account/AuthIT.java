package org.qianshou.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;

/**
 * Accounts end to end: sign-up by a code that really goes out over SMTP (GreenMail), cookie and
 * bearer sessions, password change and reset, throttling, and that no address reaches the log.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthIT implements TestPropertyProvider {

    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern LINK = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "correct horse 1";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @io.micronaut.context.annotation.Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String jwtSecret;

    Api api;
    final LogCapture log = new LogCapture();
    final List<String> identifiersUsed = new java.util.ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        MAIL.start();
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("auth"));
        properties.put("javamail.enabled", "true");
        properties.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        properties.put(
                "javamail.properties.mail.smtp.port",
                String.valueOf(MAIL.getSmtp().getPort()));
        properties.put("javamail.properties.mail.smtp.starttls.enable", "false");
        // So that a test can speak from several addresses; callers without the header are the socket's address.
        properties.put("micronaut.server.client-address-header", "X-Forwarded-For");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        log.start();
    }

    @AfterAll
    void tearDown() {
        log.stop();
        MAIL.stop();
        identifiersUsed.add(Api.ADMIN_EMAIL);
        for (String identifier : identifiersUsed) {
            assertThat(log.text()).as("the log must not contain an identifier").doesNotContain(identifier);
        }
    }

    // ---- sign-up

    @Test
    void signUpByEmailCodeGivesAnHttpOnlyStrictCookieSession() throws Exception {
        String email = newEmail();
        Answer started = signup(email, "张三");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body()).containsEntry("status", "sent");
        String code = codeFrom(waitForMail(email));

        var confirm = client.toBlocking()
                .exchange(
                        json(HttpRequest.POST(
                                "/api/auth/signup/confirm",
                                Map.of(
                                        "identifier",
                                        email,
                                        "code",
                                        code,
                                        "handle",
                                        started.body().get("handle")))),
                        Map.class);
        assertThat(confirm.code()).isEqualTo(200);
        List<String> cookies = confirm.getHeaders().getAll("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JWT=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JWT_REFRESH_TOKEN=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("Path=/api/auth"));
        @SuppressWarnings("unchecked")
        Map<String, Object> account = (Map<String, Object>) confirm.body().get("account");
        assertThat(account.get("displayName")).isEqualTo("张三");
        assertThat(account.get("maskedEmail").toString()).contains("***").doesNotContain(email);
        assertThat(confirm.body().get("csrfToken")).isNotNull();

        Answer me = api.send(HttpRequest.GET("/api/auth/me").header("Cookie", cookie(cookies, "JWT")));
        assertThat(me.map("account").get("id")).isEqualTo(account.get("id"));
        assertThat(me.body().get("csrfToken")).isEqualTo(confirm.body().get("csrfToken"));
        assertThat(count("SELECT count(*) FROM account WHERE password_hash LIKE '$argon2id$v=19$%'"))
                .isEqualTo(count("SELECT count(*) FROM account"));
    }

    @Test
    void aWrongCodeIsRefusedAndTheAccountIsNotCreated() {
        String email = newEmail();
        Object handle = signup(email, "李四").body().get("handle");
        String code = codeFrom(waitForMail(email));
        String wrongCode = code.equals("000000") ? "000001" : "000000";
        Answer wrong = api.send(json(HttpRequest.POST(
                "/api/auth/signup/confirm", Map.of("identifier", email, "code", wrongCode, "handle", handle))));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactly("code");
        // The right code without the handle of the browser that started the sign-up is refused too:
        // someone who starts a sign-up for another person's address cannot complete the victim's.
        Answer stolen = api.send(json(HttpRequest.POST(
                "/api/auth/signup/confirm", Map.of("identifier", email, "code", code, "handle", "not-the-handle"))));
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM account WHERE email = '" + email + "'"))
                .isZero();
    }

    @Test
    void signingUpWithATakenAddressAnswersTheSameAndSendsNoCode() throws Exception {
        String email = newAccount("王五");
        MAIL.purgeEmailFromAllMailboxes();
        Answer again = signup(email, "冒名者");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).containsOnlyKeys("status", "handle").containsEntry("status", "sent");
        MimeMessage note = waitForMail(email);
        assertThat(CODE.matcher(textOf(note)).find()).isFalse();
        assertThat(count("SELECT count(*) FROM signup_request WHERE identifier = '" + email + "' AND used_at IS NULL"))
                .isZero();
    }

    @Test
    void invalidIdentifierPasswordAndNameNameTheFieldsInTheCallersLanguage() {
        Map<String, Object> body = Map.of("identifier", "12345", "password", "short", "displayName", "");
        Answer zh = api.send(json(HttpRequest.POST("/api/auth/signup", body)));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.errorFields()).containsExactlyInAnyOrder("identifier", "password", "displayName");
        assertThat(zh.list("errors").get(0).get("message").toString()).contains("手机号");
        Answer en = api.send(json(HttpRequest.POST("/api/auth/signup", body)).header("Accept-Language", "en"));
        assertThat(en.list("errors").get(0).get("message").toString()).contains("mobile number");
        Answer phone = api.send(json(HttpRequest.POST(
                "/api/auth/signup", Map.of("identifier", "12012345678", "password", PASSWORD, "displayName", "赵六"))));
        assertThat(phone.errorFields()).containsExactly("identifier");
        assertThat(count("SELECT count(*) FROM signup_request WHERE identifier = '12012345678'"))
                .isZero();
    }

    @Test
    void aMobileNumberSignUpIsAcceptedAndItsCodeStaysOutOfTheLogAddress() {
        String phone = "139" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        identifiersUsed.add(phone);
        Answer started = api.send(json(HttpRequest.POST(
                "/api/auth/signup", Map.of("identifier", "+86 " + phone, "password", PASSWORD, "displayName", "钱七"))));
        assertThat(started.status()).isEqualTo(202);
        assertThat(count("SELECT count(*) FROM signup_request WHERE identifier = '" + phone + "'"))
                .isEqualTo(1);
    }

    // ---- log-in, throttling

    @Test
    void theEleventhWrongPasswordWithinAMinuteIsThrottledEvenWithTheRightOne() {
        String email = newAccount("孙八");
        Answer unknown = login("nobody-" + UUID.randomUUID() + "@qianshou.test", PASSWORD);
        for (int i = 0; i < 10; i++) {
            Answer wrong = login(email, "wrong password " + i);
            assertThat(wrong.status()).as("attempt %d", i + 1).isEqualTo(401);
            assertThat(wrong.body()).as("same answer as for an unknown account").isEqualTo(unknown.body());
        }
        Answer throttled = login(email, PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'account.login-failed'"))
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void throttlingAnswersWithRetryAfter() {
        String email = newAccount("周九");
        for (int i = 0; i < 10; i++) {
            login(email, "wrong " + i);
        }
        var request = json(HttpRequest.POST("/api/auth/login", Map.of("identifier", email, "password", "x")))
                .header("X-Forwarded-For", addressOf(email));
        try {
            client.toBlocking().exchange(request, Map.class);
            throw new AssertionError("expected 429");
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            assertThat(e.code()).isEqualTo(429);
            long retryAfter = Long.parseLong(e.getResponse().header("Retry-After"));
            assertThat(retryAfter).isBetween(1L, 60L);
        }
    }

    @Test
    void malformedCredentialsAreBadInputNamingTheFieldAndNeverCountAsAttempts() {
        long throttled = count("SELECT count(*) FROM throttle_event");
        String huge = "a".repeat(100_000) + "@qianshou.test";
        for (String body : List.of(
                "{\"password\":\"" + PASSWORD + "\"}",
                "{\"identifier\":\"   \",\"password\":\"" + PASSWORD + "\"}",
                "{\"identifier\":\"" + huge + "\",\"password\":\"" + PASSWORD + "\"}")) {
            for (String path : List.of("/api/auth/login", "/api/auth/token")) {
                Answer answer = api.send(json(HttpRequest.POST(path, body)).header("Accept-Language", "en"));
                assertThat(answer.status()).as(path).isEqualTo(400);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.errorFields()).containsExactly("identifier");
            }
        }
        Answer noPassword = api.send(json(HttpRequest.POST("/api/auth/login", "{\"identifier\":\"a@qianshou.test\"}"))
                .header("Accept-Language", "zh-CN"));
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.errorFields()).containsExactly("password");
        assertThat((String) noPassword.list("errors").get(0).get("message")).contains("密码");
        assertThat(count("SELECT count(*) FROM throttle_event"))
                .as("no log-in attempt counted")
                .isEqualTo(throttled);
    }

    @Test
    void aRefreshWithABodyThatIsNotJsonIsBadInputNotARefreshFromTheCookie() {
        long throttled = count("SELECT count(*) FROM throttle_event");
        for (String body : List.of("{", "[1,", "null", "null x")) {
            Answer answer = api.send(json(HttpRequest.POST("/api/auth/refresh", body)));
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.errorFields()).as(body).isNotEmpty();
        }
        // JSON's null is read as no body at all: named as the token that is missing
        assertThat(api.send(json(HttpRequest.POST("/api/auth/refresh", "null"))).errorFields())
                .containsExactly("refresh_token");
        assertThat(count("SELECT count(*) FROM throttle_event")).isEqualTo(throttled);
    }

    @Test
    void tenWrongPasswordsFromOneAddressDoNotLockTheAccountOutForAnotherAddress() {
        String email = newAccount("卫二");
        for (int i = 0; i < 10; i++) {
            Answer wrong = api.send(
                    json(HttpRequest.POST("/api/auth/login", Map.of("identifier", email, "password", "guess " + i)))
                            .header("X-Forwarded-For", "203.0.113.10"));
            assertThat(wrong.status()).as("attempt %d", i + 1).isEqualTo(401);
        }
        Answer attacker =
                api.send(json(HttpRequest.POST("/api/auth/login", Map.of("identifier", email, "password", PASSWORD)))
                        .header("X-Forwarded-For", "203.0.113.10"));
        assertThat(attacker.status()).as("the guessing address is throttled").isEqualTo(429);
        Answer owner =
                api.send(json(HttpRequest.POST("/api/auth/login", Map.of("identifier", email, "password", PASSWORD)))
                        .header("X-Forwarded-For", "198.51.100.20"));
        assertThat(owner.status()).as("the owner from another address signs in").isEqualTo(200);
    }

    // ---- password policy

    @Test
    void commonPasswordsAndTheIdentifierAreRefusedAtSignUpNamingTheField() {
        for (String weak : List.of("12345678", "password", "Password1", "iloveyou", "{email}", "{local}")) {
            String email = newEmail();
            String password = weak.replace("{email}", email).replace("{local}", email.substring(0, email.indexOf('@')));
            Answer refused = weakSignup(email, password, "zh-CN");
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.errorFields()).as(weak).containsExactly("password");
            assertThat(count("SELECT count(*) FROM signup_request WHERE identifier = '" + email + "'"))
                    .isZero();
        }
        assertThat(weakSignup(newEmail(), "password", "zh-CN")
                        .list("errors")
                        .get(0)
                        .get("message")
                        .toString())
                .contains("常见");
        String email = newEmail();
        assertThat(weakSignup(email, email.toUpperCase(java.util.Locale.ROOT), "en")
                        .list("errors")
                        .get(0)
                        .get("message")
                        .toString())
                .contains("e-mail address or mobile number");
    }

    private Answer weakSignup(String email, String password, String language) {
        return api.send(json(HttpRequest.POST(
                        "/api/auth/signup", Map.of("identifier", email, "password", password, "displayName", "弱密码")))
                .header("Accept-Language", language)
                .header("X-Forwarded-For", "192.0.2.77"));
    }

    @Test
    void theNewPasswordMayNeitherBeTheCurrentOneNorCommonNorTheIdentifier() {
        String email = newAccount("蒋四");
        String token = api.token(email, PASSWORD);
        for (String weak : List.of(PASSWORD, "qwertyuiop", email)) {
            Answer refused = api.send(json(HttpRequest.POST(
                            "/api/account/password", Map.of("currentPassword", PASSWORD, "newPassword", weak)))
                    .bearerAuth(token));
            assertThat(refused.status()).as(weak).isEqualTo(400);
            assertThat(refused.errorFields()).as(weak).containsExactly("newPassword");
        }
        Answer same = api.send(json(HttpRequest.POST(
                        "/api/account/password", Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD)))
                .bearerAuth(token)
                .header("Accept-Language", "en"));
        assertThat(same.list("errors").get(0).get("message").toString()).contains("current password");
        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aResetToACommonPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
        String email = newAccount("沈五");
        String token = resetLink(email);
        Answer weak = api.send(json(
                HttpRequest.POST("/api/auth/password-reset/confirm", Map.of("token", token, "password", "1qaz2wsx"))));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.errorFields()).containsExactly("password");
        Answer good = api.send(json(HttpRequest.POST(
                "/api/auth/password-reset/confirm", Map.of("token", token, "password", "reset password 6"))));
        assertThat(good.status()).isEqualTo(204);
    }

    // ---- tokens

    @Test
    void anAccessTokenWithoutExpiryOrFromAnotherIssuerIsRefused() throws Exception {
        String email = newAccount("韩六");
        String access = api.token(email, PASSWORD);
        com.nimbusds.jwt.JWTClaimsSet claims =
                com.nimbusds.jwt.SignedJWT.parse(access).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("qianshou");
        assertThat(claims.getExpirationTime()).isNotNull();

        String resigned = sign(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).build());
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(resigned))
                        .status())
                .as("the same claims signed again are fine (the test signs like the server)")
                .isEqualTo(200);
        String noExpiry = sign(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims)
                .expirationTime(null)
                .build());
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(noExpiry))
                        .status())
                .isEqualTo(401);
        String foreign = sign(new com.nimbusds.jwt.JWTClaimsSet.Builder(claims)
                .issuer("someone-else")
                .build());
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(foreign)).status())
                .isEqualTo(401);
        String noIssuer = sign(
                new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).issuer(null).build());
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(noIssuer))
                        .status())
                .isEqualTo(401);
    }

    private String sign(com.nimbusds.jwt.JWTClaimsSet claims) throws Exception {
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256), claims);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(jwtSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    // ---- sessions

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        String email = newAccount("吴十");
        String first = api.token(email, PASSWORD);
        String second = api.token(email, PASSWORD);
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(second)).status())
                .isEqualTo(200);

        Answer wrongCurrent = api.send(json(HttpRequest.POST(
                        "/api/account/password",
                        Map.of("currentPassword", "not it at all", "newPassword", "a new password 2")))
                .bearerAuth(first));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.errorFields()).containsExactly("currentPassword");

        Answer changed = api.send(json(HttpRequest.POST(
                        "/api/account/password",
                        Map.of("currentPassword", PASSWORD, "newPassword", "a new password 2")))
                .bearerAuth(first));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(second)).status())
                .isEqualTo(401);
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(first)).status())
                .isEqualTo(200);
        assertThat(login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(login(email, "a new password 2").status()).isEqualTo(200);
    }

    @Test
    void logOutEndsTheSessionAndClearsTheCookies() {
        String email = newAccount("郑一");
        var session = client.toBlocking()
                .exchange(
                        json(HttpRequest.POST("/api/auth/login", Map.of("identifier", email, "password", PASSWORD))),
                        Map.class);
        List<String> cookies = session.getHeaders().getAll("Set-Cookie");
        String jwt = cookie(cookies, "JWT");
        String csrf = (String) session.body().get("csrfToken");
        assertThat(api.send(HttpRequest.GET("/api/account").header("Cookie", jwt))
                        .status())
                .isEqualTo(200);

        var out = client.toBlocking()
                .exchange(HttpRequest.POST("/api/auth/logout", "")
                        .header("Cookie", jwt + "; " + cookie(cookies, "JWT_REFRESH_TOKEN"))
                        .header("X-CSRF-TOKEN", csrf));
        assertThat(out.code()).isEqualTo(204);
        assertThat(out.getHeaders().getAll("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JWT=").containsIgnoringCase("Max-Age=0"));
        assertThat(api.send(HttpRequest.GET("/api/account").header("Cookie", jwt))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void refreshRotatesTheSessionAndAStolenOldTokenEndsEverySession() {
        String email = newAccount("王二");
        Answer tokens =
                api.send(json(HttpRequest.POST("/api/auth/token", Map.of("identifier", email, "password", PASSWORD))));
        String refresh = (String) tokens.body().get("refresh_token");
        String oldAccess = (String) tokens.body().get("access_token");

        Answer rotated = api.send(json(HttpRequest.POST("/api/auth/refresh", Map.of("refresh_token", refresh))));
        assertThat(rotated.status()).isEqualTo(200);
        String newAccess = (String) rotated.body().get("access_token");
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(oldAccess))
                        .status())
                .isEqualTo(401);
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(newAccess))
                        .status())
                .isEqualTo(200);

        // The old refresh token comes back long after it was exchanged: possible theft.
        execute("UPDATE auth_session SET revoked_at = now() - interval '5 minutes' WHERE revoked_at IS NOT NULL"
                + " AND refresh_hash IS NOT NULL");
        Answer replay = api.send(json(HttpRequest.POST("/api/auth/refresh", Map.of("refresh_token", refresh))));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.contentType()).startsWith("application/problem+json");
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(newAccess))
                        .status())
                .isEqualTo(401);
    }

    // ---- password reset

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsAllSessions() throws Exception {
        String email = newAccount("冯三");
        String before = api.token(email, PASSWORD);
        MAIL.purgeEmailFromAllMailboxes();
        Answer requested = api.send(json(HttpRequest.POST("/api/auth/password-reset", Map.of("identifier", email))));
        assertThat(requested.status()).isEqualTo(202);
        String body = textOf(waitForMail(email));
        assertThat(body).contains("http://qianshou.test/reset-password?token=");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        Answer reset = api.send(json(HttpRequest.POST(
                "/api/auth/password-reset/confirm", Map.of("token", token, "password", "reset password 3"))));
        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(before)).status())
                .isEqualTo(401);
        assertThat(login(email, "reset password 3").status()).isEqualTo(200);

        Answer again = api.send(json(HttpRequest.POST(
                "/api/auth/password-reset/confirm", Map.of("token", token, "password", "another password 4"))));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFields()).containsExactly("token");
    }

    @Test
    void usingAResetLinkEndsTheAccountsOtherResetLinks() throws Exception {
        String email = newAccount("褚七");
        String older = resetLink(email);
        String newer = resetLink(email);
        assertThat(older).isNotEqualTo(newer);
        Answer used = api.send(json(HttpRequest.POST(
                "/api/auth/password-reset/confirm", Map.of("token", newer, "password", "reset password 7"))));
        assertThat(used.status()).isEqualTo(204);
        Answer stale = api.send(json(HttpRequest.POST(
                "/api/auth/password-reset/confirm", Map.of("token", older, "password", "reset password 8"))));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.errorFields()).containsExactly("token");
        assertThat(login(email, "reset password 7").status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsOutstandingResetLinks() throws Exception {
        String email = newAccount("杨八");
        String link = resetLink(email);
        Answer changed = api.send(json(HttpRequest.POST(
                        "/api/account/password",
                        Map.of("currentPassword", PASSWORD, "newPassword", "changed password 9")))
                .bearerAuth(api.token(email, PASSWORD)));
        assertThat(changed.status()).isEqualTo(204);
        Answer stale = api.send(json(HttpRequest.POST(
                "/api/auth/password-reset/confirm", Map.of("token", link, "password", "reset password 10"))));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.errorFields()).containsExactly("token");
        assertThat(login(email, "changed password 9").status()).isEqualTo(200);
    }

    /** Asks for a reset link for the address and returns its token (the newest mail to the address). */
    private String resetLink(String email) {
        int before = mailsTo(email).size();
        Answer requested = api.send(json(HttpRequest.POST("/api/auth/password-reset", Map.of("identifier", email))));
        assertThat(requested.status()).isEqualTo(202);
        long deadline = System.currentTimeMillis() + 10_000;
        while (mailsTo(email).size() <= before) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no reset mail to " + email);
            }
            Api.sleep(50);
        }
        List<MimeMessage> mails = mailsTo(email);
        Matcher m = LINK.matcher(textOf(mails.get(mails.size() - 1)));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> sentTo(m, email))
                .toList();
    }

    @Test
    void aResetForAnUnknownAddressAnswersTheSameAndSendsNothing() throws Exception {
        String known = newAccount("重置对照");
        String email = newEmail();
        MAIL.purgeEmailFromAllMailboxes();
        Answer requested = api.send(json(HttpRequest.POST("/api/auth/password-reset", Map.of("identifier", email))));
        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.body()).isEqualTo(Map.of("status", "sent"));

        // a reset asked for an existing account afterwards answers the same and goes out: by the time it arrives,
        // a message to the unknown address, handed to the sender before it, would have arrived too
        Answer marker = api.send(json(HttpRequest.POST("/api/auth/password-reset", Map.of("identifier", known))));
        assertThat(marker).isEqualTo(requested);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> sentTo(m, known)));
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> sentTo(m, email)))
                .isEmpty();
    }

    // ---- bootstrap

    @Test
    void theFirstAdministratorComesFromConfiguration() {
        Answer me = api.send(HttpRequest.GET("/api/account").bearerAuth(api.adminToken()));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("roles").toString()).contains("admin");
    }

    // ---- helpers

    private String newEmail() {
        String email = "u-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        identifiersUsed.add(email);
        return email;
    }

    /** A confirmed account with {@link #PASSWORD}; returns its e-mail address. */
    private String newAccount(String name) {
        String email = newEmail();
        Object handle = signup(email, name).body().get("handle");
        String code = codeFrom(waitForMail(email));
        Answer confirmed = api.send(json(HttpRequest.POST(
                        "/api/auth/signup/confirm", Map.of("identifier", email, "code", code, "handle", handle)))
                .header("X-Forwarded-For", addressOf(email)));
        assertThat(confirmed.status()).isEqualTo(200);
        return email;
    }

    private Answer signup(String email, String name) {
        return api.send(json(HttpRequest.POST(
                        "/api/auth/signup", Map.of("identifier", email, "password", PASSWORD, "displayName", name)))
                .header("X-Forwarded-For", addressOf(email)));
    }

    private Answer login(String identifier, String password) {
        return api.send(
                json(HttpRequest.POST("/api/auth/login", Map.of("identifier", identifier, "password", password)))
                        .header("X-Forwarded-For", addressOf(identifier)));
    }

    /**
     * The address a test person speaks from (one per identifier), so that the per-address limits of one test
     * do not run into another's.
     */
    private static String addressOf(String identifier) {
        int h = identifier.hashCode();
        return "10." + ((h >>> 16) & 0xff) + "." + ((h >>> 8) & 0xff) + "." + (h & 0xff);
    }

    private static <T> MutableHttpRequest<T> json(MutableHttpRequest<T> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static MimeMessage waitForMail(String to) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (sentTo(m, to)) {
                    return m;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no mail to " + to);
    }

    private static boolean sentTo(MimeMessage m, String to) {
        try {
            return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(to));
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String codeFrom(MimeMessage message) {
        try {
            Matcher m = CODE.matcher(textOf(message));
            assertThat(m.find()).as("a 6-digit code in the mail").isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The plain text of a message, whether it is a single part or multipart. */
    static String textOf(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return content.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + setCookies));
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }

    private void execute(String sql) {
        Db.execute(dataSource, sql);
    }
}

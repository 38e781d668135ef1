package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Accounts.CookieSession;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.RealServices;

/** CSRF defence against real cookie and bearer sessions: what a forged browser request gets, and what an API client gets. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfIT implements TestPropertyProvider {

    private static final String PATH = "/api/it/csrf";
    private static final String EMAIL = "csrf-volunteer@qianshou.test";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Inject
    Csrf csrf;

    @Inject
    TokenGenerator tokens;

    Api api;
    CookieSession session;
    String self;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("csrf"));
        properties.put("spec.name", "CsrfIT");
        // The test server listens on localhost, where the framework's CORS filter already answers a bare 403
        // to any foreign Origin (drive-by-localhost protection). Production hosts are not localhost: let the
        // requests through to CsrfFilter, as they would be there.
        properties.put("micronaut.server.cors.localhost-pass-through", "true");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        long id = Accounts.create(dataSource, EMAIL, "志愿者甲", Roles.VOLUNTEER);
        // As POST /api/auth/login makes it (that endpoint's own test is AuthIT).
        session = Accounts.cookieSession(dataSource, tokens, csrf, id, Roles.VOLUNTEER);
        self = "http://localhost:" + server.getPort();
    }

    @Test
    void aCrossOriginPostWithTheSessionCookieIsRefusedEvenWithTheToken() {
        Answer answer = api.send(withToken(update("跨站")).header("Origin", "https://evil.example"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("type").toString()).endsWith("/csrf");
        assertThat(answer.body().get("detail")).isEqualTo("请求来源校验失败，请刷新页面后重试。");

        assertThat(api.send(withToken(update("跨站")).header("Sec-Fetch-Site", "cross-site"))
                        .status())
                .isEqualTo(403);
        assertThat(api.send(update("跨站")
                                .header("Origin", "https://evil.example")
                                .header("Accept-Language", "en"))
                        .body()
                        .get("detail"))
                .isEqualTo("The request's origin could not be verified. Please reload the page and try again.");
    }

    @Test
    void aSameOriginPostWithTheCookieButWithoutTheRightTokenIsRefused() {
        assertThat(api.send(update("无令牌").header("Origin", self)).status()).isEqualTo(403);
        assertThat(api.send(update("错令牌").header("Origin", self).header(Csrf.HEADER, csrf.token("another-session")))
                        .status())
                .isEqualTo(403);
        assertThat(api.send(update("错令牌").header(Csrf.HEADER, session.csrfToken() + "x"))
                        .status())
                .as("no Origin, no Sec-Fetch-Site: the token is still required with the cookie")
                .isEqualTo(403);
    }

    @Test
    void aSameOriginPostWithTheCookieAndItsTokenPasses() {
        Answer answer =
                api.send(withToken(update("同源")).header("Origin", self).header("Sec-Fetch-Site", "same-origin"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("displayName")).isEqualTo("同源");
        assertThat(api.send(withToken(update("公开地址")).header("Origin", "http://qianshou.test"))
                        .status())
                .as("the origin of qianshou.public-url is the server's own")
                .isEqualTo(200);
    }

    @Test
    void aBearerClientNeedsNoCsrfToken() {
        String token = api.token(EMAIL, Api.ADMIN_PASSWORD);
        Answer answer = api.send(HttpRequest.PUT(PATH, Map.of("displayName", "接口"))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(token));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("displayName")).isEqualTo("接口");
    }

    @Test
    void loginFromAForeignOriginIsRefusedBeforeAnyPasswordIsChecked() {
        Answer answer = api.send(
                HttpRequest.POST("/api/auth/login", Map.of("identifier", EMAIL, "password", Api.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("Origin", "https://evil.example"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().get("type").toString()).endsWith("/csrf");
    }

    @Test
    void safeMethodsNeedNoToken() {
        assertThat(api.send(HttpRequest.GET(PATH)
                                .header("Cookie", session.cookie())
                                .header("Origin", "https://evil.example"))
                        .status())
                .isEqualTo(200);
    }

    private MutableHttpRequest<?> update(String name) {
        return HttpRequest.PUT(PATH, Map.of("displayName", name))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Cookie", session.cookie());
    }

    private MutableHttpRequest<?> withToken(MutableHttpRequest<?> request) {
        return request.header(Csrf.HEADER, session.csrfToken());
    }

    /** An authenticated endpoint that only echoes, so that this test depends on no feature's behaviour. */
    @Controller("/api/it/csrf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Requires(property = "spec.name", value = "CsrfIT")
    static class Echo {
        @Get
        Map<String, Object> get(Authentication authentication) {
            return Map.of("accountId", authentication.getName());
        }

        @Put
        Map<String, Object> put(Authentication authentication, @Body Map<String, Object> body) {
            return Map.of("accountId", authentication.getName(), "displayName", body.get("displayName"));
        }
    }
}

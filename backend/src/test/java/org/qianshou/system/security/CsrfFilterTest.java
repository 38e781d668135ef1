package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.simple.SimpleHttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qianshou.system.Messages;
import org.qianshou.system.Problem;
import org.qianshou.system.Problems;

class CsrfFilterTest {

    private static final String SELF = "http://localhost:8080";
    private final Csrf csrf = new Csrf("a-test-secret-that-is-at-least-32-bytes-long");
    private final CsrfFilter filter = new CsrfFilter(
            request -> SELF,
            csrf,
            new Problems(new Messages()),
            "JWT",
            "https://qianshou.example.org/",
            List.of("https://partner.example.org", " "));

    @Test
    void safeMethodsPassWhateverTheirOrigin() {
        assertThat(filter.refusal(HttpRequest.GET("/api/x").header("Origin", "https://evil.example")))
                .isEmpty();
    }

    @Test
    void requestsWithoutBrowserHeadersOrCookiePass() {
        assertThat(filter.refusal(HttpRequest.POST("/api/auth/login", "{}"))).isEmpty();
        assertThat(filter.refusal(HttpRequest.DELETE("/api/x"))).isEmpty();
    }

    @Test
    void aForeignOriginIsRefused() {
        assertThat(filter.refusal(HttpRequest.POST("/api/auth/login", "{}").header("Origin", "https://evil.example")))
                .contains("foreign origin");
        assertThat(filter.refusal(HttpRequest.PUT("/api/x", "{}").header("Origin", "http://localhost:8081")))
                .isPresent();
        assertThat(filter.refusal(HttpRequest.PATCH("/api/x", "{}").header("Origin", "null")))
                .isPresent();
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Origin", "http://localhost.evil:8080")))
                .isPresent();
    }

    @Test
    void theOwnPublicAndAllowedOriginsPass() {
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Origin", SELF)))
                .isEmpty();
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Origin", "HTTP://LOCALHOST:8080")))
                .isEmpty();
        assertThat(filter.refusal(
                        HttpRequest.POST("/api/x", "{}").header("Origin", "https://qianshou.example.org:443")))
                .isEmpty();
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Origin", "https://partner.example.org")))
                .isEmpty();
    }

    @Test
    void withoutOriginSecFetchSiteMustBeSameOriginOrNone() {
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Sec-Fetch-Site", "same-origin")))
                .isEmpty();
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Sec-Fetch-Site", "none")))
                .isEmpty();
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Sec-Fetch-Site", "cross-site")))
                .isPresent();
        assertThat(filter.refusal(HttpRequest.POST("/api/x", "{}").header("Sec-Fetch-Site", "same-site")))
                .isPresent();
    }

    @Test
    void aCookieSessionNeedsItsToken() {
        assertThat(filter.refusal(cookieSession("s-1"))).contains("missing token");
        assertThat(filter.refusal(cookieSession("s-1").header(Csrf.HEADER, csrf.token("s-2"))))
                .contains("wrong token");
        assertThat(filter.refusal(cookieSession("s-1").header(Csrf.HEADER, csrf.token("s-1"))))
                .isEmpty();
    }

    @Test
    void aCookieSessionWithoutSidIsRefused() {
        MutableHttpRequest<?> request = post("/api/x").cookie(Cookie.of("JWT", "cookie-token"));
        request.setAttribute(SecurityFilter.AUTHENTICATION, Authentication.build("1"));
        request.setAttribute(SecurityFilter.TOKEN, "cookie-token");
        assertThat(filter.refusal(request.header(Csrf.HEADER, csrf.token("s-1"))))
                .contains("cookie session without sid");
    }

    @Test
    void aBearerTokenNeedsNoCsrfTokenEvenWithACookiePresent() {
        MutableHttpRequest<?> request =
                post("/api/x").cookie(Cookie.of("JWT", "cookie-token")).bearerAuth("bearer-token");
        request.setAttribute(SecurityFilter.AUTHENTICATION, Authentication.build("1", Map.of("sid", "s-1")));
        request.setAttribute(SecurityFilter.TOKEN, "bearer-token");
        assertThat(filter.refusal(request)).isEmpty();
    }

    @Test
    void anAnonymousRequestWithAStaleCookieNeedsNoToken() {
        assertThat(filter.refusal(post("/api/auth/refresh").cookie(Cookie.of("JWT", "expired"))))
                .isEmpty();
    }

    @Test
    void theRefusalIsA403CsrfProblem() {
        HttpResponse<?> response =
                filter.filter(HttpRequest.POST("/api/x", "{}").header("Origin", "https://evil.example"));
        assertThat(response.code()).isEqualTo(403);
        assertThat(((Problem) response.body()).type()).endsWith("/csrf");
        assertThat(filter.filter(HttpRequest.POST("/api/x", "{}"))).isNull();
    }

    private MutableHttpRequest<?> cookieSession(String sid) {
        MutableHttpRequest<?> request = post("/api/x").header("Origin", SELF).cookie(Cookie.of("JWT", "cookie-token"));
        request.setAttribute(SecurityFilter.AUTHENTICATION, Authentication.build("1", Map.of("sid", sid)));
        request.setAttribute(SecurityFilter.TOKEN, "cookie-token");
        return request;
    }

    /** A request whose cookies can be read back (the HTTP client's requests cannot). */
    private static MutableHttpRequest<?> post(String path) {
        return new SimpleHttpRequest<>(HttpMethod.POST, path, "{}");
    }
}

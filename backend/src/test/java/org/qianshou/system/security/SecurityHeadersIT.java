package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.RealServices;

/** Every kind of answer carries the security headers: the SPA's files, API JSON, and problems. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT implements TestPropertyProvider {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
            + " blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("headers"));
        properties.put("spec.name", "SecurityHeadersIT");
        return properties;
    }

    @Test
    void theSpaPageAndItsAssets() {
        HttpResponse<String> page = get("/");
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.getContentType().orElseThrow().toString()).startsWith("text/html");
        assertSecurityHeaders(page, false);

        Matcher script = Pattern.compile("/assets/[^\"]+\\.js").matcher(page.body());
        assertThat(script.find()).as("index.html names its script").isTrue();
        HttpResponse<String> asset = get(script.group());
        assertThat(asset.code()).isEqualTo(200);
        assertSecurityHeaders(asset, false);

        HttpResponse<String> deepLink = get("/projects/42");
        assertThat(deepLink.code()).isEqualTo(200);
        assertSecurityHeaders(deepLink, false);
    }

    @Test
    void apiJson() {
        HttpResponse<String> response = get("/api/taxonomies");
        assertThat(response.code()).isEqualTo(200);
        assertSecurityHeaders(response, true);
    }

    @Test
    void problems() {
        HttpResponse<String> notFound = get("/api/no-such-thing");
        assertThat(notFound.code()).isEqualTo(404);
        assertThat(notFound.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertSecurityHeaders(notFound, true);

        HttpResponse<String> unauthenticated = get("/api/account");
        assertThat(unauthenticated.code()).isEqualTo(401);
        assertSecurityHeaders(unauthenticated, true);

        Accounts.create(dataSource, "headers-volunteer@qianshou.test", "志愿者", Roles.VOLUNTEER);
        String token = new Api(client.toBlocking()).token("headers-volunteer@qianshou.test", Api.ADMIN_PASSWORD);
        HttpResponse<String> forbidden =
                exchange(HttpRequest.GET("/api/admin/audit").bearerAuth(token));
        assertThat(forbidden.code()).isEqualTo(403);
        assertSecurityHeaders(forbidden, true);

        HttpResponse<String> csrf = exchange(HttpRequest.POST("/api/auth/login", "{}")
                .header("Origin", "https://evil.example")
                .contentType("application/json"));
        assertThat(csrf.code()).isEqualTo(403);
        assertSecurityHeaders(csrf, true);

        HttpResponse<String> error = get("/api/it/headers/boom");
        assertThat(error.code()).isEqualTo(500);
        assertSecurityHeaders(error, true);
    }

    private static void assertSecurityHeaders(HttpResponse<?> response, boolean api) {
        HttpHeaders h = response.getHeaders();
        assertThat(h.get("Content-Security-Policy")).isEqualTo(CSP);
        assertThat(h.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(h.get("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(h.get("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        if (api) {
            assertThat(h.getAll("Cache-Control")).containsExactly("no-store");
        }
    }

    private HttpResponse<String> get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    private HttpResponse<String> exchange(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    @Controller("/api/it/headers")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "spec.name", value = "SecurityHeadersIT")
    static class Boom {
        @Get("/boom")
        String boom() {
            throw new IllegalStateException("boom");
        }
    }
}

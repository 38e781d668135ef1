package org.qianshou.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards {@code /api/admin/**} with a bearer token from the environment until accounts arrive.
 * Without a configured token the admin endpoints refuse everything.
 */
@ServerFilter("/api/admin/**")
final class AdminTokenFilter {

    private static final String BEARER = "Bearer ";
    private final QianshouConfiguration config;
    private final Problems problems;

    AdminTokenFilter(QianshouConfiguration config, Problems problems) {
        this.config = config;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireAdminToken(HttpRequest<?> request) {
        if (!config.adminEnabled()) {
            return problems.response(request, HttpStatus.FORBIDDEN, "admin-disabled", "error.admin-disabled");
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null
                || !header.startsWith(BEARER)
                || !matches(header.substring(BEARER.length()).trim())) {
            return problems.response(
                            request, HttpStatus.UNAUTHORIZED, "admin-token-invalid", "error.admin-token-invalid")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return null;
    }

    private boolean matches(String presented) {
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), config.adminToken().getBytes(StandardCharsets.UTF_8));
    }
}

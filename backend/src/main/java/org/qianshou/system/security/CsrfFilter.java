package org.qianshou.system.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.qianshou.system.Problems;
import org.qianshou.system.QianshouConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-site request forgery defence for POST, PUT, PATCH and DELETE (research §2), after the security
 * filter so that the caller is known:
 *
 * <ol>
 *   <li>An {@code Origin} header must be the server's own origin ({@link HttpHostResolver}), the origin of
 *       {@code qianshou.public-url}, or one of {@code qianshou.csrf.allowed-origins} ({@link CsrfConfiguration}); without {@code Origin}, a
 *       {@code Sec-Fetch-Site} header must be {@code same-origin} or {@code none}. This also covers log-in,
 *       sign-up and reset (login CSRF).
 *   <li>A request authenticated by the {@code JWT} cookie (not by an {@code Authorization} header) must
 *       carry {@value Csrf#HEADER} equal to {@link Csrf#token} of its session.
 * </ol>
 *
 * Otherwise 403 {@code csrf}. Clients without cookies and browser headers (curl, bearer API clients) pass.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public final class CsrfFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final HttpHostResolver hosts;
    private final Csrf csrf;
    private final Problems problems;
    private final String cookieName;
    private final Set<String> allowedOrigins;

    @Inject
    CsrfFilter(
            HttpHostResolver hosts,
            Csrf csrf,
            Problems problems,
            AccessTokenCookieConfiguration cookie,
            QianshouConfiguration platform,
            CsrfConfiguration configuration) {
        this(hosts, csrf, problems, cookie.getCookieName(), platform.publicUrl(), configuration.origins());
    }

    CsrfFilter(
            HttpHostResolver hosts,
            Csrf csrf,
            Problems problems,
            String cookieName,
            @Nullable String publicUrl,
            @Nullable List<String> allowedOrigins) {
        this.hosts = hosts;
        this.csrf = csrf;
        this.problems = problems;
        this.cookieName = cookieName;
        Set<String> origins = new LinkedHashSet<>();
        if (publicUrl != null && !publicUrl.isBlank()) {
            origins.add(origin(publicUrl));
        }
        if (allowedOrigins != null) {
            allowedOrigins.stream()
                    .filter(o -> o != null && !o.isBlank())
                    .map(CsrfFilter::origin)
                    .forEach(origins::add);
        }
        this.allowedOrigins = Set.copyOf(origins);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> filter(HttpRequest<?> request) {
        Optional<String> refusal = refusal(request);
        if (refusal.isEmpty()) {
            return null;
        }
        LOG.info("CSRF check refused {} {}: {}", request.getMethod(), request.getPath(), refusal.get());
        return problems.response(request, HttpStatus.FORBIDDEN, "csrf", "error.csrf");
    }

    /** Why the request is refused (for the log), or empty when it passes. */
    Optional<String> refusal(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return Optional.empty();
        }
        HttpHeaders headers = request.getHeaders();
        String origin = headers.get(HttpHeaders.ORIGIN);
        if (origin != null) {
            String given = origin(origin);
            if (!given.equals(origin(hosts.resolve(request))) && !allowedOrigins.contains(given)) {
                return Optional.of("foreign origin");
            }
        } else {
            String site = headers.get("Sec-Fetch-Site");
            if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
                return Optional.of("Sec-Fetch-Site " + site.toLowerCase(Locale.ROOT));
            }
        }
        Authentication authentication =
                request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null || !authenticatedByCookie(request)) {
            return Optional.empty();
        }
        Object sid = authentication.getAttributes().get(Csrf.SESSION_ATTRIBUTE);
        if (sid == null) {
            return Optional.of("cookie session without sid");
        }
        if (!csrf.matches(sid.toString(), headers.get(Csrf.HEADER))) {
            return Optional.of(headers.contains(Csrf.HEADER) ? "wrong token" : "missing token");
        }
        return Optional.empty();
    }

    /** The access token came from the cookie, not from an {@code Authorization} header. */
    private boolean authenticatedByCookie(HttpRequest<?> request) {
        Optional<String> cookie = request.getCookies().findCookie(cookieName).map(Cookie::getValue);
        if (cookie.isEmpty()) {
            return false;
        }
        Optional<String> token = request.getAttribute(SecurityFilter.TOKEN, String.class);
        if (token.isPresent()) {
            return token.get().equals(cookie.get());
        }
        // Browsers never add a Bearer header by themselves (unlike cached Basic credentials).
        return request.getHeaders()
                .getAuthorization()
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .isEmpty();
    }

    /** {@code scheme://host[:port]}, lowercased, without a default port or a path; "null" stays "null". */
    static String origin(String value) {
        String trimmed = value.strip().toLowerCase(Locale.ROOT);
        try {
            URI uri = URI.create(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1
                    || (port == 80 && uri.getScheme().equals("http"))
                    || (port == 443 && uri.getScheme().equals("https"));
            return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}

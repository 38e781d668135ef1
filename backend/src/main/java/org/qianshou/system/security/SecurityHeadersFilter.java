package org.qianshou.system.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.regex.Pattern;

/**
 * Security headers on every response: the SPA's files, API JSON, and problems (404, 401, 403, 500, and
 * the 403 of {@link CsrfFilter}). It runs first, so that its response side runs last and sees every answer.
 * API answers are never cached ({@code Cache-Control: no-store}): they may be personal (public disclosure aside).
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public final class SecurityHeadersFilter implements Ordered {

    /** The SPA needs nothing inline: Vite emits external scripts and styles, small assets as data: URLs. */
    public static final String CSP =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                    + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                    + " frame-ancestors 'none'";

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        String path = request.getPath();
        if ((path.equals("/api") || path.startsWith("/api/")) && !publicData(path, response)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /**
     * Public disclosure (资金公示) is the same for everyone and holds no personal data: a successful answer there keeps
     * the {@code Cache-Control: public, …} its controller set; so do published story photos (issue 10), and an
     * unpublished one keeps {@code private, no-store}. Everything else under {@code /api} is never cached.
     */
    static boolean publicData(String path, MutableHttpResponse<?> response) {
        String cache = response.getHeaders().get(HttpHeaders.CACHE_CONTROL);
        if (cache == null) {
            return false;
        }
        if (STORY_PHOTO.matcher(path).matches()) {
            // a published story's photo (200, or 304 to its ETag) is public; another's says "private, no-store"
            return ((response.code() == 200 || response.code() == 304) && cache.startsWith("public"))
                    || (response.code() == 200 && cache.equals("private, no-store"));
        }
        return path.startsWith("/api/disclosure/") && response.code() == 200 && cache.startsWith("public");
    }

    /** The file of a story photo: {@code /api/stories/{id}/photos/{photoId}/{width}}. */
    private static final Pattern STORY_PHOTO =
            Pattern.compile("^/api/stories/\\d+/photos/\\d+/(320|640|1280|original)$");

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}

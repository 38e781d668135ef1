package org.qianshou.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How browsers cache the SPA. Vite names every file under {@code /assets/} by a hash of its content,
 * so a phone on a slow rural network keeps them for a year ({@code immutable}: no revalidation).
 * {@code index.html}, which names the current assets, is revalidated on every load ({@code no-cache})
 * against its ETag, and answers 304 without a body while it has not changed; the same for deep
 * links that {@link SpaFallback} answers with it.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class SpaCaching implements Ordered {

    static final String ASSETS = "/assets/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private final Optional<String> indexEtag;

    SpaCaching(ResourceResolver resources) {
        this.indexEtag =
                resources.getResourceAsStream("classpath:public/index.html").map(SpaCaching::etag);
    }

    @ResponseFilter
    @Nullable
    HttpResponse<?> cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return null;
        }
        String path = request.getPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            return null;
        }
        if (response.code() != HttpStatus.OK.getCode()) {
            return null;
        }
        if (path.startsWith(ASSETS)) {
            // the file writer adds Expires afterwards; max-age takes precedence over it (RFC 9111 5.3)
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            return null;
        }
        if (indexEtag.isPresent() && (path.equals("/") || path.equals("/index.html") || isHtml(response))) {
            String etag = indexEtag.get();
            if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
                return HttpResponse.notModified()
                        .header(HttpHeaders.ETAG, etag)
                        .header(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            }
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, REVALIDATE).set(HttpHeaders.ETAG, etag);
        }
        return null;
    }

    private static boolean isHtml(MutableHttpResponse<?> response) {
        return response.getContentType()
                .map(type -> type.getName().equals(MediaType.TEXT_HTML))
                .orElse(false);
    }

    /** {@code If-None-Match} may list several tags, or {@code *}; weak tags compare equal (RFC 9110 13.1.2). */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(InputStream in) {
        try (in) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}

package org.qianshou.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Deep links such as {@code /projects/42} have no file behind them: answer them with the SPA's
 * {@code index.html} so the client-side router takes over. API paths and missing files keep a 404
 * problem.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class SpaFallback {

    private final Optional<byte[]> indexHtml;
    private final Problems problems;

    SpaFallback(ResourceResolver resources, Problems problems) {
        this.problems = problems;
        this.indexHtml =
                resources.getResourceAsStream("classpath:public/index.html").map(SpaFallback::readAll);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (isPageRequest(request) && indexHtml.isPresent()) {
            return HttpResponse.ok(indexHtml.get())
                    .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                    .header("Cache-Control", "no-cache");
        }
        return problems.response(request, HttpStatus.NOT_FOUND, "http-404", "status.404.detail");
    }

    private static boolean isPageRequest(HttpRequest<?> request) {
        String path = request.getPath();
        if (request.getMethod() != HttpMethod.GET
                || path.startsWith("/api/")
                || path.equals("/api")
                || path.startsWith("/health")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.qianshou.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses in the caller's language. */
@Singleton
public class Problems {

    private final Messages messages;

    public Problems(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public MutableHttpResponse<Problem> response(
            HttpRequest<?> request, HttpStatus status, String type, String detail, List<Problem.FieldError> errors) {
        return response(request, status, type, detail, errors, null);
    }

    /** A problem that names the business rule it enforces ({@code rule}, for example {@code four-eyes}). */
    public MutableHttpResponse<Problem> response(
            HttpRequest<?> request,
            HttpStatus status,
            String type,
            String detail,
            List<Problem.FieldError> errors,
            @Nullable String rule) {
        Locale locale = messages.localeOf(request);
        String title = messages.get(locale, "status." + status.getCode());
        Problem body = new Problem(
                "https://qianshou.org/problems/" + type,
                title,
                status.getCode(),
                detail,
                request.getPath(),
                errors,
                rule);
        return HttpResponse.<Problem>status(status)
                .contentType(Problem.CONTENT_TYPE)
                .body(body);
    }

    public MutableHttpResponse<Problem> response(
            HttpRequest<?> request, HttpStatus status, String type, String detailKey, Object... args) {
        return response(request, status, type, messages.get(messages.localeOf(request), detailKey, args), List.of());
    }
}

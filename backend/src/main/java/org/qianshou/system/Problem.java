package org.qianshou.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * RFC 9457 problem details, the one error shape of the API. {@code rule} names the business rule a refusal
 * enforces (for example {@code four-eyes}), only where one does; it is left out of the JSON otherwise.
 */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        List<FieldError> errors,
        @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem(
            String type,
            String title,
            int status,
            @Nullable String detail,
            @Nullable String instance,
            List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /** One invalid field of a request: its name as the client sent it, and what is wrong, in the client's language. */
    @Serdeable
    public record FieldError(String field, String message) {}
}

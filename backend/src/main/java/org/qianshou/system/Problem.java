package org.qianshou.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** RFC 9457 problem details, the one error shape of the API. */
@Serdeable
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    /** One invalid field of a request: its name as the client sent it, and what is wrong, in the client's language. */
    @Serdeable
    public record FieldError(String field, String message) {}
}

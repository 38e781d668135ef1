package org.qianshou.system;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns every error the framework itself detects (unparseable JSON, a parameter of the wrong type, a
 * constraint violation, an unknown route, a wrong method) into problem+json in the caller's language.
 */
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private final Problems problems;

    ProblemResponseProcessor(Problems problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpRequest<?> request = context.getRequest();
        Locale locale = problems.messages().localeOf(request);
        HttpStatus status = base.getStatus();
        Throwable cause = context.getRootCause().orElse(null);
        List<Problem.FieldError> errors = new ArrayList<>();
        String type;
        String detail;
        if (cause instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), message(locale, v))));
            type = "invalid-input";
            detail = problems.messages().get(locale, "error.invalid-input");
        } else if (cause instanceof ConversionErrorException cee && isBodySyntaxError(cee)) {
            // not JSON, or more than one value (the strict body reader's refusal): the body as a whole
            errors.add(new Problem.FieldError("body", problems.messages().get(locale, "error.invalid-json")));
            type = "invalid-json";
            detail = problems.messages().get(locale, "error.invalid-json");
        } else if (cause instanceof ConversionErrorException cee) {
            String field = jsonField(cee.getConversionError().getCause());
            errors.add(new Problem.FieldError(
                    field.equals("body") ? cee.getArgument().getName() : field,
                    problems.messages().get(locale, "error.invalid-value")));
            type = "invalid-input";
            detail = problems.messages().get(locale, "error.invalid-input");
        } else if (cause instanceof UnsatisfiedRouteException ure) {
            Argument<?> argument = ure.getArgument();
            errors.add(new Problem.FieldError(
                    argument.getName(), problems.messages().get(locale, "error.required")));
            type = "invalid-input";
            detail = problems.messages().get(locale, "error.invalid-input");
        } else if (status == HttpStatus.BAD_REQUEST && isJsonProblem(cause)) {
            String field = jsonField(cause);
            errors.add(new Problem.FieldError(
                    field,
                    problems.messages()
                            .get(locale, field.equals("body") ? "error.invalid-json" : "error.invalid-value")));
            type = "invalid-json";
            detail = problems.messages().get(locale, "error.invalid-json");
        } else {
            // The contract's names for the two upload refusals; every other status keeps http-<code>.
            type = switch (status) {
                case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
                case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
                default -> "http-" + status.getCode();
            };
            detail = problems.messages().get(locale, "status." + status.getCode() + ".detail");
        }
        MutableHttpResponse<Problem> problem = problems.response(request, status, type, detail, errors);
        base.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem;
    }

    /** A body that the JSON parser itself refused (its syntax, its depth, content after its value), no property. */
    private static boolean isBodySyntaxError(ConversionErrorException cee) {
        Throwable error = cee.getConversionError().getCause();
        if (!jsonField(error).equals("body")) {
            return false;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJsonProblem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CodecException
                    || t.getClass().getName().contains("Json")
                    || t.getClass().getName().contains("Serde")) {
                return true;
            }
        }
        return cause == null;
    }

    private static final java.util.regex.Pattern PROPERTY =
            java.util.regex.Pattern.compile("property \\[(?:[^\\]]*\\s)?([A-Za-z0-9_]+)\\]");

    /** The property a decoding error is about, when the decoder names it; otherwise the whole body. */
    static String jsonField(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof io.micronaut.serde.exceptions.InvalidPropertyFormatException property) {
                return property.getArgument().getName();
            }
            if (t.getMessage() != null) {
                var matcher = PROPERTY.matcher(t.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return "body";
    }

    /** The field as the client named it: the last property node of the path, with its index if any. */
    static String fieldOf(Path path) {
        String field = null;
        StringBuilder indexed = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                indexed.setLength(0);
                indexed.append(node.getName() == null ? "" : node.getName());
                if (node.getIndex() != null) {
                    indexed.append('[').append(node.getIndex()).append(']');
                }
                field = indexed.toString();
            } else if (field == null && node.getName() != null) {
                field = node.getName();
            }
        }
        return field == null ? path.toString() : field;
    }

    private String message(Locale locale, ConstraintViolation<?> violation) {
        var annotation = violation.getConstraintDescriptor().getAnnotation();
        String key = "constraint." + annotation.annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String resolved = problems.messages()
                .get(locale, key, attributes.get("min"), attributes.get("max"), attributes.get("value"));
        return resolved.equals(key) ? violation.getMessage() : resolved;
    }
}

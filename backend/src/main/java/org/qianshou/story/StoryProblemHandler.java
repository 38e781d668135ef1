package org.qianshou.story;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.qianshou.system.Messages;
import org.qianshou.system.Problem;
import org.qianshou.system.Problems;

/** Answers a refused submission or publication: problem+json with the rule, the fields and the protection flags. */
@Produces
@Singleton
@Requires(classes = {StoryRefusedException.class, ExceptionHandler.class})
final class StoryProblemHandler
        implements ExceptionHandler<StoryRefusedException, HttpResponse<StoryProblemHandler.StoryProblem>> {

    /** A problem with the story's extension members: the rule it enforces and the flags. */
    @Serdeable
    record StoryProblem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            List<Problem.FieldError> errors,
            String rule,
            List<StoryViews.Flag> flags) {}

    private final Problems problems;

    StoryProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<StoryProblem> handle(HttpRequest request, StoryRefusedException e) {
        Messages messages = problems.messages();
        Locale locale = messages.localeOf(request);
        HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), messages.get(locale, v.messageKey(), v.args())))
                .toList();
        Problem base = problems.response(
                        request,
                        status,
                        "story-refused",
                        messages.get(locale, e.detailKey(), e.detailArgs()),
                        errors,
                        e.rule())
                .body();
        return HttpResponse.<StoryProblem>status(status)
                .contentType(Problem.CONTENT_TYPE)
                .body(new StoryProblem(
                        base.type(),
                        base.title(),
                        base.status(),
                        base.detail(),
                        nullToEmpty(base.instance()),
                        base.errors(),
                        e.rule(),
                        e.flags()));
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}

package org.qianshou.funding.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import org.qianshou.system.Messages;
import org.qianshou.system.Problem;
import org.qianshou.system.Problems;

/** The two conflicts of applications whose problem carries more than a message: which version, which application. */
final class ApplicationProblemHandlers {

    private ApplicationProblemHandlers() {}

    /** A problem with the application's extension members ({@code currentVersion}, {@code applicationId}). */
    @Serdeable
    record ApplicationProblem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            List<Problem.FieldError> errors,
            Long currentVersion,
            Long applicationId) {}

    /** Answers 409 problem+json naming the field, with the application's extension members. */
    abstract static class ConflictHandler<E extends Throwable>
            implements ExceptionHandler<E, HttpResponse<ApplicationProblem>> {
        private final Problems problems;

        ConflictHandler(Problems problems) {
            this.problems = problems;
        }

        HttpResponse<ApplicationProblem> conflict(
                HttpRequest<?> request, String field, String key, Long version, Long applicationId) {
            Messages messages = problems.messages();
            String message = messages.get(messages.localeOf(request), key);
            Problem base = problems.response(
                            request,
                            HttpStatus.CONFLICT,
                            "conflict",
                            message,
                            List.of(new Problem.FieldError(field, message)))
                    .body();
            return HttpResponse.<ApplicationProblem>status(HttpStatus.CONFLICT)
                    .contentType(Problem.CONTENT_TYPE)
                    .body(new ApplicationProblem(
                            base.type(),
                            base.title(),
                            base.status(),
                            base.detail(),
                            base.instance(),
                            base.errors(),
                            version,
                            applicationId));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {VersionConflictException.class, ExceptionHandler.class})
    static final class VersionConflict extends ConflictHandler<VersionConflictException> {

        VersionConflict(Problems problems) {
            super(problems);
        }

        @Override
        public HttpResponse<ApplicationProblem> handle(HttpRequest request, VersionConflictException exception) {
            return conflict(request, "version", "error.application.version-conflict", exception.currentVersion(), null);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {ApplicationExistsException.class, ExceptionHandler.class})
    static final class Exists extends ConflictHandler<ApplicationExistsException> {

        Exists(Problems problems) {
            super(problems);
        }

        @Override
        public HttpResponse<ApplicationProblem> handle(HttpRequest request, ApplicationExistsException exception) {
            return conflict(request, "callId", "error.application.exists", null, exception.applicationId());
        }
    }
}

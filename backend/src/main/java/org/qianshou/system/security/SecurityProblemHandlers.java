package org.qianshou.system.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.qianshou.system.Problem;
import org.qianshou.system.Problems;

/** 403 and 429 as problem+json in the caller's language. */
final class SecurityProblemHandlers {

    private SecurityProblemHandlers() {}

    @Produces
    @Singleton
    @Requires(classes = {ForbiddenException.class, ExceptionHandler.class})
    static final class Forbidden implements ExceptionHandler<ForbiddenException, HttpResponse<Problem>> {
        private final Problems problems;

        Forbidden(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ForbiddenException exception) {
            String detail = problems.messages()
                    .get(problems.messages().localeOf(request), exception.messageKey(), exception.args());
            return problems.response(
                    request, HttpStatus.FORBIDDEN, exception.type(), detail, List.of(), exception.rule());
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {TooManyRequestsException.class, ExceptionHandler.class})
    static final class TooMany implements ExceptionHandler<TooManyRequestsException, HttpResponse<Problem>> {
        private final Problems problems;

        TooMany(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TooManyRequestsException exception) {
            long seconds = exception.retryAfterSeconds();
            return problems.response(
                            request,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "too-many-requests",
                            "error.too-many-requests",
                            seconds)
                    .header("Retry-After", Long.toString(seconds));
        }
    }
}

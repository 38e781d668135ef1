package org.qianshou.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.qianshou.system.Problem;
import org.qianshou.system.Problems;

/** 401 answers of the auth endpoints as problem+json in the caller's language. */
final class AccountProblemHandlers {

    private AccountProblemHandlers() {}

    @Produces
    @Singleton
    @Requires(classes = {LoginFailedException.class, ExceptionHandler.class})
    static final class LoginFailed implements ExceptionHandler<LoginFailedException, HttpResponse<Problem>> {
        private final Problems problems;

        LoginFailed(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, LoginFailedException exception) {
            return problems.response(request, HttpStatus.UNAUTHORIZED, "login-failed", "error.login-failed");
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {UnauthenticatedException.class, ExceptionHandler.class})
    static final class Unauthenticated implements ExceptionHandler<UnauthenticatedException, HttpResponse<Problem>> {
        private final Problems problems;

        Unauthenticated(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnauthenticatedException exception) {
            return problems.response(request, HttpStatus.UNAUTHORIZED, "unauthenticated", "error.session-expired");
        }
    }
}

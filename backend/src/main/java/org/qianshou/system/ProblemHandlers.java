package org.qianshou.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.qianshou.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One handler per domain exception; all answer problem+json in the caller's language. */
final class ProblemHandlers {

    private ProblemHandlers() {}

    @Produces
    @Singleton
    @Requires(classes = {InvalidInputException.class, ExceptionHandler.class})
    static final class InvalidInput implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {
        private final Problems problems;

        InvalidInput(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException exception) {
            Messages messages = problems.messages();
            Locale locale = messages.localeOf(request);
            var errors = exception.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), messages.get(locale, v.messageKey(), v.args())))
                    .toList();
            return problems.response(
                    request,
                    HttpStatus.BAD_REQUEST,
                    "invalid-input",
                    messages.get(locale, "error.invalid-input"),
                    errors);
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
    static final class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        private final Problems problems;

        NotFound(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException exception) {
            Locale locale = problems.messages().localeOf(request);
            String what = problems.messages().get(locale, exception.resourceKey());
            return problems.response(
                    request,
                    HttpStatus.NOT_FOUND,
                    "not-found",
                    "error.not-found",
                    what,
                    String.valueOf(exception.id()));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {SearchUnavailableException.class, ExceptionHandler.class})
    static final class SearchUnavailable
            implements ExceptionHandler<SearchUnavailableException, HttpResponse<Problem>> {
        private static final Logger LOG = LoggerFactory.getLogger(SearchUnavailable.class);
        private final Problems problems;

        SearchUnavailable(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, SearchUnavailableException exception) {
            LOG.warn("Search is unavailable: {}", exception.getMessage());
            return problems.response(
                            request, HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "error.search-unavailable")
                    .header("Retry-After", "10");
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {ConflictException.class, ExceptionHandler.class})
    static final class Conflict implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
        private final Problems problems;

        Conflict(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConflictException exception) {
            return problems.response(
                    request, HttpStatus.CONFLICT, "conflict", exception.messageKey(), exception.args());
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {DataAccessException.class, ExceptionHandler.class})
    static final class DatabaseError implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {
        private static final Logger LOG = LoggerFactory.getLogger(DatabaseError.class);
        private final Problems problems;

        DatabaseError(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
            if (isConnectionFailure(exception)) {
                LOG.error("Database unreachable: {}", exception.getMessage());
                return problems.response(
                        request, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "error.database-unavailable");
            }
            java.sql.SQLException sql = sqlException(exception);
            if (sql != null && "23505".equals(sql.getSQLState())) {
                // Two requests raced for something unique: the loser is told, not given a 500.
                LOG.warn("Unique constraint violated (SQLState 23505)");
                return problems.response(request, HttpStatus.CONFLICT, "conflict", "error.duplicate");
            }
            // PostgreSQL messages quote the offending row, which may hold personal data: log the
            // SQLState and constraint, never the message.
            LOG.error(
                    "Database error {} SQLState {}",
                    exception.getClass().getSimpleName(),
                    sql == null ? "-" : sql.getSQLState());
            return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR, "http-500", "status.500.detail");
        }

        static java.sql.SQLException sqlException(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException e) {
                    return e;
                }
            }
            return null;
        }

        /** A connection that could not be had or broke (SQLState class 08, or the pool timing out). */
        static boolean isConnectionFailure(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException) {
                    return true;
                }
                if (t instanceof java.sql.SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08")) {
                    return true;
                }
            }
            return false;
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {TransactionException.class, ExceptionHandler.class})
    static final class DatabaseUnavailable implements ExceptionHandler<TransactionException, HttpResponse<Problem>> {
        private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);
        private final Problems problems;

        DatabaseUnavailable(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TransactionException exception) {
            LOG.error("Database transaction failed", exception);
            return problems.response(
                    request, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "error.database-unavailable");
        }
    }
}

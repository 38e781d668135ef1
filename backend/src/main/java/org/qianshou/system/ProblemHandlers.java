package org.qianshou.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.util.List;
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
            if (exception.field() == null) {
                return problems.response(
                        request, HttpStatus.CONFLICT, "conflict", exception.messageKey(), exception.args());
            }
            Messages messages = problems.messages();
            String message = messages.get(messages.localeOf(request), exception.messageKey(), exception.args());
            return problems.response(
                    request,
                    HttpStatus.CONFLICT,
                    "conflict",
                    message,
                    List.of(new Problem.FieldError(exception.field(), message)));
        }
    }

    /**
     * The one rule for a database that cannot be reached (PostgreSQL stopped, the network gone, the pool waiting in
     * vain): 503 problem+json with {@code Retry-After}, as search answers while Elasticsearch is down. Micronaut Data,
     * its transaction manager, Hikari and the JDBC driver each throw their own type for it, so the handlers below
     * for those types all ask this class.
     */
    static final class DatabaseOutage {
        private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
        static final String RETRY_AFTER_SECONDS = "10";

        private DatabaseOutage() {}

        /**
         * Whether the failure is the database being unreachable: a connection that could not be had (the pool timed
         * out: {@link java.sql.SQLTransientConnectionException}; refused: {@link java.net.ConnectException}) or broke
         * (SQLState class 08), anywhere in the chain of causes.
         */
        static boolean isOutage(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLTransientConnectionException
                        || t instanceof java.sql.SQLNonTransientConnectionException
                        || t instanceof java.net.ConnectException
                        || t instanceof java.net.SocketException
                        || t instanceof io.micronaut.data.connection.exceptions.ConnectionException
                        || t instanceof CannotGetJdbcConnectionException
                        || t instanceof CannotCreateTransactionException) {
                    return true;
                }
                if (t instanceof java.sql.SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08")) {
                    return true;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return false;
        }

        static MutableHttpResponse<Problem> response(Problems problems, HttpRequest<?> request, Throwable exception) {
            LOG.error("Database unreachable: {} ({})", exception.getClass().getSimpleName(), rootCause(exception));
            return problems.response(
                            request,
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "database-unavailable",
                            "error.database-unavailable")
                    .header("Retry-After", RETRY_AFTER_SECONDS);
        }

        private static String rootCause(Throwable exception) {
            Throwable t = exception;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t.getClass().getSimpleName();
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
            if (DatabaseOutage.isOutage(exception)) {
                return DatabaseOutage.response(problems, request, exception);
            }
            java.sql.SQLException sql = sqlException(exception);
            if (sql != null && "23505".equals(sql.getSQLState())) {
                // Two requests raced for something unique: the loser is told, not given a 500.
                LOG.warn("Unique constraint violated (SQLState 23505)");
                return problems.response(request, HttpStatus.CONFLICT, "conflict", "error.duplicate");
            }
            logWithoutMessage(LOG, "Database error", exception);
            return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR, "http-500", "status.500.detail");
        }

        /**
         * Logs the failure's class and SQLState, never its message nor its causes' messages: PostgreSQL quotes the
         * offending row, which may hold personal data such as an e-mail address.
         */
        static void logWithoutMessage(Logger log, String what, Throwable exception) {
            java.sql.SQLException sql = sqlException(exception);
            log.error(
                    "{} {} SQLState {}",
                    what,
                    exception.getClass().getSimpleName(),
                    sql == null ? "-" : sql.getSQLState());
        }

        static java.sql.SQLException sqlException(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException e) {
                    return e;
                }
            }
            return null;
        }
    }

    /** A connection that broke or could not be had while Micronaut Data opened, prepared or released it. */
    @Produces
    @Singleton
    @Requires(classes = {io.micronaut.data.connection.exceptions.ConnectionException.class, ExceptionHandler.class})
    static final class DatabaseConnection
            implements ExceptionHandler<
                    io.micronaut.data.connection.exceptions.ConnectionException, HttpResponse<Problem>> {
        private final Problems problems;

        DatabaseConnection(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(
                HttpRequest request, io.micronaut.data.connection.exceptions.ConnectionException exception) {
            return DatabaseOutage.response(problems, request, exception);
        }
    }

    /** The pool could not hand out a connection (Hikari timed out, the server refused). */
    @Produces
    @Singleton
    @Requires(classes = {CannotGetJdbcConnectionException.class, ExceptionHandler.class})
    static final class DatabasePool
            implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {
        private final Problems problems;

        DatabasePool(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
            return DatabaseOutage.response(problems, request, exception);
        }
    }

    /** A transaction that could not begin or end: an outage when the connection is the cause, otherwise a 500. */
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
            if (DatabaseOutage.isOutage(exception)) {
                return DatabaseOutage.response(problems, request, exception);
            }
            DatabaseError.logWithoutMessage(LOG, "Database transaction failed", exception);
            return problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR, "http-500", "status.500.detail");
        }
    }
}

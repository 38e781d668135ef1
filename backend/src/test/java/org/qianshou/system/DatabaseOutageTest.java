package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import io.micronaut.transaction.exceptions.NoTransactionException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.qianshou.testing.LogCapture;

/** Which failures count as the database being out of reach (503 + Retry-After) and which are errors (500, 409). */
class DatabaseOutageTest {

    @Test
    void connectionFailuresFromEveryLayerAreAnOutage() {
        assertThat(ProblemHandlers.DatabaseOutage.isOutage(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("pool timed out", new ConnectException("refused")))))
                .isTrue();
        assertThat(ProblemHandlers.DatabaseOutage.isOutage(
                        new DataAccessException("query failed", new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(ProblemHandlers.DatabaseOutage.isOutage(
                        new DataAccessException("query failed", new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(ProblemHandlers.DatabaseOutage.isOutage(new CannotCreateTransactionException("no connection")))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(ProblemHandlers.DatabaseOutage.isOutage(
                        new DataAccessException("duplicate", new SQLException("unique", "23505"))))
                .isFalse();
        assertThat(ProblemHandlers.DatabaseOutage.isOutage(
                        new DataAccessException("syntax", new SQLException("bad", "42601"))))
                .isFalse();
        assertThat(ProblemHandlers.DatabaseOutage.isOutage(new NoTransactionException("programming error")))
                .isFalse();
    }

    @Test
    void aFailedTransactionIsLoggedByClassAndSqlStateNotByItsMessage() {
        LogCapture log = new LogCapture();
        log.start();
        try {
            var answer = new ProblemHandlers.DatabaseUnavailable(new Problems(new Messages()))
                    .handle(
                            HttpRequest.POST("/api/auth/signup", "{}"),
                            new TransactionSystemException(
                                    "commit failed",
                                    new SQLException(
                                            "ERROR: duplicate key value violates unique constraint"
                                                    + " \"account_email_key\" Detail: Key (email)=(li.hua@example.org)"
                                                    + " already exists.",
                                            "23505")));
            assertThat(answer.code()).isEqualTo(500);
        } finally {
            log.stop();
        }
        assertThat(log.text())
                .contains("Database transaction failed TransactionSystemException SQLState 23505")
                .doesNotContain("li.hua@example.org")
                .doesNotContain("commit failed");
    }
}

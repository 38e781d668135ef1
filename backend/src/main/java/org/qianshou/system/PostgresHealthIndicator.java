package org.qianshou.system;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;

/**
 * Reports PostgreSQL in {@code GET /health}: reachable or not. Unlike the stock JDBC indicator it never
 * shows the connection URL, which would publish the database's address, nor the server's version.
 */
@Singleton
@Readiness
class PostgresHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final DataSource dataSource;

    PostgresHealthIndicator(DataSource dataSource, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.executorService = executor;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT 1")) {
            rs.next();
            healthStatus = io.micronaut.health.HealthStatus.UP;
        } catch (Exception e) {
            healthStatus = io.micronaut.health.HealthStatus.DOWN;
            details.put("error", e.getClass().getSimpleName());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "postgresql";
    }
}

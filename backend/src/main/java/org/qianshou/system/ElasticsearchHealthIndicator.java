package org.qianshou.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** Reports Elasticsearch in {@code GET /health}: cluster status, or DOWN with the reason. */
@Singleton
@Readiness
class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ElasticsearchClient client;
    private final SearchConfiguration config;

    ElasticsearchHealthIndicator(
            ElasticsearchClient client,
            SearchConfiguration config,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.client = client;
        this.config = config;
        this.executorService = executor;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("indexPrefix", config.indexPrefix());
        try {
            var health = client.cluster().health();
            details.put("cluster", health.clusterName());
            details.put("clusterStatus", health.status().jsonValue());
            healthStatus = health.status() == HealthStatus.Red
                    ? io.micronaut.health.HealthStatus.DOWN
                    : io.micronaut.health.HealthStatus.UP;
        } catch (Exception e) {
            healthStatus = io.micronaut.health.HealthStatus.DOWN;
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }
}

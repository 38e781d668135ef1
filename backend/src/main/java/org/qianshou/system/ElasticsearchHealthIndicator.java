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

/**
 * Reports Elasticsearch in {@code GET /health}, which anyone may read: the cluster's status, or DOWN with the
 * failure's class. Neither the cluster's name, nor the index prefix, nor the failure's message (which names hosts):
 * an anonymous caller needs to know whether search works, not how it is deployed.
 */
@Singleton
@Readiness
class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ElasticsearchClient client;

    ElasticsearchHealthIndicator(ElasticsearchClient client, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.client = client;
        this.executorService = executor;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            var health = client.cluster().health();
            details.put("clusterStatus", health.status().jsonValue());
            healthStatus = health.status() == HealthStatus.Red
                    ? io.micronaut.health.HealthStatus.DOWN
                    : io.micronaut.health.HealthStatus.UP;
        } catch (Exception e) {
            healthStatus = io.micronaut.health.HealthStatus.DOWN;
            details.put("error", e.getClass().getSimpleName());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }
}

package org.qianshou.system.search;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.qianshou.system.outbox.Outbox;

/**
 * Reports in {@code GET /health} (and {@code /health/readiness}) whether every search index exists behind its alias,
 * one detail per kind: {@code {"projects": {"alias": …, "ready": true, "pendingChanges": 0}, …}}. DOWN while one is
 * not ready (a new cluster, a deleted index being rebuilt from PostgreSQL): search answers 503 meanwhile. {@code
 * pendingChanges} counts the outbox rows not yet in the index (it does not make the status DOWN: a busy platform
 * always has some). Elasticsearch itself being down is {@code elasticsearch}'s to report; here it makes the indices
 * not ready.
 */
@Singleton
@Readiness
class SearchIndicesHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final SearchKinds kinds;
    private final Outbox outbox;

    SearchIndicesHealthIndicator(
            SearchKinds kinds, Outbox outbox, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.kinds = kinds;
        this.outbox = outbox;
        this.executorService = executor;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean allReady = true;
        for (SearchKind<?> kind : kinds.all()) {
            Map<String, Object> index = new LinkedHashMap<>();
            boolean ready;
            try {
                ready = kind.index().aliasExists();
            } catch (RuntimeException e) {
                ready = false;
                index.put("error", e.getClass().getSimpleName());
            }
            index.put("ready", ready);
            try {
                index.put("pendingChanges", outbox.pending(kind.aggregateType()));
            } catch (RuntimeException e) {
                index.put("pendingChanges", "unknown");
            }
            details.put(kind.name(), index);
            allReady &= ready;
        }
        healthStatus = allReady ? HealthStatus.UP : HealthStatus.DOWN;
        return details;
    }

    @Override
    protected String getName() {
        return "searchIndices";
    }
}

package org.qianshou.system.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.RealServices;

/**
 * {@code /health} says which search index is not ready, and becomes UP once it is. The outbox worker is off here, so
 * nothing builds an index behind the test's back: the indices exist only after the rebuild the test asks for.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchReadinessIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SearchRebuild rebuild;

    @Inject
    SearchKinds kinds;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("readiness"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @Test
    void healthReportsEachIndexNotReadyUntilItIsBuiltFromPostgres() {
        Api api = new Api(client.toBlocking());
        try {
            Answer before = api.get("/health");
            assertThat(before.status()).isEqualTo(503);
            assertThat(before.body().get("status")).isEqualTo("DOWN");
            assertThat(indices(before).get("status")).isEqualTo("DOWN");
            assertThat(ready(before)).containsEntry("projects", false).containsEntry("organisations", false);
            assertThat(api.get("/health/readiness").status()).isEqualTo(503);
            assertThat(api.get("/api/projects/search").status())
                    .as("search itself is unavailable meanwhile")
                    .isEqualTo(503);

            Answer rebuilt = api.adminPost("/api/admin/search/rebuild", Map.of());
            assertThat(rebuilt.status()).isEqualTo(200);

            Answer after = api.get("/health");
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.body().get("status")).isEqualTo("UP");
            assertThat(ready(after)).containsEntry("projects", true).containsEntry("organisations", true);
            assertThat(api.get("/health/readiness").status()).isEqualTo(200);
            assertThat(api.get("/api/projects/search").status()).isEqualTo(200);

            // one index gone: only that one is reported, and it comes back with a rebuild of its kind
            SearchKind<?> organisations = kinds.named("organisations");
            organisations.index().deleteAll();
            Answer oneMissing = api.get("/health");
            assertThat(oneMissing.status()).isEqualTo(503);
            assertThat(ready(oneMissing)).containsEntry("projects", true).containsEntry("organisations", false);

            rebuild.rebuild(organisations);
            assertThat(ready(api.get("/health"))).containsEntry("organisations", true);
            assertThat(api.get("/health").status()).isEqualTo(200);
        } finally {
            kinds.all().forEach(k -> k.index().deleteAll());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indices(Answer health) {
        return (Map<String, Object>) health.map("details").get("searchIndices");
    }

    /** Kind name → its {@code ready} flag, from the {@code searchIndices} detail. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> ready(Answer health) {
        Map<String, Object> details = (Map<String, Object>) indices(health).get("details");
        Map<String, Object> ready = new HashMap<>();
        for (String kind : List.of("projects", "organisations")) {
            Map<String, Object> index = (Map<String, Object>) details.get(kind);
            assertThat(index).as(kind).containsKeys("ready", "pendingChanges");
            ready.put(kind, index.get("ready"));
        }
        return ready;
    }
}

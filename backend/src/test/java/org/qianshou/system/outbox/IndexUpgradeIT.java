package org.qianshou.system.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.system.search.SearchKind;
import org.qianshou.system.search.SearchKinds;
import org.qianshou.testing.RealServices;

/**
 * After an upgrade whose index definition has a higher mapping version, the index behind the alias is rebuilt from
 * PostgreSQL before the outbox writes to it (the worker calls {@link IndexSync#ensureIndex} first, at start-up). The
 * worker is off here, so the test calls it the way the worker does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexUpgradeIT implements TestPropertyProvider {

    @Inject
    SearchKinds kinds;

    @Inject
    IndexSync sync;

    @Inject
    ElasticsearchClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("upgrade"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @Test
    void anIndexOfAnOlderMappingVersionIsRebuiltAndOneOfTheCurrentVersionIsKept() throws Exception {
        SearchKind<?> projects = kinds.named("projects");
        SearchKind<?> organisations = kinds.named("organisations");
        try {
            String alias = projects.index().alias();
            String old = alias + "-v1-20200101000000000";
            client.indices()
                    .create(c -> c.index(old)
                            .withJson(new StringReader("{\"mappings\":{\"properties\":{\"id\":{\"type\":\"long\"}}}}"))
                            .aliases(alias, a -> a.isWriteIndex(true)));
            organisations.index().ensureIndex();
            int current = projects.index().kind().definition().mappingVersion();
            assertThat(current).isGreaterThan(1);
            assertThat(projects.index().isOutdated()).isTrue();
            assertThat(organisations.index().isOutdated()).isFalse();
            String organisationIndex = organisationIndexName(organisations);

            sync.ensureIndex(projects);
            sync.ensureIndex(organisations);

            assertThat(projects.index().isOutdated()).isFalse();
            assertThat(projects.index().liveMappingVersion()).hasValue(current);
            assertThat(client.indices().exists(e -> e.index(old)).value())
                    .as("the old index is gone")
                    .isFalse();
            assertThat(organisationIndexName(organisations))
                    .as("an index of the current version is left alone")
                    .isEqualTo(organisationIndex);
        } finally {
            kinds.all().forEach(k -> k.index().deleteAll());
        }
    }

    private String organisationIndexName(SearchKind<?> kind) throws Exception {
        return client.indices()
                .getAlias(a -> a.name(kind.index().alias()))
                .result()
                .keySet()
                .iterator()
                .next();
    }
}

package org.qianshou.system.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.demo.DemoDataLoader;
import org.qianshou.search.IndexDefinition;
import org.qianshou.search.IndexFields;
import org.qianshou.search.IndexKind;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.IndexedDocument;
import org.qianshou.search.RebuildResult;
import org.qianshou.search.Regions;
import org.qianshou.search.SearchIndex;
import org.qianshou.system.search.SearchKind;
import org.qianshou.system.search.SearchKinds;
import org.qianshou.testing.Api;
import org.qianshou.testing.RealServices;

/**
 * After an upgrade whose index definition has a higher mapping version, the index behind the alias is rebuilt from
 * PostgreSQL before the outbox writes to it (the worker calls {@link IndexSync#ensureIndex} first, at start-up). The
 * worker is off here, so the test calls it the way the worker does. While the rebuild runs, keyword searches ask the
 * old index what its fields can answer, and an instance of an older version stops writing.
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

    @Inject
    DemoDataLoader demo;

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("upgrade"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    /** The demo data (40 projects) the keyword searches below find. */
    @BeforeAll
    void loadDemoData() {
        assertThat(demo.load(40, 20170101L)).isEqualTo(40);
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

    @Test
    void keywordSearchAnswersFromAPreChineseTextIndexWhileTheRebuildRunsAndAnOlderInstanceStopsWriting()
            throws Exception {
        SearchKind<?> projects = kinds.named("projects");
        Api api = new Api(http.toBlocking());
        try {
            // the index as the version before the Chinese-text search built it: no zh fields, no publishedAt
            String alias = projects.index().alias();
            IndexDefinition v1 = installOlderProjectsIndex(projects, 1, source -> {
                source.remove("zh");
                source.remove("publishedAt");
            });
            long withChildren = total(api, "留守儿童");

            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<RebuildResult> rebuild =
                    CompletableFuture.supplyAsync(() -> rebuildHeldBy(projects, release));
            try {
                int current = projects.index().kind().definition().mappingVersion();
                awaitIndex(alias + "-v" + current + "-*");
                assertThat(projects.index().liveMappingVersion()).hasValue(1);

                // the old index answers: the keywords folded (兒 → 儿) on the fields it has
                assertThat(withChildren).as("before the rebuild").isPositive();
                Api.Answer during = search(api, "留守兒童");
                assertThat(during.body().get("loose")).isEqualTo(false);
                assertThat(((Number) during.body().get("total")).longValue()).isEqualTo(withChildren);
                assertThat(during.list("items")).isNotEmpty();
                // a typo still finds loosely
                assertThat(search(api, "留守儿重").body().get("loose")).isEqualTo(true);
                assertThat(total(api, "留守儿重")).isPositive();

                // an instance whose index definition is older than the one being built writes nothing more
                SearchKind<?> olderInstance = olderVersionOf(projects, v1);
                long rows = outboxRows("project");
                assertThat(rows).as("the demo load's rows wait in the outbox").isPositive();
                assertThat(sync.yieldsToNewerVersion(olderInstance)).isTrue();
                assertThat(sync.drainOnce(olderInstance, 100)).isZero();
                assertThat(outboxRows("project")).isEqualTo(rows);
                assertThat(sync.yieldsToNewerVersion(projects)).isFalse();
            } finally {
                release.countDown();
            }
            RebuildResult done = rebuild.get(120, TimeUnit.SECONDS);
            assertThat(done.documents()).isEqualTo(projects.databaseCount());
            assertThat(projects.index().servesOlderMapping()).isFalse();
            assertThat(total(api, "留守兒童")).isEqualTo(withChildren);
            // pinyin needs the new fields: answered once the alias moved
            assertThat(total(api, "liushou")).isPositive();
        } finally {
            kinds.all().forEach(k -> k.index().deleteAll());
        }
    }

    @Test
    void pinyinAnswersFromAnIndexThatHasItWhileTheRebuildRuns() throws Exception {
        SearchKind<?> projects = kinds.named("projects");
        Api api = new Api(http.toBlocking());
        try {
            // the index as version 3 built it: folded copies, pinyin and initials, but no places
            String alias = projects.index().alias();
            installOlderProjectsIndex(projects, 3, source -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> zh = (Map<String, Object>) source.get("zh");
                assertThat(zh.remove("places"))
                        .as("documents of today have places")
                        .isNotNull();
            });

            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<RebuildResult> rebuild =
                    CompletableFuture.supplyAsync(() -> rebuildHeldBy(projects, release));
            long liushouDuring;
            long zhaotongDuring;
            List<?> regionsDuring;
            try {
                int current = projects.index().kind().definition().mappingVersion();
                awaitIndex(alias + "-v" + current + "-*");
                assertThat(projects.index().liveMappingVersion()).hasValue(3);
                assertThat(projects.index().servesOlderMapping()).isTrue();
                assertThat(projects.index().liveFields()).isEqualTo(new IndexFields(true, true, false));

                // the version-3 index has the pinyin of titles: liushou and lset find, as they did before the upgrade
                Api.Answer liushou = search(api, "liushou");
                assertThat(liushou.body().get("loose")).isEqualTo(false);
                liushouDuring = total(api, "liushou");
                assertThat(liushouDuring).as("liushou while version 3 is live").isPositive();
                for (Map<String, Object> hit : liushou.list("items")) {
                    assertThat((String) hit.get("title")).contains("留守");
                }
                assertThat(total(api, "lset"))
                        .as("lset while version 3 is live")
                        .isPositive();
                // its folded copies too (兒 → 儿 on zh.title)
                assertThat(total(api, "留守兒童")).isPositive();
                zhaotongDuring = total(api, "zhaotong");
                // the region facet, counted on the ancestors of an index without the region levels
                regionsDuring = regions(api);
                assertThat(regionsDuring)
                        .as("prefectures while version 3 is live")
                        .isNotEmpty();
            } finally {
                release.countDown();
            }
            RebuildResult done = rebuild.get(120, TimeUnit.SECONDS);
            assertThat(done.documents()).isEqualTo(projects.databaseCount());
            assertThat(projects.index().liveFields()).isEqualTo(IndexFields.ALL);
            assertThat(total(api, "liushou")).isEqualTo(liushouDuring);
            // the same prefectures with the same counts, now counted on the prefectures' level
            assertThat(regions(api)).isEqualTo(regionsDuring);
            // places are there once the alias moved: 昭通's projects whose title does not say 昭通 too
            assertThat(total(api, "zhaotong"))
                    .isGreaterThanOrEqualTo(zhaotongDuring)
                    .isPositive();
        } finally {
            kinds.all().forEach(k -> k.index().deleteAll());
        }
    }

    /**
     * Puts an index made by the projects definition of an older mapping version behind the alias, and loads today's
     * documents into it as that version wrote them ({@code asThatVersionWroteIt} takes out what it did not have).
     */
    private IndexDefinition installOlderProjectsIndex(
            SearchKind<?> projects, int version, Consumer<Map<String, Object>> asThatVersionWroteIt) throws Exception {
        String alias = projects.index().alias();
        String resource = "/search/projects-index-v" + version + ".json";
        IndexDefinition older = IndexDefinition.fromResource(resource);
        assertThat(older.mappingVersion()).isEqualTo(version);
        String old = alias + "-v" + version + "-20200101000000000";
        try (var definition = IndexUpgradeIT.class.getResourceAsStream(resource)) {
            client.indices().create(c -> c.index(old).withJson(definition).aliases(alias, a -> a.isWriteIndex(true)));
        }
        ObjectMapper json = new ObjectMapper();
        for (IndexedDocument doc : projects.documentsAfter(0, 1000)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = json.readValue(JsonpUtils.toJsonString(doc, client._jsonpMapper()), Map.class);
            asThatVersionWroteIt.accept(source);
            source.remove(Regions.LEVELS); // no version before 7 had the region levels
            client.index(i -> i.index(alias).id(Long.toString(doc.id())).document(source));
        }
        client.indices().refresh(r -> r.index(alias));
        return older;
    }

    @Test
    void anIndexOfAHigherVersionLeftByAnAbortedUpgradeDoesNotStopTheInstance() throws Exception {
        SearchKind<?> projects = kinds.named("projects");
        try {
            projects.index().ensureIndex();
            String alias = projects.index().alias();
            int higher = projects.index().kind().definition().mappingVersion() + 1;
            String leftover = alias + "-v" + higher + "-20200101000000000";
            client.indices().create(c -> c.index(leftover));
            assertThat(sync.yieldsToNewerVersion(
                            olderVersionOf(projects, projects.index().kind().definition())))
                    .as("an index of a higher version left years ago")
                    .isFalse();
            String building = alias + "-v" + higher + "-"
                    + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
                            .withZone(java.time.ZoneOffset.UTC)
                            .format(Instant.now());
            client.indices().create(c -> c.index(building));
            assertThat(sync.yieldsToNewerVersion(
                            olderVersionOf(projects, projects.index().kind().definition())))
                    .as("an index of a higher version being built now")
                    .isTrue();
        } finally {
            kinds.all().forEach(k -> k.index().deleteAll());
        }
    }

    /** The kind's rebuild, as {@code SearchRebuild} runs it, held before its first batch until {@code release}. */
    private static <D extends IndexedDocument> RebuildResult rebuildHeldBy(SearchKind<D> kind, CountDownLatch release) {
        return kind.index().rebuild(() -> new Iterator<List<D>>() {
            private List<D> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        assertThat(release.await(120, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    next = kind.documentsAfter(0, 1000);
                }
                return !next.isEmpty();
            }

            @Override
            public List<D> next() {
                List<D> current = next;
                next = List.of();
                return current;
            }
        });
    }

    /** The kind as an instance of the application whose index definition is {@code definition} sees it. */
    private <D extends IndexedDocument> SearchKind<D> olderVersionOf(SearchKind<D> kind, IndexDefinition definition) {
        IndexKind<D, ?> current = kind.index().kind();
        IndexKind<D, ?> older = new IndexKind<>(
                current.name(), current.documentName(), definition, current.documentClass(), current.queries());
        String prefix = kind.index()
                .alias()
                .substring(0, kind.index().alias().length() - current.name().length() - 1);
        SearchIndex<D> index = new SearchIndex<>(client, prefix, older);
        return new SearchKind<>() {
            @Override
            public String aggregateType() {
                return kind.aggregateType();
            }

            @Override
            public SearchIndex<D> index() {
                return index;
            }

            @Override
            public List<IndexOperation<D>> operations(List<Long> ids) {
                return kind.operations(ids);
            }

            @Override
            public List<D> documentsAfter(long afterId, int limit) {
                return kind.documentsAfter(afterId, limit);
            }

            @Override
            public long databaseCount() {
                return kind.databaseCount();
            }

            @Override
            public int reannounceChangedSince(Instant since) {
                return kind.reannounceChangedSince(since);
            }
        };
    }

    private void awaitIndex(String pattern) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (client.indices()
                .get(g -> g.index(pattern).allowNoIndices(true).ignoreUnavailable(true))
                .result()
                .isEmpty()) {
            assertThat(Instant.now()).as("the rebuild created " + pattern).isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private long outboxRows(String aggregateType) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.prepareStatement("SELECT count(*) FROM search_outbox WHERE aggregate_type = ?")) {
            st.setString(1, aggregateType);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Api.Answer search(Api api, String q) {
        Api.Answer answer = api.get("/api/projects/search?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(q).isEqualTo(200);
        return answer;
    }

    /** The region facet of the first page without keywords: the prefectures with their counts. */
    private static List<?> regions(Api api) {
        Api.Answer answer = api.get("/api/projects/search?size=1");
        assertThat(answer.status()).isEqualTo(200);
        return (List<?>) ((Map<?, ?>) answer.body().get("facets")).get("regions");
    }

    private static long total(Api api, String q) {
        return ((Number) search(api, q).body().get("total")).longValue();
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

package org.qianshou.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.combinedsearch.CombinedSearchService;
import org.qianshou.demo.DemoDataLoader;
import org.qianshou.region.RegionService;
import org.qianshou.system.search.CombinedSearchKind;
import org.qianshou.system.search.SearchKinds;
import org.qianshou.system.search.SearchRebuild;
import org.qianshou.taxonomy.SearchVocabulary;
import org.qianshou.testing.RealServices;

/**
 * Not a test of the normal build (no {@code IT} suffix): {@code bench/relevance.sh} runs it. Loads PROJECTS demo
 * projects (default 1,000) with SEED (default the application's, 20170101), rebuilds the indices, runs the judged set
 * and writes its figures, query by query, to {@code target/bench-relevance.txt}, and the grades the rules give this
 * load's documents to {@code target/bench-judgements.tsv} (RelevanceIT's load has them in {@code
 * bench/relevance/judgements.tsv}).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceBench implements TestPropertyProvider {

    private static final int PROJECTS = Integer.getInteger("bench.projects", 1000);
    private static final long SEED = Long.getLong("bench.seed", 20170101L);

    @Inject
    DemoDataLoader demo;

    @Inject
    SearchRebuild rebuild;

    @Inject
    SearchKinds kinds;

    @Inject
    RegionService regions;

    @Inject
    CombinedSearchService search;

    @Inject
    DataSource dataSource;

    @Inject
    List<CombinedSearchKind> combinedKinds;

    @Inject
    SearchVocabulary vocabulary;

    @Inject
    ElasticsearchClient client;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("relevancebench"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @Test
    void relevance() throws IOException {
        long started = System.nanoTime();
        demo.load(PROJECTS, SEED);
        rebuild.rebuildAll();
        long loaded = System.nanoTime();
        try {
            JudgedSet set = JudgedSet.read(JudgedSet.file());
            List<DemoDocuments.Doc> docs = DemoDocuments.of(regions::children, PROJECTS, SEED);
            // this load's grades by the same rules; written out beside the figures, for a reader to check
            Judgements judgements = Judgements.of(set, docs);
            Files.writeString(
                    Path.of("target", "bench-judgements.tsv"),
                    judgements.render(set, docs, PROJECTS, SEED),
                    StandardCharsets.UTF_8);
            RelevanceRun.Report report = new RelevanceRun(
                            search, dataSource, combinedKinds, vocabulary, new RankEvalApi(client))
                    .run(set, docs, judgements);
            String printed = "demo projects: " + PROJECTS + ", seed: " + SEED + "; load and index: "
                    + (loaded - started) / 1_000_000_000 + " s, queries: " + (System.nanoTime() - loaded) / 1_000_000
                    + " ms" + System.lineSeparator() + report.summary() + System.lineSeparator()
                    + System.lineSeparator() + report.table();
            Files.writeString(Path.of("target", "bench-relevance.txt"), printed, StandardCharsets.UTF_8);
        } finally {
            kinds.all().forEach(k -> k.index().deleteAll());
        }
    }
}

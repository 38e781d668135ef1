package org.qianshou.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The judged set's figures guarded: on a small demo load (the default seed), nDCG@10 and recall@20 of
 * {@code bench/relevance/queries.tsv}, scored with the grades written out in {@code bench/relevance/judgements.tsv}
 * (which the queries' rules must still give, line for line), must not fall below those recorded in {@code
 * bench/relevance/recorded.properties} by more than {@value #TOLERANCE}. A change that finds better raises them: record the new figures (the test prints
 * them) in that file and in {@code bench/README.md}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceIT implements TestPropertyProvider {

    static final double TOLERANCE = 0.01;

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

    Properties recorded;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("relevance"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @BeforeAll
    void loadDemoData() throws IOException {
        recorded = new Properties();
        try (Reader in = Files.newBufferedReader(
                JudgedSet.file().resolveSibling("recorded.properties"), StandardCharsets.UTF_8)) {
            recorded.load(in);
        }
        int projects = Integer.parseInt(recorded.getProperty("projects"));
        assertThat(demo.load(projects, Long.parseLong(recorded.getProperty("seed"))))
                .isEqualTo(projects);
        rebuild.rebuildAll();
    }

    @AfterAll
    void deleteIndices() {
        kinds.all().forEach(k -> k.index().deleteAll());
    }

    @Test
    void theJudgedSetScoresNoLowerThanRecorded() throws IOException {
        JudgedSet set = JudgedSet.read(JudgedSet.file());
        assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(60);
        int projects = Integer.parseInt(recorded.getProperty("projects"));
        long seed = Long.parseLong(recorded.getProperty("seed"));
        List<DemoDocuments.Doc> docs = DemoDocuments.of(regions::children, projects, seed);
        // the judged set a person reviews is the written-out one; the rules must still give exactly it
        String fromRules = Judgements.of(set, docs).render(set, docs, projects, seed);
        Files.writeString(Path.of("target", "judgements.tsv"), fromRules, StandardCharsets.UTF_8);
        String written = Files.readString(Judgements.file(), StandardCharsets.UTF_8);
        assertThat(written)
                .as(
                        "bench/relevance/judgements.tsv is what the rules of queries.tsv grade; the rules now grade"
                                + " otherwise (review, then copy backend/target/judgements.tsv over it):%n%s",
                        String.join("\n", Judgements.difference(written, fromRules, 20)))
                .isEqualTo(fromRules);
        Judgements judgements = Judgements.read(Judgements.file());
        assertThat(set.queries())
                .allSatisfy(q -> assertThat(judgements.of(q.id())).as(q.id()).isNotEmpty());
        RelevanceRun.Report report = new RelevanceRun(
                        search, dataSource, combinedKinds, vocabulary, new RankEvalApi(client))
                .run(set, docs, judgements);
        String printed = report.summary() + System.lineSeparator() + report.table();
        System.out.println(printed);
        Files.writeString(Path.of("target", "relevance-it.txt"), printed, StandardCharsets.UTF_8);
        // every query has something the judges found worth showing in this load, or it measures nothing
        assertThat(report.queries())
                .allSatisfy(r -> assertThat(r.relevant()).as(r.query().id()).isPositive());
        assertThat(report.ndcg())
                .as("nDCG@10")
                .isGreaterThanOrEqualTo(Double.parseDouble(recorded.getProperty("ndcg_at_10")) - TOLERANCE);
        assertThat(report.recall())
                .as("recall@20")
                .isGreaterThanOrEqualTo(Double.parseDouble(recorded.getProperty("recall_at_20")) - TOLERANCE);
    }
}

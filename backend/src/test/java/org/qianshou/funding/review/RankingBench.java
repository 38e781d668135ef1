package org.qianshou.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingFixtures.Funder;
import org.qianshou.testing.RealServices;
import org.qianshou.testing.ReviewFixtures;

/**
 * Not a test of the normal build (no {@code IT} suffix): {@code bench/ranking.sh} runs it. A call with APPLICATIONS
 * submitted applications (default 2,000) from as many agencies, each with REVIEWS submitted reviews (default 5) of a
 * three-criterion rubric, beside a second call of the same size (so that the ranking must find its call's rows by
 * index), loaded with set-based SQL. Then REQUESTS sequential {@code GET …/calls/{id}/ranking} over loopback HTTP
 * (after 20 warm-up calls) are timed; the answer is checked (every application, every review counted, one weighted
 * score recomputed from the rows).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingBench implements TestPropertyProvider {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 2000);
    private static final int REVIEWS = Integer.getInteger("bench.reviews", 5);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int WARM_UP = 20;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("rankingbench");
        properties.put("micronaut.http.client.read-timeout", "120s");
        return properties;
    }

    @Test
    void ranking() throws Exception {
        Api api = new Api(client.toBlocking());
        FundingFixtures funding = new FundingFixtures(context, api);
        ReviewFixtures fixtures = new ReviewFixtures(context, funding);
        Funder funder = funding.funder("排名基准基金会");
        long call = fixtures.call(funder, "排名基准征集", false);
        long otherCall = fixtures.call(funder, "排名基准征集（另一个）", false);
        long load = System.nanoTime();
        for (int r = 1; r <= REVIEWS; r++) {
            Accounts.create(dataSource, "ranking-bench-" + r + "@qianshou.test", "基准评审" + r, "reviewer");
        }
        Db.execute(
                dataSource,
                "INSERT INTO organisation (name, kind, subtype, registered_region_code, status)"
                        + " SELECT '排名基准机构' || g, 'agency', 'social-work-agency', '530627', 'verified'"
                        + " FROM generate_series(1, " + APPLICATIONS + ") g");
        for (long c : List.of(call, otherCall)) {
            load(c, funder.first().id());
        }
        Db.execute(dataSource, "ANALYZE");
        long loadMs = (System.nanoTime() - load) / 1_000_000;

        String url = server.getURL() + "/api/organisations/" + funder.id() + "/calls/" + call + "/ranking";
        String token = funder.first().token();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build();

        String body = null;
        for (int i = 0; i < WARM_UP; i++) {
            var response = http.send(request, BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            body = response.body();
        }
        check(body, call);

        long[] took = new long[REQUESTS];
        long bytes = 0;
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            var response = http.send(request, BodyHandlers.ofString());
            took[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
            bytes = response.body().length();
        }
        Arrays.sort(took);

        String plan = explain(call);
        String report = String.format(
                "applications: %d, submitted reviews each: %d (assignments: %d, scores: %d, in two calls of this size)%n"
                        + "load with set-based SQL: %d ms%n"
                        + "GET /api/organisations/{id}/calls/{id}/ranking, %d sequential requests after %d warm-up,"
                        + " answer %d characters%n"
                        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
                        + "the ranking's aggregate query alone (EXPLAIN ANALYZE): %s%n",
                APPLICATIONS,
                REVIEWS,
                Db.count(dataSource, "SELECT count(*) FROM funding_review_assignment"),
                Db.count(dataSource, "SELECT count(*) FROM funding_review_score"),
                loadMs,
                REQUESTS,
                WARM_UP,
                bytes,
                took[REQUESTS / 2] / 1e6,
                took[(int) Math.ceil(REQUESTS * 0.95) - 1] / 1e6,
                took[REQUESTS - 1] / 1e6,
                plan);
        System.out.print(report);
        Path out = Path.of("target", "bench-ranking.txt");
        Files.writeString(out, report);
    }

    /** The call's applications, each with REVIEWS submitted reviews scored from 0 to 10. */
    private void load(long call, long creator) {
        Db.execute(
                dataSource,
                "INSERT INTO funding_application (call_id, organisation_id, status, title, need, requested_fen,"
                        + " submitted_at, created_by) SELECT " + call + ", o.id, 'submitted', '基准申请 ' || o.name,"
                        + " '需求', 10000000 + (o.id % 1000) * 1000, now() - make_interval(secs => o.id), " + creator
                        + " FROM organisation o WHERE o.name LIKE '排名基准机构%'");
        Db.execute(
                dataSource,
                "INSERT INTO funding_review_assignment (call_id, application_id, stage, reviewer_account_id,"
                        + " assigned_by, declaration, declared_at) SELECT a.call_id, a.id, a.stage, r.id, " + creator
                        + ", 'none', now() FROM funding_application a CROSS JOIN (SELECT id FROM account"
                        + " WHERE display_name LIKE '基准评审%') r WHERE a.call_id = " + call);
        Db.execute(
                dataSource,
                "INSERT INTO funding_review_score (assignment_id, criterion_id, score, comment)"
                        + " SELECT x.id, c.id, (x.id * 7 + c.seq * 3) % 11, '' FROM funding_review_assignment x"
                        + " JOIN funding_call_criterion c ON c.call_id = x.call_id WHERE x.call_id = " + call);
        // submitted: the weighted score is fixed as the reviewer's submission fixes it
        Db.execute(
                dataSource,
                "UPDATE funding_review_assignment x SET submitted_at = now(), weighted_score = (SELECT"
                        + " sum(c.weight * s.score) / 100.0 FROM funding_review_score s JOIN funding_call_criterion c"
                        + " ON c.id = s.criterion_id WHERE s.assignment_id = x.id) WHERE x.call_id = " + call);
    }

    private void check(String body, long call) throws IOException {
        List<Map<String, Object>> ranking =
                json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(ranking).hasSize(APPLICATIONS);
        assertThat(ranking)
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("reviewsSubmitted", REVIEWS)
                        .containsEntry("reviewsAssigned", REVIEWS));
        List<BigDecimal> scores = new ArrayList<>();
        ranking.forEach(r -> scores.add(new BigDecimal(r.get("weightedScore").toString())));
        assertThat(scores).isSortedAccordingTo((a, b) -> b.compareTo(a));
        Map<String, Object> top = ranking.get(0);
        long application = ((Number) top.get("applicationId")).longValue();
        long hundredths = Db.count(
                dataSource,
                "SELECT round(avg(w) * 100) FROM (SELECT sum(c.weight * s.score) / 100.0 AS w"
                        + " FROM funding_review_assignment x JOIN funding_review_score s ON s.assignment_id = x.id"
                        + " JOIN funding_call_criterion c ON c.id = s.criterion_id WHERE x.application_id = "
                        + application + " GROUP BY x.id) t");
        assertThat(new BigDecimal(top.get("weightedScore").toString())
                        .movePointRight(2)
                        .longValueExact())
                .isEqualTo(hundredths);
        assertThat(top).containsEntry("rank", 1);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_application WHERE call_id = " + call + " AND id = "
                                + application))
                .isEqualTo(1);
    }

    /** The execution time PostgreSQL reports for the ranking's aggregate query (the repository's own text). */
    private String explain(long call) throws Exception {
        String sql = ReviewAssignmentRepository.class
                .getMethod("ranking", long.class)
                .getAnnotation(Query.class)
                .value()
                .replace(":callId", Long.toString(call));
        StringBuilder times = new StringBuilder();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rs.next()) {
                String line = rs.getString(1).strip();
                if (line.startsWith("Planning Time") || line.startsWith("Execution Time")) {
                    times.append(times.length() == 0 ? "" : ", ").append(line);
                }
            }
        }
        return times.toString();
    }
}

package org.qianshou.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * An installation whose demo data predates a kind of demo rows (stories and programmes came with issue 10) gets that
 * kind on its next start, on its existing demo organisations and projects, exactly as a new installation would; a
 * further start loads nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataUpgradeIT implements TestPropertyProvider {

    /** What the demo loads, counted. */
    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("organisations", "SELECT count(*) FROM organisation WHERE demo");
        COUNTS.put("projects", "SELECT count(*) FROM project WHERE demo");
        COUNTS.put("openings", "SELECT count(*) FROM opening WHERE demo");
        COUNTS.put("calls", "SELECT count(*) FROM funding_call WHERE demo");
        COUNTS.put("stories", "SELECT count(*) FROM story WHERE demo AND status = 'published'");
        COUNTS.put(
                "story consents",
                "SELECT count(*) FROM story_consent c JOIN story s ON s.id = c.story_id WHERE s.demo");
        COUNTS.put("pairs", "SELECT count(*) FROM twinning_pair WHERE demo");
        COUNTS.put("support entries", "SELECT count(*) FROM twinning_support WHERE demo");
        COUNTS.put("partnerships", "SELECT count(*) FROM university_partnership WHERE demo");
        COUNTS.put("dispatches", "SELECT count(*) FROM talent_dispatch WHERE demo");
        COUNTS.put("designations", "SELECT count(*) FROM demonstration_designation WHERE demo");
    }

    @Inject
    DemoDataLoader loader;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("demoupgrade"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @Test
    void anInstallationWithOlderDemoDataGetsTheNewKindsOnce() {
        assertThat(loader.load(48, 7)).isEqualTo(48);
        Map<String, Long> fresh = counts();
        assertThat(fresh.values())
                .as("a new installation has every kind: " + fresh)
                .allMatch(n -> n > 0);

        // the database as an installation loaded before stories and programmes existed: those kinds hold no demo row
        Db.execute(dataSource, "DELETE FROM story WHERE demo");
        Db.execute(dataSource, "DELETE FROM twinning_support WHERE demo");
        Db.execute(dataSource, "DELETE FROM twinning_pair WHERE demo");
        Db.execute(dataSource, "DELETE FROM university_partnership_activity WHERE demo");
        Db.execute(dataSource, "DELETE FROM university_partnership WHERE demo");
        Db.execute(dataSource, "DELETE FROM talent_dispatch WHERE demo");
        Db.execute(dataSource, "DELETE FROM demonstration_designation WHERE demo");
        Map<String, Long> older = counts();
        assertThat(older.get("stories")).isZero();
        assertThat(older.get("pairs")).isZero();
        assertThat(older.get("projects")).isEqualTo(fresh.get("projects"));

        // the next start (whatever size it is given: the stored size and seed rule) adds the missing kinds only
        assertThat(loader.load(160, 42)).as("no project is created again").isZero();
        assertThat(counts()).isEqualTo(fresh);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM story s JOIN project p ON p.id = s.project_id"
                                + " AND p.organisation_id = s.organisation_id WHERE s.demo AND p.demo"
                                + " AND p.status = 'published'"))
                .as("the stories are about the existing demo projects")
                .isEqualTo(fresh.get("stories"));

        // and a start after that loads nothing
        assertThat(loader.load(48, 7)).isZero();
        assertThat(counts()).isEqualTo(fresh);
    }

    private Map<String, Long> counts() {
        Map<String, Long> result = new LinkedHashMap<>();
        COUNTS.forEach((name, sql) -> result.put(name, Db.count(dataSource, sql)));
        return result;
    }
}

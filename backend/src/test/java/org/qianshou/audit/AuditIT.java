package org.qianshou.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.system.security.Roles;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/** The audit log as an administrator browses it, and the database keeping it append-only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    AuditLog auditLog;

    Api api;
    String admin;
    long reviewerId;
    Instant beforeSecond;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("audit");
    }

    @BeforeAll
    void seed() throws Exception {
        api = new Api(client.toBlocking());
        admin = api.adminToken();
        reviewerId = Accounts.create(dataSource, "audit-reviewer@qianshou.test", "审核员小李", Roles.REVIEWER);
        auditLog.record(reviewerId, "organisation.verified", "t-organisation", 7L, "资料齐全");
        Thread.sleep(20);
        beforeSecond = Instant.now();
        Thread.sleep(20);
        auditLog.record(reviewerId, "organisation.rejected", "t-organisation", 8L, "缺少登记证书");
        auditLog.record(null, "project.closed", "t-project", "42", null);
    }

    @Test
    void recordedEventsAppearNewestFirstWithTheActorsName() {
        Answer answer = get("/api/admin/audit?objectType=t-organisation");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(((Number) answer.body().get("total")).longValue()).isEqualTo(2);
        List<Map<String, Object>> items = answer.list("items");
        assertThat(items)
                .extracting(i -> i.get("action"))
                .containsExactly("organisation.rejected", "organisation.verified");
        Map<String, Object> newest = items.get(0);
        assertThat(newest)
                .containsEntry("actorName", "审核员小李")
                .containsEntry("objectType", "t-organisation")
                .containsEntry("objectId", "8")
                .containsEntry("detail", "缺少登记证书")
                .containsKeys("id", "at", "actorId");
        assertThat(((Number) newest.get("actorId")).longValue()).isEqualTo(reviewerId);
        assertThat(Instant.parse(newest.get("at").toString())).isAfter(beforeSecond);

        Map<String, Object> system =
                get("/api/admin/audit?objectType=t-project").list("items").get(0);
        assertThat(system.get("actorId")).isNull();
        assertThat(system.get("actorName")).isNull();
        assertThat(system.get("detail")).isEqualTo("");
    }

    @Test
    void everyFilterNarrowsTheList() {
        assertThat(actions("action=organisation.verified")).containsExactly("organisation.verified");
        assertThat(actions("actorId=" + reviewerId)).containsExactly("organisation.rejected", "organisation.verified");
        assertThat(actions("objectType=t-organisation&objectId=7")).containsExactly("organisation.verified");
        assertThat(actions("objectType=t-organisation&from=" + beforeSecond)).containsExactly("organisation.rejected");
        assertThat(actions("objectType=t-organisation&to=" + beforeSecond)).containsExactly("organisation.verified");
        assertThat(actions("objectType=t-organisation&from=2000-01-01&to=2000-01-02"))
                .isEmpty();
        Answer page = get("/api/admin/audit?objectType=t-organisation&size=1&page=1");
        assertThat(((Number) page.body().get("total")).longValue()).isEqualTo(2);
        assertThat(page.body()).containsEntry("page", 1).containsEntry("size", 1);
        assertThat(page.list("items")).extracting(i -> i.get("action")).containsExactly("organisation.verified");
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertThat(get("/api/admin/audit?size=0").errorFields()).containsExactly("size");
        assertThat(get("/api/admin/audit?size=201").errorFields()).containsExactly("size");
        assertThat(get("/api/admin/audit?page=-1").errorFields()).containsExactly("page");
        assertThat(get("/api/admin/audit?actorId=abc").errorFields()).containsExactly("actorId");
        Answer dates = get("/api/admin/audit?from=yesterday&to=2026-02-30");
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.errorFields()).containsExactlyInAnyOrder("from", "to");
        assertThat(dates.list("errors").get(0).get("message").toString()).contains("2026-03-01");
        assertThat(get("/api/admin/audit?from=2026-03-02&to=2026-03-01").errorFields())
                .containsExactly("to");
        assertThat(get("/api/admin/audit?action=" + "x".repeat(61)).errorFields())
                .containsExactly("action");
    }

    @Test
    void aNulOrAnotherControlCharacterInAFilterIsA400NamingTheParameter() {
        for (String field : List.of("action", "objectType", "objectId")) {
            for (String value : List.of("%00", "a%00b", "x%0Ay")) {
                Answer answer = get("/api/admin/audit?" + field + "=" + value);
                assertThat(answer.status()).as(field + "=" + value).isEqualTo(400);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.errorFields()).as(field + "=" + value).containsExactly(field);
            }
        }
    }

    @Test
    void onlyAdministratorsMayRead() {
        String reviewer = api.token("audit-reviewer@qianshou.test", Api.ADMIN_PASSWORD);
        assertThat(api.send(HttpRequest.GET("/api/admin/audit").bearerAuth(reviewer))
                        .status())
                .isEqualTo(403);
        assertThat(api.send(HttpRequest.GET("/api/admin/audit")).status()).isEqualTo(401);
    }

    @Test
    void theTableIsAppendOnly() throws SQLException {
        long before = Db.count(dataSource, "SELECT count(*) FROM audit_event");
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_event SET detail = 'changed'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("TRUNCATE audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event WHERE detail = 'changed'"))
                .isZero();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_event")).isEqualTo(before);
    }

    private List<Object> actions(String query) {
        Answer answer = get("/api/admin/audit?" + query.replace("+", "%2B"));
        assertThat(answer.status()).as(query + " → " + answer).isEqualTo(200);
        return answer.list("items").stream().map(i -> i.get("action")).toList();
    }

    private Answer get(String path) {
        return api.send(HttpRequest.GET(path).bearerAuth(admin));
    }
}

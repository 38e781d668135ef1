package org.qianshou.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
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
import org.qianshou.testing.RealServices;

/** Administrators list accounts a page at a time and change global roles. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccountsIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api;
    long reviewer;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("adminaccounts");
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        api.adminToken();
        reviewer = Accounts.create(dataSource, "admin-list-reviewer@qianshou.test", "名单评审", Roles.REVIEWER);
        Accounts.create(dataSource, "admin-list-volunteer@qianshou.test", "名单志愿者", Roles.VOLUNTEER);
    }

    @Test
    void theListIsAPageWithItsTotalAndMasksIdentifiers() {
        Answer first = get("/api/admin/accounts?size=2&page=0");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).containsOnlyKeys("items", "total", "page", "size");
        assertThat(first.body()).containsEntry("page", 0).containsEntry("size", 2);
        assertThat(((Number) first.body().get("total")).longValue()).isEqualTo(3);
        assertThat(first.list("items")).hasSize(2);
        Answer second = get("/api/admin/accounts?size=2&page=1");
        assertThat(second.list("items")).hasSize(1);
        assertThat(second.body().toString()).doesNotContain("admin-list-").contains("***");

        Answer byName = get(
                "/api/admin/accounts?q=" + java.net.URLEncoder.encode("名单评审", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byName.list("items"))
                .extracting(i -> ((Number) i.get("id")).longValue())
                .containsExactly(reviewer);
        Answer byEmail = get("/api/admin/accounts?q=admin-list-reviewer@qianshou.test");
        assertThat(byEmail.list("items")).extracting(i -> i.get("roles")).containsExactly(List.of("reviewer"));
    }

    @Test
    void aNulOrAnotherControlCharacterInTheQueryIsA400NamingTheParameter() {
        for (String q : List.of("%00", "a%00b", "x%0Dy")) {
            Answer answer = get("/api/admin/accounts?q=" + q);
            assertThat(answer.status()).as(q).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.errorFields()).as(q).containsExactly("q");
        }
    }

    @Test
    void rolesChangeAndEndTheAccountsSessions() {
        String token = api.token("admin-list-volunteer@qianshou.test", Api.ADMIN_PASSWORD);
        long id = ((Number) get("/api/admin/accounts?q=admin-list-volunteer@qianshou.test")
                        .list("items")
                        .get(0)
                        .get("id"))
                .longValue();
        Answer changed = api.send(HttpRequest.PUT(
                        "/api/admin/accounts/" + id + "/roles", Map.of("roles", List.of("volunteer", "reviewer")))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(api.adminToken()));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("roles")).isEqualTo(List.of("reviewer", "volunteer"));
        assertThat(api.send(HttpRequest.GET("/api/account").bearerAuth(token)).status())
                .isEqualTo(401);
    }

    private Answer get(String path) {
        return api.send(HttpRequest.GET(path).bearerAuth(api.adminToken()));
    }
}

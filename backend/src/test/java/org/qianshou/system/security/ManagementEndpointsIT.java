package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.RealServices;

/**
 * The management endpoints other than {@code /health} are off for everyone, administrators included (they
 * answered 500 with a stack trace in the log to any signed-in user), and the anonymous health answer names no
 * server version.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementEndpointsIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Value("${qianshou.search.index-prefix}")
    String indexPrefix;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("management");
    }

    @Test
    void routesBeansInfoThreadDumpAndRefreshAreNotThereForASignedInUserNorForAnAdministrator() {
        Api api = new Api(client.toBlocking());
        Accounts.create(dataSource, "management-volunteer@qianshou.test", "志愿者", Roles.VOLUNTEER);
        String volunteer = api.token("management-volunteer@qianshou.test", Api.ADMIN_PASSWORD);
        for (String token : List.of(volunteer, api.adminToken())) {
            for (MutableHttpRequest<?> request : List.of(
                    HttpRequest.GET("/routes"),
                    HttpRequest.GET("/beans"),
                    HttpRequest.GET("/info"),
                    HttpRequest.GET("/threaddump"),
                    HttpRequest.GET("/loggers"),
                    HttpRequest.GET("/env"),
                    HttpRequest.POST("/refresh", Map.of()).contentType(MediaType.APPLICATION_JSON_TYPE))) {
                String what = request.getMethod() + " " + request.getPath();
                String body = raw(request.bearerAuth(token));
                // Off: the address is nobody's (404/405), or a GET the SPA answers with its page for unknown paths.
                assertThat(body)
                        .as(what)
                        .satisfiesAnyOf(
                                b -> assertThat(b).startsWith("404 "),
                                b -> assertThat(b).startsWith("405 "),
                                b -> assertThat(b).startsWith("200 <!doctype html>"));
                assertThat(body).as(what).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
    }

    @Test
    void anonymousHealthShowsTheServicesButNoVersion() {
        // 200 once the worker has created the search indices of this test's fresh prefix (a second or so)
        Answer health = await().atMost(Duration.ofSeconds(30))
                .until(() -> new Api(client.toBlocking()).send(HttpRequest.GET("/health")), h -> h.status() == 200);
        assertThat(health.map("details")).containsKeys("postgresql", "elasticsearch");
        assertThat(health.body().toString()).doesNotContain("version");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anonymousHealthNamesNoIndexClusterOrPrefix() {
        Answer health = await().atMost(Duration.ofSeconds(30))
                .until(() -> new Api(client.toBlocking()).send(HttpRequest.GET("/health")), h -> h.status() == 200);
        Map<String, Object> details = health.map("details");
        Map<String, Object> elasticsearch =
                (Map<String, Object>) ((Map<String, Object>) details.get("elasticsearch")).get("details");
        assertThat(elasticsearch).containsOnlyKeys("clusterStatus");
        Map<String, Object> indices =
                (Map<String, Object>) ((Map<String, Object>) details.get("searchIndices")).get("details");
        assertThat(indices).isNotEmpty();
        indices.values()
                .forEach(index -> assertThat((Map<String, Object>) index).containsOnlyKeys("ready", "pendingChanges"));
        assertThat(health.body().toString()).doesNotContain(indexPrefix).doesNotContain("alias");
    }

    private String raw(MutableHttpRequest<?> request) {
        try {
            var response = client.toBlocking().exchange(request, String.class);
            return response.code() + " " + response.body();
        } catch (HttpClientResponseException e) {
            return e.code() + " " + e.getResponse().getBody(String.class).orElse("");
        }
    }
}

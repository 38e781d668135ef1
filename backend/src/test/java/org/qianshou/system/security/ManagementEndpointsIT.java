package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
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
        Answer health = new Api(client.toBlocking()).send(HttpRequest.GET("/health"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.map("details")).containsKeys("postgresql", "elasticsearch");
        assertThat(health.body().toString()).doesNotContain("version");
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

package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.testing.Api.project;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.RealServices;
import org.qianshou.testing.TcpProxy;

/**
 * PostgreSQL goes away and comes back. The application reaches the real PostgreSQL through a loopback relay that
 * the test cuts: open connections break and new ones are refused, exactly as if the server were stopped. A project
 * page and writes answer 503 problem+json with {@code Retry-After} meanwhile, and work again afterwards.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    TcpProxy proxy;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("dboutage"));
        String jdbcUrl = properties.get("datasources.default.url");
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = URI.create(proxy.url()).getPort();
        properties.put(
                "datasources.default.url",
                jdbcUrl.replace(database.getHost() + ":" + database.getPort(), "127.0.0.1:" + port));
        // A request waits at most this long for a connection before it is told to come back later.
        properties.put("datasources.default.connection-timeout", "1000");
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void aProjectPageAndWritesAnswer503WithRetryAfterWhileTheDatabaseIsDownAndWorkAfterwards() throws IOException {
        Api api = new Api(client.toBlocking());
        String admin = api.adminToken();
        long agency = api.createOrganisation("昭通市停库测试社工中心", "5306");
        Map<String, Object> body = project(
                agency,
                "停库前的项目",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published");
        long id = api.createProject(body);
        assertThat(status(HttpRequest.GET("/api/projects/" + id))).isEqualTo(200);

        proxy.cut();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                // The first attempt meets pooled connections that broke; later ones find no database at all.
                HttpResponse<?> page = exchange(HttpRequest.GET("/api/projects/" + id));
                assertThat(page.code()).as("project page, attempt " + attempt).isEqualTo(503);
                assertThat(page.getContentType().map(MediaType::toString).orElse(""))
                        .startsWith("application/problem+json");
                assertThat(page.header("Retry-After")).as("project page").isNotBlank();
                assertThat(page.getBody(String.class).orElse("")).contains("数据库暂时不可用");

                HttpResponse<?> write = exchange(HttpRequest.PUT("/api/admin/projects/" + id, body)
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(admin));
                assertThat(write.code()).as("write, attempt " + attempt).isEqualTo(503);
                assertThat(write.header("Retry-After")).as("write").isNotBlank();

                HttpResponse<?> register = exchange(HttpRequest.POST(
                                "/api/admin/organisations",
                                Map.of("name", "停库期间的机构", "kind", "agency", "regionCode", "5306"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .bearerAuth(admin));
                assertThat(register.code())
                        .as("another write, attempt " + attempt)
                        .isEqualTo(503);
                assertThat(register.header("Retry-After")).isNotBlank();
            }
        } finally {
            proxy.restore();
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int status = 0;
        while (Instant.now().isBefore(deadline) && (status = status(HttpRequest.GET("/api/projects/" + id))) != 200) {
            Api.sleep(200);
        }
        assertThat(status).as("the project page works again").isEqualTo(200);
        body.put("title", "恢复后的项目");
        HttpResponse<?> write = exchange(HttpRequest.PUT("/api/admin/projects/" + id, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(admin));
        assertThat(write.code()).as("writes work again").isEqualTo(200);
    }

    private int status(MutableHttpRequest<?> request) {
        return exchange(request).code();
    }

    private HttpResponse<?> exchange(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}

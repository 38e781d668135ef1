package org.qianshou.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A small client for the integration tests: the API as a browser or an administrator calls it. */
public final class Api {

    /** The administrator every test context creates at start ({@link RealServices#isolatedProperties}). */
    public static final String ADMIN_EMAIL = "it-admin@qianshou.test";

    public static final String ADMIN_PASSWORD = "it-admin-password-1";

    private final BlockingHttpClient http;
    private String adminToken;

    public Api(BlockingHttpClient http) {
        this.http = http;
    }

    /** The status and JSON body of any answer, errors included. */
    public record Answer(int status, String contentType, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String key) {
            return (List<Map<String, Object>>) body.get(key);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String key) {
            return (Map<String, Object>) body.get(key);
        }

        /** The field names of a problem's {@code errors}. */
        public List<String> errorFields() {
            return list("errors").stream().map(e -> (String) e.get("field")).toList();
        }
    }

    public Answer get(String path) {
        return send(HttpRequest.GET(path));
    }

    public Answer get(String path, String language) {
        return send(HttpRequest.GET(path).header("Accept-Language", language));
    }

    public List<Map<String, Object>> getList(String path) {
        return http.retrieve(HttpRequest.GET(path), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** A list answer for a signed-in caller. */
    public List<Map<String, Object>> getList(String path, String token) {
        return http.retrieve(
                HttpRequest.GET(path).bearerAuth(token), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** A bearer access token for the identifier and password, from {@code POST /api/auth/token}. */
    public String token(String identifier, String password) {
        Answer answer = send(HttpRequest.POST("/api/auth/token", Map.of("identifier", identifier, "password", password))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        if (answer.status() != 200) {
            throw new AssertionError("log-in failed: " + answer);
        }
        return (String) answer.body().get("access_token");
    }

    public synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = token(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    public Answer adminPost(String path, Object body) {
        return send(HttpRequest.POST(path, body).bearerAuth(adminToken()).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Answer adminPostRaw(String path, String json) {
        return send(HttpRequest.POST(path, json).bearerAuth(adminToken()).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Answer send(HttpRequest<?> request) {
        try {
            HttpResponse<Map<String, Object>> response =
                    http.exchange(request, Argument.mapOf(String.class, Object.class));
            return new Answer(
                    response.code(),
                    response.getContentType().map(MediaType::toString).orElse(""),
                    response.body());
        } catch (HttpClientResponseException e) {
            Map<String, Object> body = e.getResponse()
                    .getBody(Argument.mapOf(String.class, Object.class))
                    .orElse(Map.of());
            return new Answer(
                    e.code(),
                    e.getResponse().getContentType().map(MediaType::toString).orElse(""),
                    body);
        }
    }

    public long createOrganisation(String name, String regionCode) {
        Answer answer =
                adminPost("/api/admin/organisations", Map.of("name", name, "kind", "agency", "regionCode", regionCode));
        if (answer.status() != 201) {
            throw new AssertionError("organisation not created: " + answer);
        }
        return ((Number) answer.body().get("id")).longValue();
    }

    /** A valid project body; tests change what they need. */
    public static Map<String, Object> project(
            long organisationId,
            String title,
            List<String> regions,
            List<String> groups,
            List<String> categories,
            String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", organisationId);
        body.put("title", title);
        body.put("description", title + "：为服务对象提供专业社会工作服务。");
        body.put("regionCodes", regions);
        body.put("targetGroups", groups);
        body.put("serviceCategories", categories);
        body.put("programme", "demonstration");
        body.put("fundingType", "government-purchase");
        body.put("status", status);
        body.put("startDate", "2026-01-01");
        body.put("endDate", "2026-12-31");
        body.put("budgetFen", 12_345_600);
        return body;
    }

    public long createProject(Map<String, Object> body) {
        Answer answer = adminPost("/api/admin/projects", body);
        if (answer.status() != 201) {
            throw new AssertionError("project not created: " + answer);
        }
        return ((Number) answer.body().get("id")).longValue();
    }

    /** Polls a search until the predicate holds; returns the last answer and how long it took. */
    public record Waited(Answer answer, Duration took) {}

    public Waited searchUntil(String query, Predicate<Answer> done, Duration timeout) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            last = get("/api/projects/search?" + query);
            if (last.status() == 200 && done.test(last)) {
                return new Waited(last, Duration.between(start, Instant.now()));
            }
            sleep(100);
        }
        throw new AssertionError(
                "search '" + query + "' did not satisfy the condition within " + timeout + "; last: " + last);
    }

    public static List<Long> ids(Answer search) {
        List<Long> ids = new ArrayList<>();
        search.list("items").forEach(item -> ids.add(((Number) item.get("id")).longValue()));
        return ids;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;

/** Organisations, members, projects and stories for the story ITs, through the API (rows directly only where said). */
final class StoryFixtures {

    static final String LBC = "left-behind-children";

    final Api api;
    final DataSource dataSource;
    final ApplicationContext context;

    StoryFixtures(Api api, DataSource dataSource, ApplicationContext context) {
        this.api = api;
        this.dataSource = dataSource;
        this.context = context;
    }

    /** A bearer token of a new account that is a member of the organisation. */
    String member(long organisationId, String role) {
        String email = "sty-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        long id = Accounts.create(dataSource, email, "故事测试" + role);
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + id + ", '" + role + "')");
        return Accounts.bearerToken(context, id);
    }

    long project(long organisationId, String title) {
        return api.createProject(
                Api.project(organisationId, title, List.of("530627"), List.of(LBC), List.of(LBC), "published"));
    }

    /** A valid story body: a 留守儿童 story in 镇雄县 with pseudonyms only. */
    static Map<String, Object> story(long projectId, String title, String bodyHtml) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("title", title);
        body.put("summary", "社工陪伴留守儿童小雨度过了一个暑假。");
        body.put("bodyHtml", bodyHtml);
        body.put("regionCode", "530627");
        body.put("targetGroups", new ArrayList<>(List.of(LBC)));
        body.put("serviceCategory", "left-behind-children");
        body.put("programme", "demonstration");
        return body;
    }

    static Map<String, Object> consent(String label, boolean minor, String givenBy, String relation, boolean photos) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personLabel", label);
        body.put("minor", minor);
        body.put("givenBy", givenBy);
        body.put("givenByRelation", relation);
        body.put("method", "written");
        body.put("givenOn", LocalDate.now().minusDays(3).toString());
        body.put("scopeText", true);
        body.put("scopePhotos", photos);
        body.put("scopeNote", "仅用于本平台");
        return body;
    }

    static MutableHttpRequest<?> json(MutableHttpRequest<?> request, String token) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token);
    }

    Answer create(String token, long organisationId, Map<String, Object> body) {
        return api.send(json(HttpRequest.POST("/api/organisations/" + organisationId + "/stories", body), token));
    }

    long created(String token, long organisationId, Map<String, Object> body) {
        Answer answer = create(token, organisationId, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return id(answer);
    }

    Answer save(String token, long storyId, Map<String, Object> body, long version) {
        Map<String, Object> withVersion = new LinkedHashMap<>(body);
        withVersion.put("version", version);
        return api.send(json(HttpRequest.PUT("/api/my/stories/" + storyId, withVersion), token));
    }

    Answer get(String token, long storyId) {
        return api.send(HttpRequest.GET("/api/my/stories/" + storyId).bearerAuth(token));
    }

    Answer addConsent(String token, long storyId, Map<String, Object> body) {
        return api.send(json(HttpRequest.POST("/api/my/stories/" + storyId + "/consents", body), token));
    }

    /** A guardian's written consent for the child 小雨, text and photos. */
    void consented(String token, long storyId) {
        Answer answer = addConsent(token, storyId, consent("小雨", true, "guardian", "奶奶", true));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    Answer submit(String token, long storyId) {
        long version = version(get(token, storyId));
        return api.send(
                json(HttpRequest.POST("/api/my/stories/" + storyId + "/submit", Map.of("version", version)), token));
    }

    Answer justify(String token, long storyId, String kind, String text, String justification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("text", text);
        body.put("justification", justification);
        return api.send(json(HttpRequest.PUT("/api/my/stories/" + storyId + "/justifications", body), token));
    }

    Answer admin(String path, Object body) {
        return api.adminPost(path, body);
    }

    String status(long storyId) {
        return Db.text(dataSource, "SELECT status FROM story WHERE id = " + storyId);
    }

    static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    static long version(Answer answer) {
        return ((Number) answer.body().get("version")).longValue();
    }
}

package org.qianshou.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.qianshou.testing.Api.Answer;

/**
 * What the search ITs publish as an agency would, through the API: a member's token, a story with consent submitted
 * and published. The membership row is written straight into its table.
 */
public final class Publishing {

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final Api api;

    public Publishing(ApplicationContext context, Api api) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
        this.api = api;
    }

    /** A bearer token of a new account with the role ({@code staff}, {@code owner}) in the organisation. */
    public String member(long organisationId, String role, String name) {
        long id = Accounts.create(dataSource, "pub-" + UUID.randomUUID() + "@qianshou.test", name);
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + id + ", '" + role + "')");
        return Accounts.bearerToken(context, id);
    }

    /**
     * A 留守儿童 story in 镇雄县 about the project, written by the agency's member, with the guardian's consent (text
     * only), submitted and published by an administrator.
     */
    public long publishedStory(String token, long agency, long projectId, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("title", title);
        body.put("summary", "社工陪伴留守儿童小雨度过了一个暑假。");
        body.put("bodyHtml", "<p>小雨在社工的陪伴下学会了骑车。</p>");
        body.put("regionCode", "530627");
        body.put("targetGroups", List.of("left-behind-children"));
        body.put("serviceCategory", "left-behind-children");
        body.put("programme", "demonstration");
        Answer created = api.send(HttpRequest.POST("/api/organisations/" + agency + "/stories", body)
                .bearerAuth(token)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((Number) created.body().get("id")).longValue();
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("personLabel", "小雨");
        consent.put("minor", true);
        consent.put("givenBy", "guardian");
        consent.put("givenByRelation", "奶奶");
        consent.put("method", "written");
        consent.put("givenOn", LocalDate.now().minusDays(3).toString());
        consent.put("scopeText", true);
        consent.put("scopePhotos", false);
        consent.put("scopeNote", "仅用于本平台");
        Answer consented = api.send(HttpRequest.POST("/api/my/stories/" + id + "/consents", consent)
                .bearerAuth(token)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(consented.status()).as(consented.toString()).isEqualTo(201);
        Object version = api.send(HttpRequest.GET("/api/my/stories/" + id).bearerAuth(token))
                .body()
                .get("version");
        Answer submitted = api.send(HttpRequest.POST("/api/my/stories/" + id + "/submit", Map.of("version", version))
                .bearerAuth(token)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Answer published = api.adminPost("/api/admin/stories/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }
}

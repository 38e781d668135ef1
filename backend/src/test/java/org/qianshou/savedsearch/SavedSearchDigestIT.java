package org.qianshou.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.testing.Api.project;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Saved searches end to end, with the digest really sent over SMTP (GreenMail): a saved search's digest lists the
 * matching project first published after it was saved and no older one, never lists it again, and its one-click
 * unsubscribe link (no sign-in) stops the next digest.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavedSearchDigestIT implements TestPropertyProvider {

    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final String LBC = "left-behind-children";
    private static final Pattern UNSUBSCRIBE_PAGE =
            Pattern.compile("http://qianshou\\.test/saved-searches/unsubscribe\\?token=([A-Za-z0-9_-]+)");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    DigestJob job;

    Api api;
    long agency;
    String wang;
    String li;
    long savedId;
    long newProject;
    Instant saved;
    MimeMessage digest;

    @Override
    public Map<String, String> getProperties() {
        MAIL.start();
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("savedsearch"));
        properties.put("javamail.enabled", "true");
        properties.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        properties.put(
                "javamail.properties.mail.smtp.port",
                String.valueOf(MAIL.getSmtp().getPort()));
        properties.put("javamail.properties.mail.smtp.starttls.enable", "false");
        return properties;
    }

    @AfterAll
    void stop() {
        MAIL.stop();
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        agency = api.createOrganisation("镇雄县测试社会工作服务中心", "5306");
        long wangId = Accounts.create(dataSource, "wang.fang@example.org", "王芳", "volunteer");
        wang = Accounts.bearerToken(context, wangId, "volunteer");
        long liId = Accounts.create(dataSource, "li.lei@example.org", "李雷", "volunteer");
        li = Accounts.bearerToken(context, liId, "volunteer");
        // Published before the search is saved: never in its digest.
        long old = api.createProject(
                project(agency, "镇雄县留守儿童关爱老项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        // A draft before, published after the search is saved: new.
        newProject = api.createProject(
                project(agency, "镇雄县留守儿童暑期陪伴项目", List.of("530627"), List.of(LBC), List.of(LBC), "draft"));
        api.searchUntil("region=530627&q=" + enc("留守儿童"), r -> Api.ids(r).contains(old), Duration.ofSeconds(30));
    }

    @Test
    @Order(1)
    void badSearchesAreRefusedNamingTheField() {
        Answer kind = save(wang, "x", "nothing", "q=留守儿童", "daily");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.errorFields()).containsExactly("kind");
        Answer region = save(wang, "x", "project", "q=留守儿童&region=999999", "daily");
        assertThat(region.status()).isEqualTo(400);
        assertThat(region.errorFields()).containsExactly("region");
        Answer frequency = save(wang, "x", "project", "q=留守儿童", "hourly");
        assertThat(frequency.status()).isEqualTo(400);
        assertThat(frequency.errorFields()).containsExactly("frequency");
        Answer blankName = save(wang, " ", "project", "q=留守儿童", "daily");
        assertThat(blankName.status()).isEqualTo(400);
        assertThat(blankName.errorFields()).containsExactly("name");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM saved_search")).isZero();
    }

    @Test
    @Order(2)
    void aSearchIsSavedWithTheParametersItsKindTakes() {
        saved = Instant.now();
        Answer answer = save(wang, "镇雄县留守儿童", "project", "q=留守儿童&region=530627&page=3&size=5&sort=x", "daily");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        savedId = ((Number) answer.body().get("id")).longValue();
        assertThat(answer.body())
                .containsEntry("query", "q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&region=530627")
                .containsEntry("frequency", "daily")
                .containsEntry("kind", "project");

        List<Map<String, Object>> mine = api.getList("/api/me/saved-searches", wang);
        assertThat(mine).extracting(m -> m.get("name")).containsExactly("镇雄县留守儿童");
        assertThat(api.getList("/api/me/saved-searches", li)).isEmpty();
        Answer othersEdit = api.send(
                HttpRequest.PUT("/api/me/saved-searches/" + savedId, body("改名", "project", "q=留守儿童", "weekly", 1L))
                        .bearerAuth(li));
        assertThat(othersEdit.status()).isEqualTo(404);
        Answer othersDelete =
                api.send(HttpRequest.DELETE("/api/me/saved-searches/" + savedId).bearerAuth(li));
        assertThat(othersDelete.status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void theDigestListsTheNewlyPublishedProjectAndNoOlderOne() throws Exception {
        Map<String, Object> published =
                project(agency, "镇雄县留守儿童暑期陪伴项目", List.of("530627"), List.of(LBC), List.of(LBC), "published");
        assertThat(api.send(HttpRequest.PUT("/api/admin/projects/" + newProject, published)
                                .bearerAuth(api.adminToken())
                                .contentType(MediaType.APPLICATION_JSON_TYPE))
                        .status())
                .isEqualTo(200);
        // Also new, but elsewhere: not this search's.
        api.createProject(project(agency, "五华区留守儿童关爱新项目", List.of("530102"), List.of(LBC), List.of(LBC), "published"));
        api.searchUntil(
                "q=" + enc("留守儿童"),
                r -> Api.ids(r).contains(newProject) && Api.ids(r).size() == 3,
                Duration.ofSeconds(30));

        // Not due yet: a daily digest goes out a day after the search was saved.
        assertThat(job.run(Instant.now())).isZero();
        assertThat(job.run(saved.plus(Duration.ofHours(25)))).isEqualTo(1);

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        digest = MAIL.getReceivedMessages()[0];
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("wang.fang@example.org");
        assertThat(digest.getSubject()).contains("镇雄县留守儿童").contains("1");
        String text = text(digest);
        assertThat(text)
                .contains("镇雄县留守儿童暑期陪伴项目")
                .contains("http://qianshou.test/projects/" + newProject)
                .doesNotContain("老项目")
                .doesNotContain("五华区");
        assertThat(text).contains("您保存的搜索").contains("Your saved search");
        assertThat(digest.getHeader("List-Unsubscribe")[0])
                .matches("<http://qianshou\\.test/api/saved-searches/unsubscribe\\?token=[A-Za-z0-9_-]+>");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        // Only the token's hash is stored.
        String token = token(text);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM saved_search_digest WHERE token_hash = sha256(convert_to('" + token
                                + "', 'UTF8'))"))
                .isEqualTo(1);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM saved_search_digest WHERE position('" + token
                                + "' in encode(token_hash, 'escape')) > 0"))
                .isZero();
    }

    @Test
    @Order(4)
    void theSameProjectIsNeverSentTwice() {
        // The next day: nothing new.
        assertThat(job.run(saved.plus(Duration.ofHours(50)))).isEqualTo(1);
        // Even when the period starts over (a clock set back), the project already sent is not sent again.
        Db.execute(dataSource, "UPDATE saved_search SET last_digest_at = created_at WHERE id = " + savedId);
        assertThat(job.run(saved.plus(Duration.ofHours(75)))).isEqualTo(1);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM saved_search_digest"))
                .isEqualTo(1);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM saved_search_delivery WHERE item_id = " + newProject))
                .isEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(1_000, 2)).isFalse();
    }

    @Test
    @Order(5)
    void theUnsubscribeLinkWorksWithoutSigningInAndStopsTheNextDigest() throws Exception {
        String token = token(text(digest));
        Answer shown = api.get("/api/saved-searches/unsubscribe?token=" + token);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).containsEntry("name", "镇雄县留守儿童").containsEntry("unsubscribed", false);

        // RFC 8058: the mail client posts List-Unsubscribe=One-Click to the header's address.
        String header = digest.getHeader("List-Unsubscribe")[0];
        String path = header.substring("<http://qianshou.test".length(), header.length() - 1);
        Answer oneClick = api.send(HttpRequest.POST(path, "List-Unsubscribe=One-Click")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        assertThat(oneClick.status()).as(oneClick.toString()).isEqualTo(200);
        assertThat(oneClick.body()).containsEntry("unsubscribed", true);
        assertThat(api.get("/api/saved-searches/unsubscribe?token=" + token).body())
                .containsEntry("unsubscribed", true);
        assertThat(api.get("/api/saved-searches/unsubscribe?token=not-a-token").status())
                .isEqualTo(404);
        assertThat(api.getList("/api/me/saved-searches", wang))
                .extracting(m -> m.get("frequency"))
                .containsExactly("never");

        // A new matching project, and a week later: no digest.
        long another = api.createProject(
                project(agency, "镇雄县留守儿童心理支持项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        api.searchUntil("q=" + enc("心理支持"), r -> Api.ids(r).contains(another), Duration.ofSeconds(30));
        assertThat(job.run(saved.plus(Duration.ofDays(9)))).isZero();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM saved_search_digest"))
                .isEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(1_000, 2)).isFalse();
    }

    @Test
    @Order(6)
    void theOwnerChangesAndDeletesTheSavedSearch() {
        Answer changed = api.send(HttpRequest.PUT(
                        "/api/me/saved-searches/" + savedId,
                        body("镇雄县所有留守儿童", "project", "q=留守儿童&region=530627", "weekly", version()))
                .bearerAuth(wang));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("frequency", "weekly").containsEntry("name", "镇雄县所有留守儿童");
        Answer stale = api.send(
                HttpRequest.PUT("/api/me/saved-searches/" + savedId, body("旧版本", "project", "q=留守儿童", "weekly", 1L))
                        .bearerAuth(wang));
        assertThat(stale.status()).isEqualTo(409);
        Answer deleted =
                api.send(HttpRequest.DELETE("/api/me/saved-searches/" + savedId).bearerAuth(wang));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.getList("/api/me/saved-searches", wang)).isEmpty();
    }

    private long version() {
        return ((Number) api.getList("/api/me/saved-searches", wang).get(0).get("version")).longValue();
    }

    private Answer save(String token, String name, String kind, String query, String frequency) {
        return api.send(HttpRequest.POST("/api/me/saved-searches", body(name, kind, query, frequency, null))
                .bearerAuth(token)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static Map<String, Object> body(String name, String kind, String query, String frequency, Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("query", query);
        body.put("frequency", frequency);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String token(String text) {
        Matcher m = UNSUBSCRIBE_PAGE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    /** The text/plain part, decoded. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

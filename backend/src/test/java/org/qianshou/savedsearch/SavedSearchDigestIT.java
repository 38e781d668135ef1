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
import java.time.LocalDate;
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
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.Publishing;
import org.qianshou.testing.RealServices;

/**
 * Saved searches end to end, with the digest really sent over SMTP (GreenMail): a saved search's digest lists the
 * matching project first published after it was saved and no older one, never lists it again, and its one-click
 * unsubscribe link (no sign-in) stops the next digest. Openings, calls and organisations the same way, each with its
 * page's parameters checked by its own search, and a search of every kind lists all five.
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

    @Inject
    org.qianshou.system.search.SearchKinds searchKinds;

    Api api;
    Publishing publishing;
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
        publishing = new Publishing(context, api);
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

    @Test
    @Order(7)
    void eachKindsParametersAreThoseOfItsPageCheckedByItsOwnSearch() {
        long before = Db.count(dataSource, "SELECT count(*) FROM saved_search");
        Answer opening = save(wang, "x", "opening", "region=99&skill=nope&from=tomorrow", "daily");
        assertThat(opening.status()).as(opening.toString()).isEqualTo(400);
        assertThat(opening.errorFields()).contains("region", "skill", "from");
        assertThat(save(wang, "x", "opening", "q=陪伴&when=someday", "daily").errorFields())
                .containsExactly("when");
        assertThat(save(wang, "x", "opening", "q=陪伴&free=yes", "daily").errorFields())
                .containsExactly("free");
        assertThat(save(wang, "x", "opening", "when=custom&from=2026-12-10&to=2026-12-01", "daily")
                        .errorFields())
                .containsExactly("to");
        assertThat(save(wang, "x", "call", "fundingType=nope&soon=1", "daily").errorFields())
                .containsExactly("fundingType");
        assertThat(save(wang, "x", "call", "soon=2", "daily").errorFields()).containsExactly("soon");
        assertThat(save(wang, "x", "organisation", "kind=church", "daily").errorFields())
                .containsExactly("kind");
        assertThat(save(wang, "x", "all", "q=留守儿童&skill=tutoring", "daily").errorFields())
                .containsExactly("skill");
        assertThat(save(wang, "x", "all", "kind=opening&closingSoon=true", "daily")
                        .errorFields())
                .containsExactly("closingSoon");
        assertThat(save(wang, "x", "all", "kind=nothing", "daily").errorFields())
                .containsExactly("kind");
        assertThat(save(wang, "x", "all", "kind=organisation&organisationKind=church", "daily")
                        .errorFields())
                .containsExactly("organisationKind");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM saved_search")).isEqualTo(before);

        // As the pages write them: kept in the page's order, page dropped.
        Answer call = save(wang, "x", "call", "page=2&soon=1&q=留守儿童&fundingType=government-purchase", "never");
        assertThat(call.status()).as(call.toString()).isEqualTo(201);
        assertThat(call.body())
                .containsEntry(
                        "query", "q=%E7%95%99%E5%AE%88%E5%84%BF%E7%AB%A5&fundingType=government-purchase&soon=1");
        Answer opened = save(wang, "x", "opening", "when=weekend&free=1&skill=tutoring", "never");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.body()).containsEntry("query", "skill=tutoring&when=weekend&free=1");
        Db.execute(dataSource, "DELETE FROM saved_search");
    }

    @Test
    @Order(8)
    void everyKindsDigestListsWhatItsOwnSearchFindsNewlyPublishedAndAllListsEveryKind() throws Exception {
        FundingFixtures funding = new FundingFixtures(context, api);
        FundingFixtures.Funder funder = funding.funder("昭通留守儿童关爱基金会");
        String staff = member(agency);
        long project = api.createProject(
                project(agency, "镇雄县留守儿童课业辅导项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        LocalDate day = LocalDate.now(FundingFixtures.SHANGHAI).plusDays(5);
        // Published before the searches are saved: in no digest.
        long oldOpening = publishedOpening(staff, opening(project, "镇雄县留守儿童老岗位", "tutoring", day));
        long oldCall = funding.publishedCall(funder, "昭通市留守儿童关爱老征集");
        long oldOrganisation = api.createOrganisation("镇雄县留守儿童老社工中心", "530627");
        until("/api/openings?q=" + enc("老岗位"), oldOpening);
        until("/api/calls?q=" + enc("老征集"), oldCall);
        until("/api/organisations?q=" + enc("老社工中心"), oldOrganisation);

        Instant savedAt = Instant.now();
        assertThat(save(wang, "岗位", "opening", "q=留守儿童&region=5306&skill=tutoring&free=1", "daily")
                        .status())
                .isEqualTo(201);
        assertThat(save(wang, "征集", "call", "q=留守儿童&region=530627&fundingType=government-purchase", "daily")
                        .status())
                .isEqualTo(201);
        assertThat(save(wang, "机构", "organisation", "q=留守儿童&region=5306&kind=agency", "daily")
                        .status())
                .isEqualTo(201);
        assertThat(save(wang, "全部", "all", "q=留守儿童&region=5306", "daily").status())
                .isEqualTo(201);
        assertThat(save(wang, "全部中的岗位", "all", "q=留守儿童&kind=opening&skill=tutoring", "daily")
                        .status())
                .isEqualTo(201);

        // Published after: new.
        long newOpening = publishedOpening(staff, opening(project, "镇雄县留守儿童周末陪伴岗位", "tutoring", day));
        long otherSkill = publishedOpening(staff, opening(project, "镇雄县留守儿童艺术岗位", "arts-sports", day));
        long newCall = funding.publishedCall(funder, "镇雄县留守儿童关爱新征集");
        long newOrganisation = api.createOrganisation("镇雄县留守儿童新社工中心", "530627");
        long newProject = api.createProject(
                project(agency, "镇雄县留守儿童新项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        long newStory = publishing.publishedStory(staff, agency, project, "镇雄县留守儿童小雨的暑假");
        until("/api/openings?q=" + enc("留守儿童") + "&region=530627", newOpening, otherSkill);
        until("/api/calls?q=" + enc("新征集"), newCall);
        until("/api/organisations?q=" + enc("新社工中心"), newOrganisation);
        until("/api/projects/search?q=" + enc("新项目"), newProject);
        until("/api/stories?q=" + enc("暑假"), newStory);

        int before = MAIL.getReceivedMessages().length;
        assertThat(job.run(savedAt.plus(Duration.ofHours(25)))).isEqualTo(5);
        assertThat(MAIL.waitForIncomingEmail(10_000, before + 5)).isTrue();
        Map<String, String> digests = new HashMap<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            digests.put(m.getSubject(), text(m));
        }
        String openings = digestOf(digests, "岗位");
        assertThat(openings)
                .contains("镇雄县留守儿童周末陪伴岗位", "http://qianshou.test/openings/" + newOpening)
                .doesNotContain("老岗位", "艺术岗位", "/projects/", "/calls/", "/organisations/", "/stories/");
        String calls = digestOf(digests, "征集");
        assertThat(calls)
                .contains("镇雄县留守儿童关爱新征集", "http://qianshou.test/calls/" + newCall)
                .doesNotContain("老征集", "/openings/", "/organisations/");
        String organisations = digestOf(digests, "机构");
        assertThat(organisations)
                .contains("镇雄县留守儿童新社工中心", "http://qianshou.test/organisations/" + newOrganisation)
                .doesNotContain("老社工中心", "基金会", "/openings/", "/calls/");
        String all = digestOf(digests, "全部");
        assertThat(all)
                .contains(
                        "http://qianshou.test/projects/" + newProject,
                        "http://qianshou.test/openings/" + newOpening,
                        "http://qianshou.test/openings/" + otherSkill,
                        "http://qianshou.test/calls/" + newCall,
                        "http://qianshou.test/organisations/" + newOrganisation,
                        "http://qianshou.test/stories/" + newStory)
                .doesNotContain("/openings/" + oldOpening + "\n", "老岗位", "老征集", "老社工中心", "/projects/" + project + "\n");

        // The combined search's page with one kind chosen: that kind only, with its own filters.
        assertThat(digestOf(digests, "全部中的岗位"))
                .contains("http://qianshou.test/openings/" + newOpening)
                .doesNotContain("艺术岗位", "老岗位", "/projects/", "/calls/", "/organisations/", "/stories/");

        // Never the same twice: not the next day, not when the period starts over, not after the organisation is
        // suspended and reinstated (its first verification stays when it was).
        String firstVerified =
                Db.text(dataSource, "SELECT published_at::text FROM organisation WHERE id = " + newOrganisation);
        for (String decision : List.of("suspend", "reinstate")) {
            Answer decided = api.adminPost(
                    "/api/admin/organisations/" + newOrganisation + "/decision",
                    Map.of("decision", decision, "reason", "核查"));
            assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        }
        assertThat(Db.text(dataSource, "SELECT published_at::text FROM organisation WHERE id = " + newOrganisation))
                .isEqualTo(firstVerified);
        until("/api/organisations?q=" + enc("新社工中心"), newOrganisation);
        assertThat(job.run(savedAt.plus(Duration.ofHours(50)))).isEqualTo(5);
        Db.execute(dataSource, "UPDATE saved_search SET last_digest_at = created_at");
        assertThat(job.run(savedAt.plus(Duration.ofHours(75)))).isEqualTo(5);
        assertThat(MAIL.waitForIncomingEmail(1_000, before + 6)).isFalse();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM saved_search_delivery d JOIN saved_search s ON s.id = d.saved_search_id"
                                + " WHERE s.name = '全部'"))
                .isEqualTo(6);
    }

    @Test
    @Order(9)
    void whatIsBeyondTwentyOfAKindComesInTheNextDigest() throws Exception {
        Db.execute(dataSource, "DELETE FROM saved_search");
        Instant savedAt = Instant.now();
        assertThat(save(wang, "批量", "project", "q=批量测试&region=530627", "daily").status())
                .isEqualTo(201);
        List<Long> created = new java.util.ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            created.add(api.createProject(
                    project(agency, "镇雄县批量测试项目" + i, List.of("530627"), List.of(LBC), List.of(LBC), "published")));
        }
        api.searchUntil("q=" + enc("批量测试") + "&size=50", r -> Api.ids(r).containsAll(created), Duration.ofSeconds(30));

        int before = MAIL.getReceivedMessages().length;
        assertThat(job.run(savedAt.plus(Duration.ofHours(25)))).isEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(10_000, before + 1)).isTrue();
        String first = text(MAIL.getReceivedMessages()[before]);
        assertThat(listed(first)).hasSize(Digests.PER_KIND);
        assertThat(job.run(savedAt.plus(Duration.ofHours(50)))).isEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(10_000, before + 2)).isTrue();
        String second = text(MAIL.getReceivedMessages()[before + 1]);
        assertThat(listed(second)).hasSize(2);
        List<Long> both = new java.util.ArrayList<>(listed(first));
        both.addAll(listed(second));
        assertThat(both).containsExactlyInAnyOrderElementsOf(created);
        assertThat(job.run(savedAt.plus(Duration.ofHours(75)))).isEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(1_000, before + 3)).isFalse();
    }

    @Test
    @Order(10)
    void aSavedSearchWhoseSearchFailsIsTriedAgainAnHourLaterAndTheOthersGoOut() throws Exception {
        Db.execute(dataSource, "DELETE FROM saved_search");
        Instant savedAt = Instant.now();
        assertThat(save(wang, "故事", "story", "q=留守儿童", "daily").status()).isEqualTo(201);
        assertThat(save(wang, "项目", "project", "q=失败之后", "daily").status()).isEqualTo(201);
        long later = api.createProject(
                project(agency, "镇雄县失败之后的新项目", List.of("530627"), List.of(LBC), List.of(LBC), "published"));
        api.searchUntil("q=" + enc("失败之后"), r -> Api.ids(r).contains(later), Duration.ofSeconds(30));
        // The stories' index is gone: the story search fails (and comes first: it was saved first).
        searchKinds.named("stories").index().deleteAll();

        int before = MAIL.getReceivedMessages().length;
        assertThat(job.run(savedAt.plus(Duration.ofHours(25)))).isEqualTo(2);
        assertThat(MAIL.waitForIncomingEmail(10_000, before + 1)).isTrue();
        assertThat(text(MAIL.getReceivedMessages()[before])).contains("http://qianshou.test/projects/" + later);
        // Not due again within the hour, due again after it.
        assertThat(job.run(savedAt.plus(Duration.ofMinutes(25 * 60 + 30)))).isZero();
        assertThat(job.run(savedAt.plus(Duration.ofMinutes(26 * 60 + 1)))).isEqualTo(1);
        assertThat(MAIL.waitForIncomingEmail(1_000, before + 2)).isFalse();
    }

    /** The project ids a digest lists (each once; the message lists them in both languages). */
    private static List<Long> listed(String text) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        Matcher m = Pattern.compile("http://qianshou\\.test/projects/(\\d+)").matcher(text);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return List.copyOf(ids);
    }

    private static String digestOf(Map<String, String> digests, String name) {
        return digests.entrySet().stream()
                .filter(e -> e.getKey().startsWith("“" + name + "”"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no digest of " + name + " in " + digests.keySet()));
    }

    private String member(long organisationId) {
        return publishing.member(organisationId, "owner", "保存搜索测试社工");
    }

    private static Map<String, Object> opening(long projectId, String title, String skill, LocalDate day) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("title", title);
        body.put("description", title + "：志愿者陪伴留守儿童，社工现场督导。");
        body.put("regionCode", "530627");
        body.put("meetingPlace", "社区服务中心");
        body.put("targetGroups", List.of(LBC));
        body.put("category", LBC);
        body.put("skills", List.of(skill));
        body.put("screening", "automatic");
        body.put(
                "signupDeadline",
                day.minusDays(1)
                        .atTime(20, 0)
                        .atZone(FundingFixtures.SHANGHAI)
                        .toOffsetDateTime()
                        .toString());
        body.put("contactName", "联系人");
        body.put("contactPhone", "13800000000");
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("date", day.toString());
        shift.put("start", "09:00");
        shift.put("end", "12:00");
        shift.put("capacity", 5);
        body.put("shifts", List.of(shift));
        return body;
    }

    private long publishedOpening(String token, Map<String, Object> body) {
        Answer created = api.send(HttpRequest.POST("/api/organisations/" + agency + "/openings", body)
                .bearerAuth(token)
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((Number) created.body().get("id")).longValue();
        Answer published =
                api.send(HttpRequest.POST("/api/organisations/" + agency + "/openings/" + id + "/publish", "{}")
                        .bearerAuth(token)
                        .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** Polls a public search until its items hold every id. */
    private void until(String path, Long... ids) {
        Instant start = Instant.now();
        Answer last = null;
        while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
            last = api.get(path);
            if (last.status() == 200 && Api.ids(last).containsAll(List.of(ids))) {
                return;
            }
            Api.sleep(100);
        }
        throw new AssertionError(path + " did not find " + List.of(ids) + " within 30 s; last: " + last);
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

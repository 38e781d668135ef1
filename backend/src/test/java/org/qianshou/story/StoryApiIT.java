package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.story.StoryFixtures.consent;
import static org.qianshou.story.StoryFixtures.id;
import static org.qianshou.story.StoryFixtures.json;
import static org.qianshou.story.StoryFixtures.story;
import static org.qianshou.story.StoryFixtures.version;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;
import org.qianshou.volunteer.IdNumbers;

/**
 * Stories as their authors write them, through the API against real PostgreSQL: drafts and saves (the version, the
 * sanitised body), the request's checks, consent records, and submission under the protection check and the consent
 * rules.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryApiIT implements TestPropertyProvider {

    /** A made-up resident ID number (sequence 901) with its right check character; never a real person's. */
    static final String ID_NUMBER = withCheck("53062720100315901");

    static final String MOBILE = "13912345678";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    StoryFixtures f;
    long agency;
    long otherAgency;
    long funder;
    long project;
    long otherProject;
    String staff;
    String outsider;
    String funderStaff;
    final LogCapture log = new LogCapture();

    @Override
    public Map<String, String> getProperties() {
        // the outbox rows stay for the assertions: no worker carries them to the index here
        Map<String, String> properties = new java.util.HashMap<>(RealServices.isolatedProperties("storyapi"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    static String withCheck(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }

    @BeforeAll
    void seed() {
        log.start();
        Api api = new Api(client.toBlocking());
        f = new StoryFixtures(api, dataSource, context);
        agency = api.createOrganisation("镇雄县故事测试社工中心", "5306");
        otherAgency = api.createOrganisation("昆明市故事测试社工中心", "5301");
        Answer created = api.adminPost(
                "/api/admin/organisations", Map.of("name", "故事测试基金会", "kind", "funder", "regionCode", "5301"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        funder = id(created);
        project = f.project(agency, "镇雄县留守儿童暑期陪伴");
        otherProject = f.project(otherAgency, "五华区社区服务");
        staff = f.member(agency, "staff");
        outsider = f.member(otherAgency, "owner");
        funderStaff = f.member(funder, "owner");
    }

    @AfterAll
    void stopLog() {
        log.stop();
    }

    @Test
    void aDraftIsCreatedSavedWithItsVersionAndItsBodyIsSanitised() {
        String dirty = "<p onclick=\"steal()\">小雨今年十岁。<script>alert('x')</script>"
                + "<img src=\"x.jpg\" onerror=\"steal()\"><a href=\"javascript:alert(1)\">坏链接</a>"
                + "<a href=\"https://example.org/a\" target=\"_blank\">好链接</a></p>"
                + "<h2 style=\"color:red\">暑假</h2><ul><li>读书</li><li>画画</li></ul><iframe src=\"https://x\"></iframe>";
        Answer created = f.create(staff, agency, story(project, "小雨的暑假", dirty));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id(created);
        String html = (String) created.body().get("bodyHtml");
        assertThat(html)
                .doesNotContain(
                        "<script",
                        "alert(",
                        "onclick",
                        "onerror",
                        "javascript:",
                        "<img",
                        "style=",
                        "<iframe",
                        "target=")
                .contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener\">好链接</a>")
                .contains("<h2>暑假</h2>")
                .contains("<li>读书</li>");
        assertThat(Db.text(dataSource, "SELECT body_html FROM story WHERE id = " + id))
                .isEqualTo(html);
        assertThat(created.body().get("bodyText")).isEqualTo("小雨今年十岁。坏链接好链接\n暑假\n读书\n画画");
        assertThat(created.body().get("status")).isEqualTo("draft");
        assertThat(created.body().get("organisationName")).isEqualTo("镇雄县故事测试社工中心");
        assertThat(created.body().get("projectTitle")).isEqualTo("镇雄县留守儿童暑期陪伴");
        assertThat(created.list("regionPath")).extracting(r -> r.get("code")).containsExactly("53", "5306", "530627");
        assertThat(created.body().get("targetGroups")).isEqualTo(List.of("left-behind-children"));
        assertThat(created.body().get("createdAt").toString()).endsWith("+08:00");
        long v1 = version(created);

        Map<String, Object> edit = story(project, "小雨的暑假（修改）", "<p>小雨学会了游泳。</p>");
        Answer saved = f.save(staff, id, edit, v1);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(version(saved)).isEqualTo(v1 + 1);
        assertThat(saved.body().get("title")).isEqualTo("小雨的暑假（修改）");

        Answer stale = f.save(staff, id, story(project, "过时的修改", "<p>旧</p>"), v1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(Db.text(dataSource, "SELECT title FROM story WHERE id = " + id))
                .isEqualTo("小雨的暑假（修改）");
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM search_outbox WHERE aggregate_type = 'story' AND aggregate_id = " + id))
                .as("every change announced to the search outbox")
                .isPositive();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE action = 'story.updated' AND object_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void everyFieldIsCheckedAndNothingIsWritten() {
        long before = Db.count(dataSource, "SELECT count(*) FROM story");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("projectId", "unknown project");
        expected.put("regionCode", "unknown region");
        expected.put("targetGroups[0]", "unknown target group");
        expected.put("serviceCategory", "unknown category");
        expected.put("programme", "unknown programme");
        Map<String, Object> bad = story(999_999, "标题", "<p>正文</p>");
        bad.put("regionCode", "539999");
        bad.put("targetGroups", List.of("no-such-group"));
        bad.put("serviceCategory", "no-such-category");
        bad.put("programme", "no-such-programme");
        Answer answer = f.create(staff, agency, bad);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errorFields()).containsExactlyInAnyOrderElementsOf(expected.keySet());

        Answer other = f.create(staff, agency, story(otherProject, "别的机构的项目", "<p>正文</p>"));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.errorFields()).containsExactly("projectId");

        Map<String, Object> empty = story(project, "  ", "<p>正文</p>");
        assertThat(f.create(staff, agency, empty).errorFields()).containsExactly("title");
        Map<String, Object> tooLong = story(project, "长".repeat(201), "<p>正文</p>");
        assertThat(f.create(staff, agency, tooLong).errorFields()).containsExactly("title");
        Map<String, Object> longSummary = story(project, "标题", "<p>正文</p>");
        longSummary.put("summary", "长".repeat(501));
        Answer summary =
                f.api.send(json(HttpRequest.POST("/api/organisations/" + agency + "/stories", longSummary), staff)
                        .header("Accept-Language", "en"));
        assertThat(summary.status()).isEqualTo(400);
        assertThat(summary.errorFields()).containsExactly("summary");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story")).isEqualTo(before);
    }

    @Test
    void onlyMembersOfAVerifiedAgencyWriteAndOnlyMembersAndAdministratorsRead() {
        long id = f.created(staff, agency, story(project, "只给本机构看", "<p>草稿</p>"));
        assertThat(f.get(outsider, id).status()).isEqualTo(404);
        assertThat(f.save(outsider, id, story(project, "改写", "<p>改写</p>"), 1).status())
                .isEqualTo(404);
        assertThat(f.get(f.api.adminToken(), id).status()).isEqualTo(200);
        assertThat(f.api.get("/api/stories/" + id).status())
                .as("a draft is not public")
                .isEqualTo(404);
        assertThat(f.create(outsider, agency, story(project, "外人", "<p>外人</p>")).status())
                .isIn(403, 404);
        Answer byFunder = f.create(funderStaff, funder, story(project, "基金会", "<p>基金会</p>"));
        assertThat(byFunder.status()).isEqualTo(403);
        List<Map<String, Object>> list = f.api.getList("/api/organisations/" + agency + "/stories", staff);
        assertThat(list).extracting(i -> ((Number) i.get("id")).longValue()).contains(id);
        assertThat(list).allSatisfy(i -> assertThat(i).containsKeys("title", "status", "blockingFlags"));
        assertThat(f.api.send(HttpRequest.GET("/api/organisations/" + agency + "/stories")
                                .bearerAuth(outsider))
                        .status())
                .isIn(403, 404);
    }

    @Test
    void consentRecordsFollowTheMinorAndGuardianRules() {
        long id = f.created(staff, agency, story(project, "同意记录", "<p>小雨和奶奶</p>"));
        Answer minorSelf = f.addConsent(staff, id, consent("小雨", true, "self", null, false));
        assertThat(minorSelf.status()).isEqualTo(400);
        assertThat(minorSelf.errorFields()).containsExactly("givenBy");
        Answer noRelation = f.addConsent(staff, id, consent("小雨", true, "guardian", null, false));
        assertThat(noRelation.errorFields()).containsExactly("givenByRelation");
        Map<String, Object> bad = consent("奶奶", false, "self", null, false);
        bad.put("method", "telepathy");
        bad.put("givenOn", java.time.LocalDate.now().plusDays(5).toString());
        bad.put("scopeText", false);
        assertThat(f.addConsent(staff, id, bad).errorFields())
                .containsExactlyInAnyOrder("method", "givenOn", "scopeText");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_consent WHERE story_id = " + id))
                .isZero();

        Answer ok = f.addConsent(staff, id, consent("小雨", true, "guardian", "奶奶", true));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.body().get("givenBy")).isEqualTo("guardian");
        assertThat(ok.body().get("scopePhotos")).isEqualTo(true);
        long consentId = id(ok);
        Answer changed = f.api.send(json(
                HttpRequest.PUT(
                        "/api/my/stories/" + id + "/consents/" + consentId,
                        consent("小雨", true, "guardian", "外婆", false)),
                staff));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().get("givenByRelation")).isEqualTo("外婆");
        assertThat(f.get(staff, id).list("consents")).hasSize(1);
        Answer removed = f.api.send(HttpRequest.DELETE("/api/my/stories/" + id + "/consents/" + consentId)
                .bearerAuth(staff));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(f.get(staff, id).list("consents")).isEmpty();
        assertThat(Db.text(
                        dataSource,
                        "SELECT string_agg(detail, ' ') FROM audit_event WHERE object_type = 'story' AND object_id = '"
                                + id + "'"))
                .as("the audit never keeps a person's label")
                .doesNotContain("小雨");
    }

    @Test
    void aStoryWithAnIdNumberCannotBeSubmittedAndTheNumberIsNeverShown() {
        long id = f.created(staff, agency, story(project, "证件", "<p>小雨的身份证号是" + ID_NUMBER + "，奶奶记在本子上。</p>"));
        f.consented(staff, id);
        Answer viewed = f.get(staff, id);
        List<Map<String, Object>> flags = viewed.list("flags");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0)).containsEntry("kind", "id-number").containsEntry("blocking", true);
        assertThat(flags.get(0).get("text")).isEqualTo(IdNumbers.mask(ID_NUMBER));
        String bodyText = (String) viewed.body().get("bodyText");
        assertThat(bodyText.substring(
                        ((Number) flags.get(0).get("start")).intValue(),
                        ((Number) flags.get(0).get("end")).intValue()))
                .isEqualTo(ID_NUMBER);

        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "protection");
        assertThat((String) refused.body().get("detail")).contains("身份证号码");
        assertThat(refused.errorFields()).containsExactly("body");
        assertThat(refused.list("flags")).extracting(m -> m.get("kind")).containsExactly("id-number");
        assertThat(refused.body().toString()).doesNotContain(ID_NUMBER);
        assertThat(f.status(id)).isEqualTo("draft");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story WHERE id = " + id + " AND submitted_at IS NULL"))
                .isEqualTo(1);

        Answer english = f.api.send(json(
                        HttpRequest.POST("/api/my/stories/" + id + "/submit", Map.of("version", version(viewed))),
                        staff)
                .header("Accept-Language", "en"));
        assertThat((String) english.body().get("detail")).contains("ID number");
        Answer justified = f.justify(staff, id, "id-number", IdNumbers.mask(ID_NUMBER), "就是要写");
        assertThat(justified.status()).isEqualTo(400);
        assertThat(justified.errorFields()).containsExactly("kind");
        assertThat(log.text()).doesNotContain(ID_NUMBER);
        assertThat(Db.text(dataSource, "SELECT coalesce(string_agg(detail, ' '), '') FROM audit_event"))
                .doesNotContain(ID_NUMBER);
    }

    @Test
    void aStoryWithAMobileNumberCannotBeSubmitted() {
        long id = f.created(staff, agency, story(project, "电话", "<p>有事请打 139 1234 5678 找社工。</p>"));
        f.consented(staff, id);
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "protection");
        assertThat((String) refused.body().get("detail")).contains("手机号码");
        assertThat(refused.list("flags")).extracting(m -> m.get("text")).containsExactly("139****5678");
        assertThat(refused.body().toString()).doesNotContain(MOBILE).doesNotContain("1234 5678");
        assertThat(f.status(id)).isEqualTo("draft");
        assertThat(log.text()).doesNotContain(MOBILE);
    }

    @Test
    void aStoryWithoutConsentCannotBeSubmitted() {
        long id = f.created(staff, agency, story(project, "没有同意记录", "<p>小雨在学校读书。</p>"));
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "consent");
        assertThat(refused.errorFields()).containsExactly("consents");
        assertThat(f.status(id)).isEqualTo("draft");
    }

    @Test
    void aPhotoShowingPeopleNeedsAConsentForPhotos() {
        long id = f.created(staff, agency, story(project, "照片同意", "<p>小雨在学校读书。</p>"));
        Answer textOnly = f.addConsent(staff, id, consent("小雨", true, "guardian", "奶奶", false));
        assertThat(textOnly.status()).isEqualTo(201);
        insertPhoto(id, true, false);
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "photo-consent");
        assertThat(refused.errorFields()).containsExactly("photos[0]");
        f.consented(staff, id);
        Answer submitted = f.submit(staff, id);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(f.get(staff, id).list("photos")).hasSize(1);
    }

    @Test
    void photoCaptionsAndAlternativeTextsAreCheckedLikeTheText() {
        long id = f.created(staff, agency, story(project, "照片说明", "<p>小雨在学校读书。</p>"));
        f.consented(staff, id);
        insertPhoto(id, false, true);
        Db.execute(
                dataSource,
                "UPDATE story_photo SET caption = '张小红在龙泉村的家，电话13912345678', alt_text = '张小红' WHERE story_id = " + id);
        Answer viewed = f.get(staff, id);
        assertThat(viewed.list("flags"))
                .extracting(m -> m.get("field") + " " + m.get("kind") + " " + m.get("text"))
                .contains(
                        "photos[0].caption person-name 张小红",
                        "photos[0].caption village 龙泉村",
                        "photos[0].caption mobile 139****5678",
                        "photos[0].altText person-name 张小红");
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "protection");
        assertThat(refused.errorFields()).contains("photos[0].caption", "photos[0].altText");
        assertThat(refused.body().toString()).doesNotContain("13912345678");
        assertThat(f.status(id)).isEqualTo("draft");
    }

    @Test
    void aVillageIsFlaggedByItsCommitteesNameAsWrittenInProse() {
        // 龙家水塘村民委员会 (富源县): the rule of two or three characters before 村 alone would flag 家水塘村
        long id = f.created(staff, agency, story(project, "村名", "<p>小雨家住龙家水塘村，也去过串九村民委员会。</p>"));
        assertThat(f.get(staff, id).list("flags"))
                .extracting(m -> m.get("field") + " " + m.get("kind") + " " + m.get("text"))
                .contains("body village 龙家水塘村", "body village 串九村民委员会");
    }

    @Test
    void aChildrensStoryIsPlacedAtCountyLevelAtMost() {
        Map<String, Object> body = story(project, "乡镇太细", "<p>小雨在学校读书。</p>");
        body.put("regionCode", "530627001");
        long id = f.created(staff, agency, body);
        f.consented(staff, id);
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "region-level");
        assertThat(refused.errorFields()).containsExactly("regionCode");
        assertThat(f.status(id)).isEqualTo("draft");
        Map<String, Object> inVillage = story(project, "村也太细", "<p>小雨在学校读书。</p>");
        inVillage.put("regionCode", "530627104207"); // 母享镇 串九村民委员会
        long village = f.created(staff, agency, inVillage);
        f.consented(staff, village);
        Answer refusedVillage = f.submit(staff, village);
        assertThat(refusedVillage.status()).isEqualTo(400);
        assertThat(refusedVillage.body()).containsEntry("rule", "region-level");
        assertThat(refusedVillage.errorFields()).containsExactly("regionCode");
        long elderlyProject = f.api.createProject(Api.project(
                agency,
                "镇雄县困难老人关爱",
                List.of("530627"),
                List.of("elderly-in-difficulty"),
                List.of("special-groups"),
                "published"));
        Map<String, Object> elderly = story(elderlyProject, "老人的乡镇", "<p>奶奶种菜。</p>");
        elderly.put("regionCode", "530627001");
        elderly.put("targetGroups", List.of("elderly-in-difficulty"));
        long adults = f.created(staff, agency, elderly);
        f.consented(staff, adults);
        assertThat(f.submit(staff, adults).status()).as("only protected groups").isEqualTo(200);
    }

    @Test
    void aStoryIsAboutChildrenWhenItsProjectServesThemWhateverGroupsTheAuthorPicks() {
        String text = "<p>奶奶家住龙泉村，种了一亩烤烟。</p>";
        Map<String, Object> body = story(project, "项目服务留守儿童", text);
        body.put("targetGroups", List.of("elderly-in-difficulty"));
        body.put("regionCode", "530627001");
        long id = f.created(staff, agency, body);
        assertThat(f.get(staff, id).list("flags"))
                .extracting(flag -> flag.get("kind") + "|" + flag.get("text"))
                .as("the project serves left-behind children: villages are flagged")
                .containsExactly("village|龙泉村");
        f.consented(staff, id);
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "protection");
        assertThat(refused.errorFields()).contains("body", "regionCode");
        assertThat(f.status(id)).isEqualTo("draft");

        long elderlyProject = f.api.createProject(Api.project(
                agency,
                "镇雄县空巢老人陪伴",
                List.of("530627"),
                List.of("elderly-in-difficulty"),
                List.of("special-groups"),
                "published"));
        Map<String, Object> adults = story(elderlyProject, "项目服务老人", text);
        adults.put("targetGroups", List.of("elderly-in-difficulty"));
        adults.put("regionCode", "530627001");
        long other = f.created(staff, agency, adults);
        assertThat(f.get(staff, other).list("flags"))
                .as("neither the story nor its project is about children")
                .isEmpty();
    }

    @Test
    void aChildrensPhotoNeedsAGuardiansConsentForPhotos() {
        long id = f.created(staff, agency, story(project, "孩子的照片同意", "<p>小雨在学校读书。</p>"));
        Answer adult = f.addConsent(staff, id, consent("社工", false, "self", null, true));
        assertThat(adult.status()).isEqualTo(201);
        insertPhoto(id, true, true);
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "photo-consent");
        assertThat(refused.errorFields()).containsExactly("photos[0]");
        f.consented(staff, id);
        assertThat(f.submit(staff, id).status()).isEqualTo(200);
    }

    /** A photo row as pho's upload writes it (the story's rules read only the row). */
    void insertPhoto(long storyId, boolean showsPeople, boolean noFace) {
        Db.execute(
                dataSource,
                "INSERT INTO story_photo (story_id, storage_key, content_type, width, height, size_bytes, sha256,"
                        + " original_filename, shows_people, no_identifiable_face) VALUES (" + storyId + ", 'k-"
                        + java.util.UUID.randomUUID() + "', 'image/jpeg', 1600, 1200, 1000, '" + "0".repeat(64)
                        + "', 'a.jpg', " + showsPeople + ", " + noFace + ")");
    }

    @Test
    void aNameFlagBlocksUntilJustifiedAndAReturnedStoryIsEditedAndResubmitted() {
        long id = f.created(staff, agency, story(project, "小明的变化", "<p>周末，社工看望了张小明，他很高兴。</p>"));
        f.consented(staff, id);
        Answer viewed = f.get(staff, id);
        assertThat(viewed.list("flags")).extracting(m -> m.get("text")).containsExactly("张小明");
        Answer refused = f.submit(staff, id);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).containsEntry("rule", "protection");
        assertThat(f.justify(staff, id, "person-name", "李四", "不存在的提示").errorFields())
                .containsExactly("text");
        Answer justified = f.justify(staff, id, "person-name", "张小明", "化名，已征得监护人同意");
        assertThat(justified.status()).as(justified.toString()).isEqualTo(200);
        assertThat(justified.list("flags").get(0))
                .containsEntry("justification", "化名，已征得监护人同意")
                .containsEntry("blocking", false);
        Answer submitted = f.submit(staff, id);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.body().get("status")).isEqualTo("submitted");
        assertThat(submitted.body().get("submittedAt")).isNotNull();

        Answer locked = f.save(staff, id, story(project, "审核中修改", "<p>改</p>"), version(submitted));
        assertThat(locked.status()).isEqualTo(409);

        Answer returned = f.admin("/api/admin/stories/" + id + "/return", Map.of("reason", "请把张小明改成化名"));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        Answer mine = f.get(staff, id);
        assertThat(mine.body()).containsEntry("status", "returned").containsEntry("statusReason", "请把张小明改成化名");
        Answer edited = f.save(staff, id, story(project, "小明的变化", "<p>周末，社工看望了小明，他很高兴。</p>"), version(mine));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.list("flags")).isEmpty();
        Answer again = f.submit(staff, id);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body()).containsEntry("status", "submitted").containsEntry("statusReason", null);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE action = 'story.submitted' AND object_id = '" + id
                                + "'"))
                .isEqualTo(2);
    }

    @Test
    void aDraftCanBeDeletedButNotASubmittedStory() {
        long draft = f.created(staff, agency, story(project, "删除", "<p>小雨</p>"));
        f.consented(staff, draft);
        Answer deleted =
                f.api.send(HttpRequest.DELETE("/api/my/stories/" + draft).bearerAuth(staff));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story WHERE id = " + draft))
                .isZero();
        long submitted = f.created(staff, agency, story(project, "已提交", "<p>小雨</p>"));
        f.consented(staff, submitted);
        assertThat(f.submit(staff, submitted).status()).isEqualTo(200);
        assertThat(f.api.send(HttpRequest.DELETE("/api/my/stories/" + submitted).bearerAuth(staff))
                        .status())
                .isEqualTo(409);
    }
}

package org.qianshou.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qianshou.story.StoryFixtures.id;
import static org.qianshou.story.StoryFixtures.json;
import static org.qianshou.story.StoryFixtures.story;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Administrators' moderation of stories through the API: the queue, publish / return / unpublish with their audit rows,
 * the face confirmation of a children's story's photos, and the public page of a published story (and of nothing else).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryModerationIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    StoryFixtures f;
    long agency;
    long project;
    String staff;
    String volunteer;

    @Override
    public Map<String, String> getProperties() {
        // the outbox rows stay for the assertions: no worker carries them to the index here
        Map<String, String> properties = new java.util.HashMap<>(RealServices.isolatedProperties("storymoderation"));
        properties.put("qianshou.outbox.enabled", "false");
        return properties;
    }

    @BeforeAll
    void seed() {
        Api api = new Api(client.toBlocking());
        f = new StoryFixtures(api, dataSource, context);
        agency = api.createOrganisation("昭通市故事审核测试社工中心", "5306");
        project = f.project(agency, "昭阳区留守儿童关爱");
        staff = f.member(agency, "staff");
        volunteer = org.qianshou.testing.Accounts.bearerToken(
                context,
                org.qianshou.testing.Accounts.create(
                        dataSource, "sty-vol-" + UUID.randomUUID() + "@qianshou.test", "志愿者", "volunteer"),
                "volunteer");
    }

    /** A submitted story of the agency, with a guardian's consent for text and photos. */
    long submitted(String title, List<String> targetGroups) {
        return submitted(title, targetGroups, project);
    }

    /** As above, about a project of the agency's choosing. */
    long submitted(String title, List<String> targetGroups, long projectId) {
        Map<String, Object> body = story(projectId, title, "<p>小雨在社工的陪伴下学会了骑车。</p>");
        body.put("targetGroups", targetGroups);
        long id = f.created(staff, agency, body);
        f.consented(staff, id);
        Answer submitted = f.submit(staff, id);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    long audits(String action, long storyId) {
        return Db.count(
                dataSource,
                "SELECT count(*) FROM audit_event WHERE action = '" + action + "' AND object_type = 'story'"
                        + " AND object_id = '" + storyId + "'");
    }

    @Test
    void onlyAdministratorsModerate() {
        long id = submitted("只有管理员审核", List.of("left-behind-children"));
        for (String token : List.of(staff, volunteer)) {
            Answer publish =
                    f.api.send(json(HttpRequest.POST("/api/admin/stories/" + id + "/publish", Map.of()), token));
            assertThat(publish.status()).isEqualTo(403);
            Answer queue = f.api.send(HttpRequest.GET("/api/admin/stories").bearerAuth(token));
            assertThat(queue.status()).isEqualTo(403);
        }
        assertThat(f.api.send(HttpRequest.POST("/api/admin/stories/" + id + "/publish", Map.of()))
                        .status())
                .isEqualTo(401);
        assertThat(f.status(id)).isEqualTo("submitted");
    }

    @Test
    void theQueueListsSubmittedStoriesOldestFirstWithTheirFlags() {
        long first = submitted("队列第一", List.of("left-behind-children"));
        long second = submitted("队列第二", List.of("left-behind-children"));
        List<Map<String, Object>> queue = f.api.getList("/api/admin/stories?status=submitted", f.api.adminToken());
        List<Long> ids =
                queue.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
        assertThat(ids).containsSubsequence(first, second);
        assertThat(queue).allSatisfy(i -> assertThat(i.get("status")).isEqualTo("submitted"));
        Answer one = f.api.send(HttpRequest.GET("/api/admin/stories/" + first).bearerAuth(f.api.adminToken()));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).containsKeys("flags", "consents");
        assertThat(one.list("consents")).hasSize(1);
        assertThat(f.api.send(HttpRequest.GET("/api/admin/stories?status=lost").bearerAuth(f.api.adminToken()))
                        .errorFields())
                .containsExactly("status");
    }

    @Test
    void publishReturnAndUnpublishAreAuditedAndOnlyAPublishedStoryIsPublic() {
        long id = submitted("小雨学骑车", List.of("left-behind-children"));
        assertThat(f.api.get("/api/stories/" + id).status())
                .as("submitted is not public")
                .isEqualTo(404);

        Answer published = f.admin("/api/admin/stories/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.body().get("status")).isEqualTo("published");
        assertThat(published.body().get("publishedAt").toString()).endsWith("+08:00");
        assertThat(audits("story.published", id)).isEqualTo(1);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM story WHERE id = " + id
                                + " AND decided_by IS NOT NULL AND decided_at IS NOT NULL"))
                .isEqualTo(1);

        Answer page = f.api.get("/api/stories/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContainKeys("flags", "consents", "statusReason");
        assertThat(page.body().get("title")).isEqualTo("小雨学骑车");
        assertThat(page.map("project"))
                .containsEntry("title", "昭阳区留守儿童关爱")
                .containsEntry("organisationName", "昭通市故事审核测试社工中心");
        assertThat(page.body().toString()).doesNotContain("奶奶"); // the consent's relation is never public

        Answer again = f.admin("/api/admin/stories/" + id + "/return", Map.of("reason", "已发布，不能退回"));
        assertThat(again.status()).isEqualTo(409);

        Answer noReason = f.admin("/api/admin/stories/" + id + "/unpublish", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Answer down = f.admin("/api/admin/stories/" + id + "/unpublish", Map.of("reason", "监护人撤回同意"));
        assertThat(down.status()).as(down.toString()).isEqualTo(200);
        assertThat(down.body()).containsEntry("status", "unpublished").containsEntry("statusReason", "监护人撤回同意");
        assertThat(audits("story.unpublished", id)).isEqualTo(1);
        assertThat(Db.text(
                        dataSource,
                        "SELECT detail FROM audit_event WHERE action = 'story.unpublished' AND object_id = '" + id
                                + "'"))
                .contains("监护人撤回同意");
        assertThat(f.api.get("/api/stories/" + id).status()).isEqualTo(404);

        long returned = submitted("要退回的故事", List.of("left-behind-children"));
        Answer back =
                f.admin("/api/admin/stories/" + returned + "/return", Map.of("reason", "请补充活动时间，电话 13912345678 不要写"));
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body().get("statusReason")).isEqualTo("请补充活动时间，电话 139****5678 不要写");
        assertThat(audits("story.returned", returned)).isEqualTo(1);
        assertThat(Db.text(
                        dataSource,
                        "SELECT string_agg(detail, ' ') FROM audit_event WHERE object_id = '" + returned + "'"))
                .doesNotContain("13912345678");
        assertThat(f.api.get("/api/stories/" + returned).status()).isEqualTo(404);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM search_outbox WHERE aggregate_type = 'story'" + " AND aggregate_id IN ("
                                + id + ", " + returned + ")"))
                .isPositive();
    }

    @Test
    void theAuthorMayTakeTheirPublishedStoryDown() {
        long id = submitted("作者撤下", List.of("elderly-in-difficulty"));
        assertThat(f.admin("/api/admin/stories/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        Answer down = f.api.send(
                json(HttpRequest.POST("/api/my/stories/" + id + "/unpublish", Map.of("reason", "老人希望撤下")), staff));
        assertThat(down.status()).as(down.toString()).isEqualTo(200);
        assertThat(down.body().get("status")).isEqualTo("unpublished");
        assertThat(audits("story.unpublished", id)).isEqualTo(1);
        Answer edited = f.save(staff, id, story(project, "作者撤下后修改", "<p>小雨学会了骑车。</p>"), StoryFixtures.version(down));
        assertThat(edited.status()).as("an unpublished story can be edited").isEqualTo(200);
    }

    @Test
    void aStoryOfAnOrganisationNoLongerVerifiedIsNotPublished() {
        long other = f.api.createOrganisation("故事审核测试停用机构", "5306");
        long otherProject = f.project(other, "停用机构的项目");
        String otherStaff = f.member(other, "staff");
        long id = f.created(otherStaff, other, story(otherProject, "停用前提交", "<p>小雨在读书。</p>"));
        f.consented(otherStaff, id);
        assertThat(f.submit(otherStaff, id).status()).isEqualTo(200);
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + other);
        Answer refused = f.admin("/api/admin/stories/" + id + "/publish", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(f.status(id)).isEqualTo("submitted");
        assertThat(audits("story.published", id)).isZero();
    }

    @Test
    void membersOfASuspendedOrganisationMayStillTakeTheirStoryDown() {
        long other = f.api.createOrganisation("故事撤下测试停用机构", "5306");
        long otherProject = f.project(other, "停用后撤下的项目");
        String otherStaff = f.member(other, "staff");
        long id = f.created(otherStaff, other, story(otherProject, "停用后撤下", "<p>小雨在读书。</p>"));
        f.consented(otherStaff, id);
        assertThat(f.submit(otherStaff, id).status()).isEqualTo(200);
        assertThat(f.admin("/api/admin/stories/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + other);
        Answer down = f.api.send(json(
                HttpRequest.POST("/api/my/stories/" + id + "/unpublish", Map.of("reason", "机构停用，撤下")), otherStaff));
        assertThat(down.status()).as(down.toString()).isEqualTo(200);
        assertThat(f.status(id)).isEqualTo("unpublished");
        Answer stranger = f.api.send(
                json(HttpRequest.POST("/api/my/stories/" + id + "/unpublish", Map.of("reason", "外人")), staff));
        assertThat(stranger.status()).isEqualTo(404);
    }

    /** A photo row as pho's upload writes it (the publication rule reads only the row). */
    long insertPhoto(long storyId, boolean noFace) {
        return Db.count(
                dataSource,
                "INSERT INTO story_photo (story_id, storage_key, content_type, width, height, size_bytes, sha256,"
                        + " original_filename, shows_people, no_identifiable_face) VALUES (" + storyId + ", 'k-"
                        + UUID.randomUUID() + "', 'image/jpeg', 1600, 1200, 1000, '" + "0".repeat(64) + "', 'a.jpg',"
                        + " true, " + noFace + ") RETURNING id");
    }

    @Test
    void aChildrensStoryWithAPhotoWithoutFaceConfirmationCannotBePublished() {
        long id = submitted("孩子的照片", List.of("left-behind-children"));
        insertPhoto(id, true);
        long unconfirmed = insertPhoto(id, false);
        Answer refused = f.admin("/api/admin/stories/" + id + "/publish", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).containsEntry("rule", "face-confirmation");
        assertThat(refused.errorFields()).containsExactly("photos[1]");
        assertThat(f.status(id)).isEqualTo("submitted");
        assertThat(audits("story.published", id)).isZero();
        assertThat(f.api.get("/api/stories/" + id).status()).isEqualTo(404);

        Db.execute(dataSource, "UPDATE story_photo SET no_identifiable_face = true WHERE id = " + unconfirmed);
        Answer published = f.admin("/api/admin/stories/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(f.api.get("/api/stories/" + id).list("photos")).hasSize(2);

        long elderlyProject = f.api.createProject(org.qianshou.testing.Api.project(
                agency,
                "昭阳区困难老人关爱",
                List.of("530627"),
                List.of("elderly-in-difficulty"),
                List.of("special-groups"),
                "published"));
        long adults = submitted("老人的照片", List.of("elderly-in-difficulty"), elderlyProject);
        long adultsOnAChildrensProject = submitted("老人的照片（儿童项目）", List.of("elderly-in-difficulty"));
        // the author's and the moderator's views say which rule holds, so that the editor asks for the confirmation
        assertThat(f.get(staff, adultsOnAChildrensProject).body()).containsEntry("aboutProtectedGroup", true);
        assertThat(f.get(staff, adults).body()).containsEntry("aboutProtectedGroup", false);
        insertPhoto(adultsOnAChildrensProject, false);
        Answer refusedToo = f.admin("/api/admin/stories/" + adultsOnAChildrensProject + "/publish", Map.of());
        assertThat(refusedToo.body())
                .as("the project serves left-behind children, so the face rule holds")
                .containsEntry("rule", "face-confirmation");
        insertPhoto(adults, false);
        assertThat(f.admin("/api/admin/stories/" + adults + "/publish", Map.of())
                        .status())
                .as("the face rule is for protected groups")
                .isEqualTo(200);
    }

    /** A published opening of the agency's project, in the region, with one shift on the day. */
    long publishedOpening(long projectId, String title, String regionCode, LocalDate day) {
        Map<String, Object> opening = new LinkedHashMap<>();
        opening.put("projectId", projectId);
        opening.put("title", title);
        opening.put("description", "陪伴留守儿童读书。");
        opening.put("regionCode", regionCode);
        opening.put("meetingPlace", "社工站");
        opening.put("targetGroups", List.of("left-behind-children"));
        opening.put("category", "left-behind-children");
        opening.put("screening", "automatic");
        opening.put("signupDeadline", day.minusDays(1) + "T18:00:00+08:00");
        opening.put("contactName", "社工");
        opening.put("contactPhone", "0870 1234567");
        opening.put("shifts", List.of(Map.of("date", day.toString(), "start", "09:00", "end", "12:00", "capacity", 5)));
        Answer created =
                f.api.send(json(HttpRequest.POST("/api/organisations/" + agency + "/openings", opening), staff));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long openingId = id(created);
        Answer published = f.api.send(json(
                HttpRequest.POST("/api/organisations/" + agency + "/openings/" + openingId + "/publish", Map.of()),
                staff));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return openingId;
    }

    @Test
    void thePublicPageShowsTheProjectsOpeningsWithAShiftAhead() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        long openingId = publishedOpening(project, "周末陪伴志愿者", "530602", day);

        long id = submitted("在这里做志愿者", List.of("left-behind-children"));
        assertThat(f.admin("/api/admin/stories/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        Answer page = f.api.get("/api/stories/" + id);
        assertThat(page.list("openings"))
                .extracting(o -> ((Number) o.get("id")).longValue())
                .containsExactly(openingId);
        Map<String, Object> first = page.list("openings").get(0);
        assertThat(first.get("title")).isEqualTo("周末陪伴志愿者");
        assertThat(first.get("nextShiftStartsAt").toString())
                .startsWith(day + "T09:00")
                .endsWith("+08:00");
        assertThat(page.map("project").get("regionPath").toString()).contains("镇雄县");
    }

    @Test
    void aChildrensStoryShowsItsProjectAndOpeningsPlacesOnlyDownToTheCounty() {
        String village =
                Db.text(dataSource, "SELECT min(code) FROM region WHERE level = 'village' AND code LIKE '530627%'");
        long villageProject = f.api.createProject(Api.project(
                agency,
                "村里的留守儿童陪伴",
                List.of(village),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(12);
        publishedOpening(villageProject, "村里的周末陪伴", village, day);
        long id = submitted("村小的周末", List.of("left-behind-children"), villageProject);
        assertThat(f.admin("/api/admin/stories/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);

        Answer page = f.api.get("/api/stories/" + id);
        assertThat(page.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> projectPath =
                (List<Map<String, Object>>) page.map("project").get("regionPath");
        assertThat(projectPath)
                .extracting(r -> r.get("code"))
                .as("the project lies in a village; the children's story shows it down to the county only")
                .containsExactly("53", "5306", "530627");
        assertThat(page.list("openings")).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> openingPath =
                (List<Map<String, Object>>) page.list("openings").get(0).get("regionPath");
        assertThat(openingPath).extracting(r -> r.get("code")).containsExactly("53", "5306", "530627");
        String villageName = Db.text(dataSource, "SELECT name FROM region WHERE code = '" + village + "'");
        assertThat(page.body().toString()).doesNotContain(village, villageName);
    }
}

package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.account.PasswordHasher;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingRows;
import org.qianshou.testing.HoursFixtures;
import org.qianshou.testing.RealServices;

/**
 * Every route the application exposes, taken from the router (not a hand list), called by every
 * kind of caller: the declared rule must hold for each, staff of organisation B must never reach
 * organisation A's insides, and a route without a declared rule fails the test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT implements TestPropertyProvider {

    enum Caller {
        ANONYMOUS,
        VOLUNTEER,
        STAFF_A,
        STAFF_B,
        REVIEWER,
        ADMIN
    }

    /**
     * Who passes the object-level checks on organisation A's things (its id, documents, members,
     * invitations and draft project are in the address). Everyone else must get 403 or 404.
     */
    private static final Map<String, Set<Caller>> OBJECT_RULES = new LinkedHashMap<>();

    private static final Set<Caller> MEMBERS = EnumSet.of(Caller.STAFF_A);
    private static final Set<Caller> MEMBERS_AND_ADMIN = EnumSet.of(Caller.STAFF_A, Caller.ADMIN);
    private static final Set<Caller> OWNER_ONLY = EnumSet.noneOf(Caller.class);
    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

    static {
        // organisation A (verified): its public page is public, the rest is for insiders
        OBJECT_RULES.put("GET /api/organisations/{id}", EVERYONE);
        OBJECT_RULES.put("PUT /api/organisations/{id}", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{id}/submit", OWNER_ONLY);
        OBJECT_RULES.put("GET /api/organisations/{id}/documents", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{id}/documents", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{id}/documents/{docId}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("DELETE /api/organisations/{id}/documents/{docId}", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{id}/members", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{id}/invitations", OWNER_ONLY);
        OBJECT_RULES.put("DELETE /api/organisations/{id}/invitations/{invitationId}", OWNER_ONLY);
        OBJECT_RULES.put("DELETE /api/organisations/{id}/members/{accountId}", OWNER_ONLY);
        OBJECT_RULES.put("POST /api/organisations/{id}/transfer", OWNER_ONLY);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/projects", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/projects", MEMBERS);
        // a draft project of organisation A
        OBJECT_RULES.put("GET /api/projects/{id}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("PUT /api/projects/{id}", MEMBERS);
        OBJECT_RULES.put("POST /api/projects/{id}/publish", MEMBERS);
        OBJECT_RULES.put("POST /api/projects/{id}/close", MEMBERS);
        // a draft opening of organisation A with one shift: its organisation's routes are for members (writes need a
        // verified organisation, which A is); the public page of a draft is nobody's
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/openings", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/openings", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/openings/{id}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("PUT /api/organisations/{organisationId}/openings/{id}", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/openings/{id}/publish", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/openings/{id}/close", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/openings/{id}/cancel", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/openings/{id}/shifts", MEMBERS);
        OBJECT_RULES.put("PUT /api/organisations/{organisationId}/openings/{id}/shifts/{shiftId}", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/openings/{id}/shifts/{shiftId}/cancel", MEMBERS);
        OBJECT_RULES.put("GET /api/openings/{id}", OWNER_ONLY);
        // a published opening of organisation A and the volunteer's confirmed sign-up for its shift: the roster,
        // decisions, attendance and check-in code are its members' (the roster also administrators'); the sign-up
        // is the volunteer's own; a published shift's .ics and the volunteer's feed (by its secret token) are public
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/shifts/{shiftId}/roster", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/shifts/{shiftId}/check-in", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/shifts/{shiftId}/check-in.svg", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/signups/{id}/approve", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/signups/{id}/decline", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/signups/{id}/attendance", MEMBERS);
        OBJECT_RULES.put("POST /api/signups/{id}/cancel", EnumSet.of(Caller.VOLUNTEER));
        OBJECT_RULES.put("GET /api/shifts/{id}.ics", EVERYONE);
        OBJECT_RULES.put("GET /calendar/{token}.ics", EVERYONE);
        // hours: a shift of organisation A with the volunteer's confirmed record and certificate
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/shifts/{shiftId}/records", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("PUT /api/organisations/{organisationId}/shifts/{shiftId}/records", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/shifts/{shiftId}/records/confirm", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/disputes", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/records/{recordId}/correct", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/records.csv", MEMBERS);
        OBJECT_RULES.put("GET /api/volunteer/records/{recordId}/history", EnumSet.of(Caller.VOLUNTEER));
        OBJECT_RULES.put("POST /api/volunteer/records/{recordId}/disputes", EnumSet.of(Caller.VOLUNTEER));
        OBJECT_RULES.put("GET /api/volunteer/certificates/{code}.pdf", EnumSet.of(Caller.VOLUNTEER));
        OBJECT_RULES.put("GET /api/certificates/{code}", EVERYONE);
        // funding calls: a funder F of which STAFF_A is also a member, with a draft call (its routes name F); the
        // public
        // page and the eligibility check are of a published call of F
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/calls", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/calls", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/calls/{id}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("PUT /api/organisations/{organisationId}/calls/{id}", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/calls/{id}/publish", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/calls/{id}/close", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/calls/{id}/cancel", MEMBERS);
        OBJECT_RULES.put("GET /api/calls/{id}", EVERYONE);
        OBJECT_RULES.put("GET /api/calls/{id}/eligibility", EVERYONE);
        // awards: an accepted award of F's published call to A (its funder's routes name F, the agency's A), its
        // first tranche payable with a payment recorded by F's owner, and a pledge of F proposed by F's owner
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/calls/{callId}/awards", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/calls/{callId}/awards", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/calls/{callId}/pool", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/calls/{callId}/ledger", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/awards", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/awards/{id}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/awards/{id}/approve", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/awards/{id}/decline", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/awards/{id}/accept", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/awards/{id}/refuse", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/tranches/{trancheId}/payments", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/payments/{id}/approve", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/payments/{id}/reject", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/matches", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/matches", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/matches/{id}/approve", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/matches/{id}/decline", MEMBERS);
        // funding applications: a draft application of organisation A (to a published call of F) with an attachment,
        // whose routes are A's members'; a submitted one of A to another published call of F, with an attachment,
        // whose funder routes (they name F) are F's members'
        String applications = "/api/organisations/{organisationId}/applications";
        OBJECT_RULES.put("GET " + applications, MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST " + applications, MEMBERS);
        OBJECT_RULES.put("GET " + applications + "/{id}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("PUT " + applications + "/{id}", MEMBERS);
        OBJECT_RULES.put("POST " + applications + "/{id}/submit", MEMBERS);
        OBJECT_RULES.put("POST " + applications + "/{id}/withdraw", MEMBERS);
        OBJECT_RULES.put("GET " + applications + "/{id}/revisions", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET " + applications + "/{id}/revisions/{version}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST " + applications + "/{id}/attachments", MEMBERS);
        OBJECT_RULES.put("GET " + applications + "/{id}/attachments/{attachmentId}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("DELETE " + applications + "/{id}/attachments/{attachmentId}", MEMBERS);
        String ofCall = "/api/organisations/{organisationId}/calls/{callId}/applications";
        OBJECT_RULES.put("GET " + ofCall, MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET " + ofCall + "/{id}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET " + ofCall + "/{id}/revisions", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET " + ofCall + "/{id}/revisions/{version}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET " + ofCall + "/{id}/attachments/{attachmentId}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST " + ofCall + "/{id}/shortlist", MEMBERS);
        OBJECT_RULES.put("POST " + ofCall + "/{id}/reject", MEMBERS);
        // funding reports: a report of an award organisation A gave itself (A is the funder and the agency, so the
        // agency's and the funder's routes both reach it); public disclosure of A's published call and project
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/reports", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/reports/{reportId}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("PUT /api/organisations/{organisationId}/reports/{reportId}", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/reports/{reportId}/submit", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/reports/{reportId}/attachments", MEMBERS);
        OBJECT_RULES.put(
                "GET /api/organisations/{organisationId}/reports/{reportId}/attachments/{attachmentId}",
                MEMBERS_AND_ADMIN);
        OBJECT_RULES.put(
                "DELETE /api/organisations/{organisationId}/reports/{reportId}/attachments/{attachmentId}", MEMBERS);
        OBJECT_RULES.put(
                "GET /api/organisations/{organisationId}/funded-reports/{reportId}/attachments/{attachmentId}",
                MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/funded-reports", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/funded-reports/{reportId}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/funded-reports/{reportId}/approve", MEMBERS);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/funded-reports/{reportId}/return", MEMBERS);
        OBJECT_RULES.put("GET /api/disclosure/calls/{callId}", EVERYONE);
        OBJECT_RULES.put("GET /api/disclosure/calls/{callId}.csv", EVERYONE);
        OBJECT_RULES.put("GET /api/disclosure/projects/{projectId}", EVERYONE);
        OBJECT_RULES.put("GET /api/disclosure/projects/{projectId}.csv", EVERYONE);
        // the public picture (issue 10): a prefecture's figures and its counties' (5306 昭通市)
        OBJECT_RULES.put("GET /api/statistics/prefectures/{code}", EVERYONE);
        // review: F's reviewer candidates, F's published call with a submitted application of organisation B to which
        // the reviewer is assigned and has declared no conflict; the funder's routes are its members', an assignment
        // its reviewer's
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/reviewer-candidates", MEMBERS);
        OBJECT_RULES.put(
                "PUT /api/organisations/{organisationId}/calls/{callId}/applications/{applicationId}/reviewers",
                MEMBERS);
        OBJECT_RULES.put(
                "GET /api/organisations/{organisationId}/calls/{callId}/applications/{applicationId}/reviews", MEMBERS);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/calls/{callId}/ranking", MEMBERS);
        OBJECT_RULES.put("POST /api/reviewer/assignments/{id}/declaration", EnumSet.of(Caller.REVIEWER));
        OBJECT_RULES.put("GET /api/reviewer/assignments/{id}/application", EnumSet.of(Caller.REVIEWER));
        OBJECT_RULES.put("PUT /api/reviewer/assignments/{id}/scores", EnumSet.of(Caller.REVIEWER));
        OBJECT_RULES.put("POST /api/reviewer/assignments/{id}/submit", EnumSet.of(Caller.REVIEWER));
        // story photos: a draft story of organisation A (its members upload and choose the cover), a submitted one
        // with a photo (its members may call the photo's routes, which answer 409 without deleting anything, as the
        // routes are called more than once) and a published one whose photo anyone may fetch
        OBJECT_RULES.put("POST /api/my/stories/{id}/photos", MEMBERS);
        OBJECT_RULES.put("PUT /api/my/stories/{id}/photos/{photoId}", MEMBERS);
        OBJECT_RULES.put("DELETE /api/my/stories/{id}/photos/{photoId}", MEMBERS);
        OBJECT_RULES.put("PUT /api/my/stories/{id}/cover", MEMBERS);
        OBJECT_RULES.put("GET /api/stories/{id}/photos/{photoId}/{width}", EVERYONE);
        // stories: a submitted story of organisation A with a consent record, and a published one
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/stories", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/stories", MEMBERS);
        OBJECT_RULES.put("GET /api/my/stories/{id}", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("PUT /api/my/stories/{id}", MEMBERS);
        OBJECT_RULES.put("DELETE /api/my/stories/{id}", MEMBERS);
        OBJECT_RULES.put("POST /api/my/stories/{id}/consents", MEMBERS);
        OBJECT_RULES.put("PUT /api/my/stories/{id}/consents/{consentId}", MEMBERS);
        OBJECT_RULES.put("DELETE /api/my/stories/{id}/consents/{consentId}", MEMBERS);
        OBJECT_RULES.put("PUT /api/my/stories/{id}/justifications", MEMBERS);
        OBJECT_RULES.put("POST /api/my/stories/{id}/submit", MEMBERS);
        OBJECT_RULES.put("POST /api/my/stories/{id}/unpublish", MEMBERS);
        OBJECT_RULES.put("GET /api/stories/{id}", EVERYONE);
        // programmes: a twinning pair whose Yunnan agency is A (its pairs and support log are A's members'; writing to
        // the log is for members only); a tracked programme's public page
        OBJECT_RULES.put("GET /api/programmes/{code}", EVERYONE);
        OBJECT_RULES.put("GET /api/organisations/{organisationId}/twinning-pairs", MEMBERS_AND_ADMIN);
        OBJECT_RULES.put("POST /api/organisations/{organisationId}/twinning-pairs/{pairId}/support", MEMBERS);
        // the volunteer's own saved search
        OBJECT_RULES.put("PUT /api/me/saved-searches/{id}", EnumSet.of(Caller.VOLUNTEER));
        OBJECT_RULES.put("DELETE /api/me/saved-searches/{id}", EnumSet.of(Caller.VOLUNTEER));
        // an invitation addressed to somebody who is none of the callers
        OBJECT_RULES.put("POST /api/account/invitations/{invitationId}/accept", OWNER_ONLY);
        OBJECT_RULES.put("POST /api/account/invitations/{invitationId}/decline", OWNER_ONLY);
    }

    /** Routes that check credentials in the body: an empty body is a 401 for everyone, by design. */
    private static final Set<String> CREDENTIAL_ROUTES =
            Set.of("POST /api/auth/login", "POST /api/auth/token", "POST /api/auth/refresh");

    private static final String PASSWORD = "route-access-1";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    Api api;
    final Map<Caller, String> tokens = new HashMap<>();
    final Map<String, Object> ids = new HashMap<>();
    final AtomicInteger serial = new AtomicInteger();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("routeaccess"));
        // POST /api/admin/search/rebuild rebuilds every kind (projects, organisations, openings) while the caller
        // waits: on a busy machine that takes longer than the client's default 10 s.
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    @BeforeAll
    void fixtures() {
        api = new Api(client.toBlocking());
        tokens.put(Caller.ADMIN, api.adminToken());
        Person volunteer = account("志愿者", "volunteer");
        tokens.put(Caller.VOLUNTEER, volunteer.token);
        Person reviewer = account("评审专家", "reviewer");
        tokens.put(Caller.REVIEWER, reviewer.token);
        Person ownerA = account("甲机构负责人");
        Person staffA = account("甲机构社工");
        Person ownerB = account("乙机构负责人");
        Person staffB = account("乙机构社工");
        tokens.put(Caller.STAFF_A, staffA.token);
        tokens.put(Caller.STAFF_B, staffB.token);

        long orgA = verifiedOrganisation(ownerA, "甲社会工作服务中心");
        long orgB = verifiedOrganisation(ownerB, "乙社会工作服务中心");
        join(ownerA, orgA, staffA);
        join(ownerB, orgB, staffB);
        long docA = ((Number) upload(ownerA.token, orgA).body().get("id")).longValue();
        Answer draft = api.send(json(HttpRequest.POST("/api/organisations/" + orgA + "/projects", project()))
                .bearerAuth(staffA.token));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        Answer stranger = api.send(json(HttpRequest.POST(
                        "/api/organisations/" + orgA + "/invitations",
                        Map.of("identifier", "stranger-" + UUID.randomUUID() + "@qianshou.test")))
                .bearerAuth(ownerA.token));
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(202);
        long invitation = Db.count(
                dataSource,
                "SELECT max(id) FROM organisation_invitation WHERE organisation_id = " + orgA
                        + " AND accepted_at IS NULL");

        long projectA = ((Number) draft.body().get("id")).longValue();
        Answer opening = api.send(json(HttpRequest.POST("/api/organisations/" + orgA + "/openings", opening(projectA)))
                .bearerAuth(staffA.token));
        assertThat(opening.status()).as(opening.toString()).isEqualTo(201);
        hours(orgA, staffA, volunteer);

        ids.put("organisation", orgA);
        ids.put("project", projectA);
        ids.put("opening", ((Number) opening.body().get("id")).longValue());
        ids.put("shift", ((Number) opening.list("shifts").get(0).get("id")).longValue());
        ids.put("docId", docA);
        ids.put("invitationId", invitation);
        ids.put("accountId", ownerA.id);
        ids.put("staffAccount", staffA.id);
        ids.put("orgB", orgB);
        // an administrators' synonym group of the search, for DELETE /api/admin/search/synonyms/{id}
        Answer synonyms = api.adminPost("/api/admin/search/synonyms", Map.of("words", List.of("路由测试甲", "路由测试乙")));
        assertThat(synonyms.status()).isEqualTo(201);
        ids.put("synonym", ((Number) synonyms.body().get("id")).longValue());
        signupFixtures(staffA, orgA, projectA, volunteer);
        ids.put("volunteerAccount", volunteer.id);
        funding(orgA, ownerA, staffA);
        fundingFixtures(staffA);
        reviewFixtures(staffA, orgB, staffB, reviewer);
        storyPhotoFixtures(staffA, orgA, projectA);
        storyFixtures(staffA, orgA, projectA);
        programmeFixtures(orgA);
    }

    /** Stories of organisation A with a photo each: a draft, a submitted and a published one (rows as sty writes them). */
    private void storyPhotoFixtures(Person staffA, long orgA, long projectA) {
        for (String which : List.of("draftStory", "lockedStory", "publishedStory")) {
            long story = Db.count(
                    dataSource,
                    "INSERT INTO story (organisation_id, project_id, title, region_code) VALUES (" + orgA + ", "
                            + projectA + ", '路由测试案例', '530627') RETURNING id");
            java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
            try {
                javax.imageio.ImageIO.write(
                        new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB),
                        "jpeg",
                        jpeg);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Answer photo = api.send(HttpRequest.POST(
                            "/api/my/stories/" + story + "/photos",
                            MultipartBody.builder()
                                    .addPart("file", "a.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg.toByteArray())
                                    .build())
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .bearerAuth(staffA.token));
            assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
            ids.put(which, story);
            ids.put(which + "Photo", ((Number) photo.body().get("id")).longValue());
        }
        Db.execute(
                dataSource,
                "UPDATE story SET status = 'published', published_at = now() WHERE id = " + ids.get("publishedStory"));
        Db.execute(
                dataSource,
                "UPDATE story SET status = 'submitted', submitted_at = now() WHERE id = " + ids.get("lockedStory"));
    }

    /**
     * Organisation A's stories: a submitted one with a consent record (the author's routes answer 400 or 409 on it and
     * never delete it) and a published one (its public page).
     */
    private void storyFixtures(Person staffA, long orgA, long projectA) {
        long submitted = story(staffA, orgA, projectA, "路由测试故事");
        Answer consent = api.send(json(HttpRequest.POST(
                        "/api/my/stories/" + submitted + "/consents",
                        Map.of(
                                "personLabel", "小雨",
                                "minor", true,
                                "givenBy", "guardian",
                                "givenByRelation", "奶奶",
                                "method", "written",
                                "givenOn", "2026-01-05")))
                .bearerAuth(staffA.token));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        submitStory(staffA, submitted);
        long published = story(staffA, orgA, projectA, "路由测试已发布故事");
        Answer second = api.send(json(HttpRequest.POST(
                        "/api/my/stories/" + published + "/consents",
                        Map.of(
                                "personLabel", "奶奶",
                                "minor", false,
                                "givenBy", "self",
                                "method", "oral-recorded",
                                "givenOn", "2026-01-05")))
                .bearerAuth(staffA.token));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        submitStory(staffA, published);
        Answer publish = api.adminPost("/api/admin/stories/" + published + "/publish", Map.of());
        assertThat(publish.status()).as(publish.toString()).isEqualTo(200);
        ids.put("story", submitted);
        ids.put("consentId", ((Number) consent.body().get("id")).longValue());
        ids.put("storyPublished", published);
    }

    private long story(Person author, long organisationId, long projectId, String title) {
        Answer created = api.send(json(HttpRequest.POST(
                        "/api/organisations/" + organisationId + "/stories",
                        Map.of(
                                "projectId",
                                projectId,
                                "title",
                                title,
                                "bodyHtml",
                                "<p>小雨在社工的陪伴下度过了暑假。</p>",
                                "regionCode",
                                "530627",
                                "targetGroups",
                                List.of("left-behind-children"))))
                .bearerAuth(author.token));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((Number) created.body().get("id")).longValue();
    }

    private void submitStory(Person author, long storyId) {
        Answer current = api.send(HttpRequest.GET("/api/my/stories/" + storyId).bearerAuth(author.token));
        Answer submitted = api.send(json(HttpRequest.POST(
                        "/api/my/stories/" + storyId + "/submit",
                        Map.of("version", current.body().get("version"))))
                .bearerAuth(author.token));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    /** A twinning pair of organisation A, a university partnership, a dispatch and a designation of A's project. */
    private void programmeFixtures(long orgA) {
        ids.put(
                "twinningPair",
                Db.count(
                        dataSource,
                        "INSERT INTO twinning_pair (partner_name, partner_province, partner_city,"
                                + " agency_organisation_id, start_date) VALUES ('路由测试伙伴', '上海市', '上海市', "
                                + orgA + ", '2018-01-01') RETURNING id"));
        ids.put(
                "partnership",
                Db.count(
                        dataSource,
                        "INSERT INTO university_partnership (university_name, county_code, start_date)"
                                + " VALUES ('路由测试大学', '530627', '2018-01-01') RETURNING id"));
        ids.put(
                "dispatch",
                Db.count(
                        dataSource,
                        "INSERT INTO talent_dispatch (region_code, qualification_level, workers, start_date)"
                                + " SELECT code, 'assistant', 3, '2019-01-01' FROM region WHERE level = 'township'"
                                + " ORDER BY code LIMIT 1 RETURNING id"));
        ids.put(
                "designation",
                Db.count(
                        dataSource,
                        "INSERT INTO demonstration_designation (project_id, year, category) VALUES ("
                                + ids.get("publishedProject") + ", 2020, 'b') RETURNING id"));
    }

    /** A verified funder F with STAFF_A among its members, a draft call of F and a published one. */
    private void fundingFixtures(Person staffA) {
        FundingFixtures funding = new FundingFixtures(context, api);
        FundingFixtures.Funder funder = funding.funder("路由测试基金会");
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + funder.id() + ", "
                        + staffA.id + ", 'staff')");
        ids.put("funder", funder.id());
        ids.put("call", funding.draftCall(funder, FundingFixtures.callRequest("路由测试征集草稿")));
        ids.put("publishedCall", funding.publishedCall(funder, "路由测试已发布征集"));
        applicationFixtures(staffA, funding, funder);
        awardFixtures(funder, staffA);
    }

    /**
     * Organisation A's applications: a submitted one to F's published call and a draft (saved once) to another
     * published call of F, each with an attachment.
     */
    private void applicationFixtures(Person staffA, FundingFixtures funding, FundingFixtures.Funder funder) {
        long orgA = (long) ids.get("organisation");
        String base = "/api/organisations/" + orgA + "/applications";
        long draftCall = funding.publishedCall(funder, "路由测试申请征集");
        long draft = startApplication(staffA, base, draftCall);
        ids.put("draftApplication", draft);
        ids.put("draftAttachment", attach(staffA, base + "/" + draft));
        long draftVersion = ((Number)
                        api.send(HttpRequest.GET(base + "/" + draft).bearerAuth(staffA.token))
                                .body()
                                .get("version"))
                .longValue();
        Answer saved =
                api.send(json(HttpRequest.PUT(base + "/" + draft, Map.of("title", "路由测试草稿", "version", draftVersion)))
                        .bearerAuth(staffA.token));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        ids.put("draftVersion", ((Number) saved.body().get("version")).longValue());

        long submitted = startApplication(staffA, base, (long) ids.get("publishedCall"));
        ids.put("submittedApplication", submitted);
        ids.put("submittedAttachment", attach(staffA, base + "/" + submitted));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", ids.get("project"));
        body.put("title", "路由测试申请");
        body.put("need", "需求");
        body.put("objectives", "目标");
        body.put("activities", "活动");
        body.put("beneficiaries", "留守儿童");
        body.put("beneficiaryCount", 10);
        body.put("periodFrom", "2027-01-01");
        body.put("periodTo", "2027-06-30");
        body.put("budgetLines", List.of(Map.of("category", "activities", "description", "活动", "amountFen", 100_000)));
        body.put("indicators", List.of(Map.of("name", "受益人数", "unit", "人", "target", 10)));
        body.put(
                "version",
                ((Number) api.send(HttpRequest.GET(base + "/" + submitted).bearerAuth(staffA.token))
                                .body()
                                .get("version"))
                        .longValue());
        Answer complete =
                api.send(json(HttpRequest.PUT(base + "/" + submitted, body)).bearerAuth(staffA.token));
        assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
        ids.put("submittedVersion", ((Number) complete.body().get("version")).longValue());
        Answer submit = api.send(json(HttpRequest.POST(
                        base + "/" + submitted + "/submit", Map.of("version", ids.get("submittedVersion"))))
                .bearerAuth(staffA.token));
        assertThat(submit.status()).as(submit.toString()).isEqualTo(200);
        // the funder reads the revision of the submission (never an autosave)
        ids.put("funderVersion", ((Number) submit.body().get("version")).longValue());
    }

    private long startApplication(Person staff, String base, long callId) {
        Answer started =
                api.send(json(HttpRequest.POST(base, Map.of("callId", callId))).bearerAuth(staff.token));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return ((Number) started.body().get("id")).longValue();
    }

    private long attach(Person staff, String application) {
        Answer attached = api.send(HttpRequest.POST(
                        application + "/attachments",
                        MultipartBody.builder()
                                .addPart("file", "预算.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(staff.token));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        return ((Number) attached.body().get("id")).longValue();
    }

    /**
     * An accepted award of F's published call to organisation A for its submitted application (written directly: this
     * test is about who may call a route), its payable first tranche with a payment F's owner recorded, and a pledge of F its owner proposed: so
     * STAFF_A, a member of both, is never the proposer a four-eyes rule would refuse.
     */
    private void awardFixtures(FundingFixtures.Funder funder, Person staffA) {
        long call = (long) ids.get("publishedCall");
        long owner = funder.first().id();
        long application = (long) ids.get("submittedApplication");
        long award = Db.count(
                dataSource,
                "INSERT INTO funding_award (call_id, application_id, funder_organisation_id, organisation_id,"
                        + " project_id, amount_fen, status, proposed_by, decided_by, decided_at, accepted_by,"
                        + " accepted_at) VALUES (" + call + ", " + application + ", " + funder.id() + ", "
                        + ids.get("organisation") + ", " + ids.get("project") + ", 1000000, 'accepted', " + owner
                        + ", " + funder.second().id() + ", now(), " + staffA.id + ", now()) RETURNING id");
        long tranche = Db.count(
                dataSource,
                "INSERT INTO funding_tranche (award_id, seq, amount_fen, status, payable_at) VALUES (" + award
                        + ", 1, 1000000, 'payable', now()) RETURNING id");
        ids.put("award", award);
        ids.put("tranche", tranche);
        ids.put(
                "payment",
                Db.count(
                        dataSource,
                        "INSERT INTO funding_payment (tranche_id, funder_organisation_id, amount_fen,"
                                + " external_reference, idempotency_key, paid_on, recorded_by) VALUES (" + tranche
                                + ", " + funder.id() + ", 1000, 'ROUTE-1', 'route-1', current_date, " + owner
                                + ") RETURNING id"));
        ids.put(
                "match",
                Db.count(
                        dataSource,
                        "INSERT INTO funding_match (call_id, organisation_id, cap_fen, proposed_by) VALUES (" + call
                                + ", " + funder.id() + ", 1000000, " + owner + ") RETURNING id"));
    }

    @Test
    void everyRouteDeclaresWhoMayCallIt() {
        List<String> undeclared = routes().stream()
                .filter(r -> !r.getAnnotationMetadata().hasAnnotation(Secured.class)
                        && !r.getAnnotationMetadata().hasStereotype(Endpoint.class))
                .map(RouteAccessIT::key)
                .toList();
        assertThat(undeclared).as("routes without @Secured").isEmpty();
        assertThat(routes()).as("the router lists the application's routes").hasSizeGreaterThan(40);
    }

    @Test
    void theBenchmarkEndpointsAreAbsentWithoutTheirFlag() {
        assertThat(routes())
                .as("routes under /api/bench without QIANSHOU_BENCH_ENDPOINTS")
                .map(RouteAccessIT::key)
                .noneMatch(k -> k.contains(" /api/bench"));
        for (String path : List.of(
                "/api/bench/bare",
                "/api/bench/projects/engine-request?region=5306",
                "/api/bench/projects/postgres-search?region=5306")) {
            for (Caller caller : List.of(Caller.ANONYMOUS, Caller.ADMIN)) {
                MutableHttpRequest<?> request = HttpRequest.GET(path);
                if (caller == Caller.ADMIN) {
                    request.bearerAuth(tokens.get(Caller.ADMIN));
                }
                assertThat(api.send(request).status())
                        .as(caller + " GET " + path)
                        .isEqualTo(404);
            }
        }
    }

    @Test
    void theObjectLevelTableNamesOnlyRoutesThatExistAndCoversEveryOrganisationOwnedAddress() {
        Set<String> keys = new TreeSet<>();
        routes().forEach(r -> keys.add(key(r)));
        assertThat(keys).containsAll(OBJECT_RULES.keySet());
        List<String> uncovered = keys.stream()
                .filter(k -> !k.contains(" /api/regions") && !k.contains("/api/admin/") && !k.contains(" /health"))
                .map(RouteAccessIT::asGet)
                .filter(k -> k.contains("{"))
                .filter(k -> !OBJECT_RULES.containsKey(k))
                .toList();
        assertThat(uncovered)
                .as("routes with an object in the address but no object-level rule")
                .isEmpty();
    }

    @Test
    void everyRouteHoldsItsRuleForEveryKindOfCaller() {
        List<String> failures = new ArrayList<>();
        // Deletions last, so that they do not remove what other routes are called on.
        List<UriRouteInfo<?, ?>> ordered = new ArrayList<>(routes());
        ordered.sort(Comparator.comparing((UriRouteInfo<?, ?> r) -> "DELETE".equals(r.getHttpMethodName()))
                .thenComparing(RouteAccessIT::key));
        int checked = 0;
        for (UriRouteInfo<?, ?> route : ordered) {
            if (route.getAnnotationMetadata().hasStereotype(Endpoint.class)) {
                continue;
            }
            String key = key(route);
            if (key.equals("POST /api/auth/logout")) {
                continue; // would end the callers' sessions; AuthIT covers it
            }
            String[] rule = route.getAnnotationMetadata().stringValues(Secured.class);
            for (Caller caller : Caller.values()) {
                if (caller == Caller.ADMIN && key.equals("PUT /api/admin/accounts/{id}/roles")) {
                    continue; // would change a caller's roles mid-test; AdminAccountsIT covers it
                }
                int status = call(route, caller);
                checked++;
                String who = key + " as " + caller + " → " + status;
                boolean routeAllows = allows(rule, caller);
                if (!routeAllows) {
                    int expected = caller == Caller.ANONYMOUS ? 401 : 403;
                    if (status != expected) {
                        failures.add(who + " (route rule " + String.join(",", rule) + ": expected " + expected + ")");
                    }
                    continue;
                }
                Set<Caller> objectRule = OBJECT_RULES.get(asGet(key));
                if (objectRule != null && !objectRule.contains(caller)) {
                    if (status != 403 && status != 404) {
                        failures.add(who + " (not allowed on organisation A's object: expected 403 or 404)");
                    }
                    continue;
                }
                boolean credentials = CREDENTIAL_ROUTES.contains(key) && status == 401;
                if ((status == 401 || status == 403 || (objectRule != null && status == 404)) && !credentials) {
                    failures.add(who + " (allowed: must not be refused)");
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(failures).as("route × caller violations").isEmpty();
    }

    @Test
    void staffOfAnotherOrganisationNeverSeesThisOnesDraftsMembersDocumentsOrProjects() {
        long orgA = (long) ids.get("organisation");
        String b = tokens.get(Caller.STAFF_B);
        Answer draft = api.send(json(HttpRequest.POST("/api/organisations/" + orgA + "/projects", project()))
                .bearerAuth(tokens.get(Caller.STAFF_A)));
        assertThat(draft.status()).isEqualTo(201);
        long draftId = ((Number) draft.body().get("id")).longValue();
        for (String path : List.of(
                "/api/organisations/" + orgA + "/members",
                "/api/organisations/" + orgA + "/documents",
                "/api/organisations/" + orgA + "/documents/" + ids.get("docId"),
                "/api/organisations/" + orgA + "/projects",
                "/api/projects/" + draftId)) {
            Answer answer = api.send(HttpRequest.GET(path).bearerAuth(b));
            assertThat(answer.status()).as(path).isIn(403, 404);
            assertThat(answer.body().toString()).as(path).doesNotContain("甲机构社工");
        }
        Map<String, Object> changed = project();
        changed.put("title", "乙机构改写");
        Answer edit = api.send(
                json(HttpRequest.PUT("/api/projects/" + draftId, changed)).bearerAuth(b));
        assertThat(edit.status()).isIn(403, 404);
        Answer publish = api.send(json(HttpRequest.POST("/api/projects/" + draftId + "/publish", Map.of()))
                .bearerAuth(b));
        assertThat(publish.status()).isIn(403, 404);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM project WHERE title = '乙机构改写'"))
                .isZero();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM project WHERE id = " + draftId + " AND status = 'draft'"))
                .isEqualTo(1);
    }

    // ---- calling one route as one caller

    private int call(UriRouteInfo<?, ?> route, Caller caller) {
        String key = key(route);
        if (key.equals("DELETE /api/organisations/{organisationId}/reports/{reportId}/attachments/{attachmentId}")
                && OBJECT_RULES.get(key).contains(caller)) {
            // the route is listed more than once and an allowed deletion removes the attachment: each gets its own
            ids.put(
                    "reportAttachment",
                    attach(
                            new Person(0, "", tokens.get(caller)),
                            "/api/organisations/" + ids.get("organisation") + "/reports/" + ids.get("report")));
        }
        String path = expand(route);
        HttpMethod method = HttpMethod.parse(route.getHttpMethodName());
        MutableHttpRequest<?> request;
        boolean multipart = route.getAnnotationMetadata()
                .stringValue(io.micronaut.http.annotation.Consumes.class)
                .filter(MediaType.MULTIPART_FORM_DATA::equals)
                .isPresent();
        if (method == HttpMethod.GET || method == HttpMethod.DELETE || method == HttpMethod.HEAD) {
            request = HttpRequest.create(method, path);
        } else if (multipart || key.endsWith("/documents")) {
            request = HttpRequest.create(method, path)
                    .body(MultipartBody.builder()
                            .addPart("file", "证书.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                            .addPart("kind", "other")
                            .build())
                    .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else {
            request = HttpRequest.create(method, path).body(Map.of()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        String token = tokens.get(caller);
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return client.toBlocking().exchange(request, byte[].class).code();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.code();
        }
    }

    private String expand(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toPathString();
        Map<String, Object> values = new HashMap<>();
        for (String variable : route.getUriMatchTemplate().getVariableNames()) {
            values.put(variable, value(template, variable));
        }
        return route.getUriMatchTemplate().expand(values);
    }

    private Object value(String template, String variable) {
        return switch (variable) {
            case "organisationId" ->
                template.contains("/calls")
                                || template.contains("/reviewer-candidates")
                                || template.matches(".*/(tranches|payments|matches).*")
                                || template.matches(".*/awards/\\{id}/(approve|decline)")
                        ? ids.get("funder")
                        : ids.get("organisation");
            case "trancheId" -> ids.get("tranche");
            case "docId" -> ids.get("docId");
            case "invitationId" -> ids.get("invitationId");
            case "accountId" -> ids.get("staffAccount");
            case "code" ->
                template.contains("/certificates/")
                        ? ids.get("certificate")
                        : template.startsWith("/api/programmes/") ? "twinning" : "5306";
            case "pairId" -> ids.get("twinningPair");
            case "partnershipId" -> ids.get("partnership");
            case "dispatchId" -> ids.get("dispatch");
            case "designationId" -> ids.get("designation");
            case "shiftId" -> ids.get("shift");
            case "callId" ->
                template.startsWith("/api/disclosure/") ? ids.get("disclosedCall") : ids.get("publishedCall");
            case "applicationId" -> ids.get("reviewApplication");
            case "attachmentId" ->
                template.contains("reports/")
                        ? ids.get("reportAttachment")
                        : template.contains("/calls/") ? ids.get("submittedAttachment") : ids.get("draftAttachment");
            case "version" -> template.contains("/calls/") ? ids.get("funderVersion") : ids.get("draftVersion");
            case "recordId" -> ids.get("record");
            case "token" -> ids.get("calendarToken");
            case "reportId" -> ids.get("report");
            case "projectId" -> ids.get("publishedProject");
            case "consentId" -> ids.get("consentId");
            case "photoId" ->
                template.startsWith("/api/stories/") ? ids.get("publishedStoryPhoto") : ids.get("lockedStoryPhoto");
            case "width" -> "320";

            case "id" -> {
                if (template.startsWith("/api/my/stories/{id}/photos/")) {
                    yield ids.get("lockedStory");
                }
                if (template.startsWith("/api/my/stories/{id}/consents")) {
                    yield ids.get("story");
                }
                if (template.startsWith("/api/my/stories/{id}/")) {
                    yield ids.get("draftStory");
                }
                if (template.startsWith("/api/stories/{id}/photos/")) {
                    yield ids.get("publishedStory");
                }
                if (template.equals("/api/stories/{id}")) {
                    yield ids.get("storyPublished");
                }
                if (template.startsWith("/api/my/stories/") || template.startsWith("/api/admin/stories/")) {
                    yield ids.get("story");
                }
                if (template.startsWith("/api/reviewer/assignments/")) {
                    yield ids.get("reviewAssignment");
                }
                if (template.contains("/applications/{id}")) {
                    yield template.contains("/calls/") ? ids.get("submittedApplication") : ids.get("draftApplication");
                }
                if (template.contains("/signups/{id}")) {
                    yield ids.get("signup");
                }
                if (template.startsWith("/api/shifts/")) {
                    yield ids.get("publishedShift");
                }
                if (template.contains("/openings/{id}")) {
                    yield ids.get("opening");
                }
                if (template.contains("/awards/{id}")) {
                    yield ids.get("award");
                }
                if (template.contains("/payments/{id}")) {
                    yield ids.get("payment");
                }
                if (template.contains("/matches/{id}")) {
                    yield ids.get("match");
                }
                if (template.startsWith("/api/calls/")) {
                    yield ids.get("publishedCall");
                }
                if (template.contains("/calls/{id}")) {
                    yield ids.get("call");
                }
                if (template.startsWith("/api/organisations") || template.startsWith("/api/admin/organisations")) {
                    yield ids.get("organisation");
                }
                if (template.startsWith("/api/projects") || template.startsWith("/api/admin/projects")) {
                    yield ids.get("project");
                }
                if (template.startsWith("/api/me/saved-searches/")) {
                    // A fresh saved search of the volunteer's for every call: the volunteer's DELETE removes it.
                    yield Db.count(
                            dataSource,
                            "INSERT INTO saved_search (account_id, name, kind, query, frequency) VALUES ("
                                    + ids.get("volunteerAccount")
                                    + ", '留守儿童', 'project', 'q=%E7%95%99%E5%AE%88', 'never') RETURNING id");
                }
                if (template.startsWith("/api/admin/accounts")) {
                    yield ids.get("staffAccount");
                }
                if (template.startsWith("/api/admin/search/synonyms/")) {
                    yield ids.get("synonym");
                }
                throw new AssertionError("no fixture for {id} in " + template + ": add one to RouteAccessIT");
            }
            default ->
                throw new AssertionError(
                        "no fixture for {" + variable + "} in " + template + ": add one to RouteAccessIT");
        };
    }

    private static boolean allows(String[] rule, Caller caller) {
        for (String value : rule) {
            if (SecurityRule.IS_ANONYMOUS.equals(value)) {
                return true;
            }
            if (caller == Caller.ANONYMOUS) {
                continue;
            }
            if (SecurityRule.IS_AUTHENTICATED.equals(value)) {
                return true;
            }
            if (value.equals(Roles.ADMIN) && caller == Caller.ADMIN
                    || value.equals(Roles.REVIEWER) && caller == Caller.REVIEWER
                    || value.equals(Roles.VOLUNTEER) && caller == Caller.VOLUNTEER) {
                return true;
            }
        }
        return false;
    }

    private List<UriRouteInfo<?, ?>> routes() {
        return router.uriRoutes().toList();
    }

    /** HEAD routes answer like their GET twins. */
    private static String asGet(String key) {
        return key.startsWith("HEAD ") ? "GET " + key.substring(5) : key;
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }

    // ---- fixtures through the real API

    private record Person(long id, String email, String token) {}

    private Person account(String name, String... roles) {
        String email = "route-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        Db.execute(
                dataSource,
                "INSERT INTO account (display_name, email, password_hash) VALUES ('" + name + "', '" + email + "', '"
                        + hasher.hash(PASSWORD) + "')");
        long id = Db.count(dataSource, "SELECT id FROM account WHERE email = '" + email + "'");
        for (String role : roles) {
            Db.execute(dataSource, "INSERT INTO account_role (account_id, role) VALUES (" + id + ", '" + role + "')");
        }
        // Not through POST /api/auth/token: its per-address limit (30 a minute) is shared by every test.
        return new Person(id, email, Accounts.bearerToken(context, id, roles));
    }

    /**
     * A published opening of organisation A and the volunteer's confirmed sign-up for its shift (written directly:
     * this test is about who may call a route, not about sign-ups; the volunteer's profile is made by
     * {@link #hours}), and the volunteer's calendar token.
     */
    private void signupFixtures(Person staffA, long orgA, long projectA, Person volunteer) {
        Answer published =
                api.send(json(HttpRequest.POST("/api/organisations/" + orgA + "/openings", opening(projectA)))
                        .bearerAuth(staffA.token));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        long openingId = ((Number) published.body().get("id")).longValue();
        Answer publish = api.send(
                json(HttpRequest.POST("/api/organisations/" + orgA + "/openings/" + openingId + "/publish", Map.of()))
                        .bearerAuth(staffA.token));
        assertThat(publish.status()).as(publish.toString()).isEqualTo(200);
        long shiftId = ((Number) published.list("shifts").get(0).get("id")).longValue();
        Db.execute(
                dataSource,
                "INSERT INTO signup (shift_id, volunteer_account_id, status) VALUES (" + shiftId + ", " + volunteer.id
                        + ", 'confirmed')");
        ids.put("publishedShift", shiftId);
        ids.put("signup", Db.count(dataSource, "SELECT max(id) FROM signup"));
        Answer calendar = api.send(HttpRequest.GET("/api/volunteer/calendar").bearerAuth(volunteer.token));
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        String url = (String) calendar.body().get("url");
        ids.put("calendarToken", url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length()));
    }

    /**
     * A submitted application of organisation B to F's published call, and the reviewer's assignment to it with no
     * conflict declared (written directly: the review routes' own tests build these through the API).
     */
    private void reviewFixtures(Person staffA, long orgB, Person staffB, Person reviewer) {
        long call = (long) ids.get("publishedCall");
        long application = Db.count(
                dataSource,
                "INSERT INTO funding_application (call_id, organisation_id, status, title, submitted_at, created_by)"
                        + " VALUES (" + call + ", " + orgB + ", 'submitted', '路由测试申请', now(), " + staffB.id
                        + ") RETURNING id");
        long assignment = Db.count(
                dataSource,
                "INSERT INTO funding_review_assignment (call_id, application_id, stage, reviewer_account_id,"
                        + " assigned_by, declaration, declared_at) VALUES (" + call + ", " + application + ", 'full', "
                        + reviewer.id + ", " + staffA.id + ", 'none', now()) RETURNING id");
        ids.put("reviewApplication", application);
        ids.put("reviewAssignment", assignment);
    }

    private static Map<String, Object> opening(long projectId) {
        java.time.LocalDate day =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("title", "甲机构的志愿岗位");
        body.put("description", "陪伴留守儿童读书。");
        body.put("regionCode", "530627");
        body.put("meetingPlace", "镇雄县乌峰镇");
        body.put("targetGroups", List.of("left-behind-children"));
        body.put("category", "left-behind-children");
        body.put("skills", List.of("tutoring"));
        body.put("screening", "automatic");
        body.put("signupDeadline", day.minusDays(1) + "T18:00:00+08:00");
        body.put("contactName", "甲机构社工");
        body.put("contactPhone", "0870-1234567");
        body.put("shifts", List.of(Map.of("date", day.toString(), "start", "09:00", "end", "12:00", "capacity", 5)));
        return body;
    }

    private long verifiedOrganisation(Person owner, String name) {
        String first17 = "52530000MJ" + String.format("%07d", 9_000_000 + serial.incrementAndGet());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "agency");
        body.put("subtype", "social-work-agency");
        body.put("creditCode", first17 + org.qianshou.organisation.CreditCodes.checkCharacter(first17));
        body.put("legalRepresentative", "张法人");
        body.put("registeredRegionCode", "5306");
        body.put("serviceRegionCodes", List.of("530627"));
        body.put("targetGroups", List.of("left-behind-children"));
        body.put("serviceCategories", List.of("left-behind-children"));
        body.put("description", name + "：为留守儿童提供关爱保护服务。");
        body.put("socialWorkers", Map.of("assistant", 1, "intermediate", 1, "senior", 0));
        Answer created =
                api.send(json(HttpRequest.POST("/api/organisations", body)).bearerAuth(owner.token));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((Number) created.body().get("id")).longValue();
        assertThat(upload(owner.token, id).status()).isEqualTo(201);
        assertThat(api.send(json(HttpRequest.POST("/api/organisations/" + id + "/submit", Map.of()))
                                .bearerAuth(owner.token))
                        .status())
                .isEqualTo(200);
        Answer verified = api.send(
                json(HttpRequest.POST("/api/admin/organisations/" + id + "/decision", Map.of("decision", "verify")))
                        .bearerAuth(api.adminToken()));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return id;
    }

    /** A shift of the organisation, the volunteer's confirmed record of it and a certificate over that record. */
    private void hours(long organisation, Person staff, Person volunteer) {
        HoursFixtures fixtures = new HoursFixtures(context, api);
        HoursFixtures.Person staffPerson = new HoursFixtures.Person(staff.id, staff.token);
        HoursFixtures.Person volunteerPerson = new HoursFixtures.Person(volunteer.id, volunteer.token);
        fixtures.profile(volunteerPerson, "志愿者", HoursFixtures.idNumber());
        long shift = fixtures.shift(
                new HoursFixtures.Agency(organisation, staffPerson),
                "路由测试活动",
                "2026-12-05T09:00:00+08:00",
                "2026-12-05T12:00:00+08:00");
        long signup = fixtures.signup(shift, volunteerPerson, "attended");
        String base = "/api/organisations/" + organisation + "/shifts/" + shift + "/records";
        client.toBlocking()
                .exchange(json(HttpRequest.PUT(
                                base, Map.of("entries", List.of(Map.of("signupId", signup, "minutes", 180)))))
                        .bearerAuth(staff.token));
        long record = Db.count(dataSource, "SELECT id FROM service_record WHERE signup_id = " + signup);
        client.toBlocking()
                .exchange(json(HttpRequest.POST(base + "/confirm", Map.of("recordIds", List.of(record))))
                        .bearerAuth(staff.token));
        Answer certificate =
                api.send(json(HttpRequest.POST("/api/volunteer/certificates", Map.of("organisationId", organisation)))
                        .bearerAuth(volunteer.token));
        assertThat(certificate.status()).as(certificate.toString()).isEqualTo(201);
        ids.put("record", record);
        ids.put("certificate", certificate.body().get("code"));
    }

    /**
     * A published call of organisation A, A's published project with an accepted award of A's own call (the funding
     * rows written directly: this test is about who may call a route) and one report of that award, with an attachment.
     */
    private void funding(long orgA, Person ownerA, Person staffA) {
        FundingRows rows = new FundingRows(context, api);
        FundingRows.Org a = new FundingRows.Org(
                orgA,
                "甲社会工作服务中心",
                new FundingRows.Member(ownerA.id, "", "", "", ownerA.token),
                new FundingRows.Member(staffA.id, "", "", "", staffA.token));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long project = rows.project(a, "甲机构的公开项目");
        long call = rows.call(a, "甲机构的资助计划", 10_000_000, 3, new int[] {5000, 5000}, today.plusDays(90));
        long application = rows.application(
                a, call, project, today, today.plusDays(180), new FundingRows.Line("activities", 1_000_000));
        FundingRows.Award award = rows.award(a, call, application, 1_000_000, "accepted");
        Db.execute(
                dataSource,
                "INSERT INTO funding_report (award_id, tranche_id, kind, seq, period_from, period_to, due_on) VALUES ("
                        + award.id() + ", " + award.tranches().get(1) + ", 'progress', 1, '" + today + "', '"
                        + today.plusDays(90) + "', '" + today.plusDays(90) + "')");
        ids.put("report", Db.count(dataSource, "SELECT id FROM funding_report WHERE award_id = " + award.id()));
        ids.put("reportAttachment", attach(staffA, "/api/organisations/" + orgA + "/reports/" + ids.get("report")));
        ids.put("disclosedCall", call);
        ids.put("publishedProject", project);
    }

    private void join(Person owner, long organisation, Person staff) {
        Answer invited = api.send(json(HttpRequest.POST(
                        "/api/organisations/" + organisation + "/invitations", Map.of("identifier", staff.email)))
                .bearerAuth(owner.token));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(202);
        List<Map<String, Object>> pending = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/account/invitations").bearerAuth(staff.token),
                        io.micronaut.core.type.Argument.listOf(
                                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(pending).hasSize(1);
        Answer accepted = api.send(json(HttpRequest.POST(
                        "/api/account/invitations/" + pending.get(0).get("id") + "/accept", Map.of()))
                .bearerAuth(staff.token));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    }

    private Answer upload(String token, long organisation) {
        return api.send(HttpRequest.POST(
                        "/api/organisations/" + organisation + "/documents",
                        MultipartBody.builder()
                                .addPart("file", "登记证书.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                                .addPart("kind", "registration-certificate")
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token));
    }

    private static Map<String, Object> project() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "行为测试项目");
        body.put("description", "路由权限测试用的草稿项目。");
        body.put("regionCodes", List.of("530627"));
        body.put("targetGroups", List.of("left-behind-children"));
        body.put("serviceCategories", List.of("left-behind-children"));
        body.put("programme", "demonstration");
        body.put("startDate", "2026-01-01");
        body.put("endDate", "2026-12-31");
        body.put("budgetFen", 100_000);
        return body;
    }

    private static <T> MutableHttpRequest<T> json(MutableHttpRequest<T> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}

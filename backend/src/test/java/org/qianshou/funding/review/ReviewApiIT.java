package org.qianshou.funding.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingFixtures.Agency;
import org.qianshou.testing.FundingFixtures.Funder;
import org.qianshou.testing.FundingFixtures.Person;
import org.qianshou.testing.RealServices;
import org.qianshou.testing.ReviewFixtures;

/**
 * Review end to end over HTTP against the real database: assignment (never a member of the applying agency),
 * the declaration before anything is shown, a conflicted reviewer refused for ever and the application flagged for
 * reassignment, blind review, scores in the call's range, and the ranking's weighted score, spread and rank.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    static final String AGENCY = "镇雄县评审测试社工中心";
    static final String OTHER_AGENCY = "彝良县评审测试社工中心";

    Api api;
    FundingFixtures funding;
    ReviewFixtures fixtures;
    Funder funder;
    Agency agency;
    Agency otherAgency;
    Person reviewer1;
    Person reviewer2;
    Person reviewer3;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("reviewapi");
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        funding = new FundingFixtures(context, api);
        fixtures = new ReviewFixtures(context, funding);
        funder = funding.funder("云南省评审测试基金会");
        agency = funding.agency(AGENCY, FundingFixtures.ZHENXIONG);
        otherAgency = funding.agency(OTHER_AGENCY, "530628");
        reviewer1 = funding.account("评审专家甲", "reviewer");
        reviewer2 = funding.account("评审专家乙", "reviewer");
        reviewer3 = funding.account("评审专家丙", "reviewer");
    }

    // ---- declaration and conflicts

    @Test
    void aReviewerSeesNothingBeforeDeclaringNoneAndAConflictedOneNeverSeesItWhileTheFunderIsToldToReassign() {
        long call = fixtures.call(funder, "留守儿童关爱评审征集", false);
        long app = fixtures.submitted(call, agency, "留守儿童周末课堂");
        assertThat(assign(call, app, reviewer1, reviewer2).status()).isEqualTo(200);

        long a1 = assignmentOf(reviewer1, app);
        long a2 = assignmentOf(reviewer2, app);
        Map<String, Object> queued = queueItem(reviewer1, a1);
        assertThat(queued)
                .containsEntry("declaration", "pending")
                .containsEntry("status", "declare")
                .containsEntry("applicationTitle", null)
                .containsEntry("callTitle", "留守儿童关爱评审征集");

        Answer early = as(reviewer1, HttpRequest.GET(reviewerPath(a1) + "/application"));
        assertThat(early.status()).isEqualTo(403);
        assertThat((String) early.body().get("type")).endsWith("/declare-first");
        assertThat(early.body()).containsEntry("rule", "declare-first");
        assertThat(early.body().toString()).doesNotContain("留守儿童周末课堂").doesNotContain(AGENCY);
        assertThat(as(reviewer1, HttpRequest.PUT(reviewerPath(a1) + "/scores", scores(call, 0, 5, 5, 5)))
                        .status())
                .isEqualTo(403);

        Answer none = as(reviewer1, HttpRequest.POST(reviewerPath(a1) + "/declaration", Map.of("conflict", false)));
        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        assertThat(none.body()).containsEntry("status", "score").containsEntry("applicationTitle", "留守儿童周末课堂");
        Answer seen = as(reviewer1, HttpRequest.GET(reviewerPath(a1) + "/application"));
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.map("application")).containsEntry("title", "留守儿童周末课堂");
        assertThat(seen.map("rubric")).containsEntry("scoreMin", 0).containsEntry("scoreMax", 10);
        assertThat(seen.map("rubric").get("criteria")).asList().hasSize(3);

        Answer conflict = as(
                reviewer2,
                HttpRequest.POST(reviewerPath(a2) + "/declaration", Map.of("conflict", true, "reason", "曾在该机构兼职督导")));
        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(200);
        assertThat(conflict.body()).containsEntry("status", "conflicted").containsEntry("applicationTitle", null);
        assertRefusedForConflict(reviewer2, a2);
        Answer again = as(reviewer2, HttpRequest.POST(reviewerPath(a2) + "/declaration", Map.of("conflict", false)));
        assertThat(again.status()).isEqualTo(409);
        assertRefusedForConflict(reviewer2, a2);

        Map<String, Object> flagged = rankingEntry(call, app);
        assertThat(flagged).containsEntry("needsReassignment", true).containsEntry("reviewsAssigned", 2);
        assertThat(assignmentsIn(flagged))
                .anySatisfy(a -> assertThat(a)
                        .containsEntry("accountId", (int) reviewer2.id())
                        .containsEntry("declaration", "conflict"));
        List<Map<String, Object>> reviews =
                funderGetList("/calls/" + call + "/applications/" + app + "/reviews", funder.first());
        assertThat(reviews)
                .anySatisfy(r -> assertThat(r)
                        .containsEntry("declaration", "conflict")
                        .containsEntry("conflictReason", "曾在该机构兼职督导"));

        // the funder replaces the conflicted reviewer: the flag goes, the conflicted reviewer still sees nothing and
        // cannot be put back
        Answer replaced = assign(call, app, reviewer1, reviewer3);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(rankingEntry(call, app))
                .containsEntry("needsReassignment", false)
                .containsEntry("reviewsAssigned", 2);
        assertRefusedForConflict(reviewer2, a2);
        Answer back = assign(call, app, reviewer1, reviewer2, reviewer3);
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.errorFields()).containsExactly("accountIds");
        assertRefusedForConflict(reviewer2, a2);

        assertThat(audit("funding.review.assigned", a1)).isEqualTo(1);
        assertThat(audit("funding.review.no-conflict-declared", a1)).isEqualTo(1);
        assertThat(audit("funding.review.conflict-declared", a2)).isEqualTo(1);
        assertThat(audit("funding.review.unassigned", a2)).isEqualTo(1);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE action LIKE 'funding.review.%'"
                                + " AND detail LIKE '%兼职督导%'"))
                .as("the reason of a conflict stays out of the audit log")
                .isZero();
    }

    private void assertRefusedForConflict(Person reviewer, long assignment) {
        Answer read = as(reviewer, HttpRequest.GET(reviewerPath(assignment) + "/application"));
        assertThat(read.status()).isEqualTo(403);
        assertThat((String) read.body().get("type")).endsWith("/conflict-of-interest");
        assertThat(read.body()).containsEntry("rule", "conflict-of-interest");
        assertThat(read.body().toString()).doesNotContain("留守儿童周末课堂");
        Answer score = as(reviewer, HttpRequest.PUT(reviewerPath(assignment) + "/scores", Map.of("scores", List.of())));
        assertThat(score.status()).isEqualTo(403);
        assertThat(as(reviewer, HttpRequest.POST(reviewerPath(assignment) + "/submit", Map.of()))
                        .status())
                .isEqualTo(403);
    }

    // ---- blind review

    @Test
    void blindReviewShowsTheReviewerNoOrganisationCreditCodeProjectOrPeopleAnywhere() {
        String name = "盐津县盲评测试社工中心";
        Agency hidden = funding.agency(name, "530623");
        String creditCode = fixtures.creditCode(hidden.id());
        String projectTitle = name + "留守儿童陪伴项目";
        long call = fixtures.call(funder, "盲评征集", true);
        long app = fixtures.submitted(call, hidden, "乡村儿童陪伴");
        fixtures.attachment(app, hidden, "盲评附件-机构章程.pdf");
        assertThat(assign(call, app, reviewer3).status()).isEqualTo(200);
        long a = assignmentOf(reviewer3, app);

        List<String> answers = new ArrayList<>();
        answers.add(raw(reviewer3, HttpRequest.GET("/api/reviewer/assignments")));
        answers.add(raw(reviewer3, HttpRequest.POST(reviewerPath(a) + "/declaration", Map.of("conflict", false))));
        answers.add(raw(reviewer3, HttpRequest.GET("/api/reviewer/assignments")));
        String application = raw(reviewer3, HttpRequest.GET(reviewerPath(a) + "/application"));
        answers.add(application);
        answers.add(raw(reviewer3, HttpRequest.PUT(reviewerPath(a) + "/scores", scores(call, 1, 6, 7, 8))));
        answers.add(raw(reviewer3, HttpRequest.POST(reviewerPath(a) + "/submit", Map.of())));
        assertThat(application)
                .contains("乡村儿童陪伴")
                .contains("\"blind\":true")
                .contains("\"attachments\":[]")
                .contains("\"projectId\":null")
                .contains("\"projectTitle\":null");
        for (String answer : answers) {
            assertThat(answer)
                    .doesNotContain("盐津县")
                    .doesNotContain(creditCode)
                    .doesNotContain(projectTitle)
                    .doesNotContain(name + "社工")
                    .doesNotContain("机构章程")
                    .doesNotContainPattern("\"organisationId\":\\d")
                    .doesNotContainPattern("\"projectId\":\\d")
                    .doesNotContain("\"organisationName\":\"")
                    .doesNotContain("\"projectTitle\":\"")
                    .doesNotContain("\"creditCode\":\"");
        }

        // the same application in a call without blind review shows the organisation: the check above can fail
        long open = fixtures.call(funder, "公开评审征集", false);
        long shown = fixtures.submitted(open, hidden, "乡村儿童陪伴（公开）");
        fixtures.attachment(shown, hidden, "公开附件-机构章程.pdf");
        assertThat(assign(open, shown, reviewer3).status()).isEqualTo(200);
        long b = assignmentOf(reviewer3, shown);
        as(reviewer3, HttpRequest.POST(reviewerPath(b) + "/declaration", Map.of("conflict", false)));
        assertThat(raw(reviewer3, HttpRequest.GET(reviewerPath(b) + "/application")))
                .contains(name)
                .contains(projectTitle)
                .contains("公开附件-机构章程.pdf")
                .contains("\"blind\":false");
    }

    // ---- scores

    @Test
    void scoresOutOfRangeOrFractionalAreRefusedNamingTheScoreAndNothingIsWritten() {
        long call = fixtures.call(funder, "评分范围征集", false);
        long app = fixtures.submitted(call, agency, "评分范围测试");
        assign(call, app, reviewer1);
        long a = assignmentOf(reviewer1, app);
        as(reviewer1, HttpRequest.POST(reviewerPath(a) + "/declaration", Map.of("conflict", false)));
        List<Long> criteria = fixtures.criteria(call);

        for (Object bad : List.of(11, -1, 7.5, 1_000_000_000_000L)) {
            List<Map<String, Object>> entries = new ArrayList<>();
            entries.add(entry(criteria.get(0), 5, "目标清晰"));
            entries.add(entry(criteria.get(1), bad, "活动可行"));
            Answer refused = as(
                    reviewer1,
                    HttpRequest.PUT(
                            reviewerPath(a) + "/scores", Map.of("scores", entries, "comment", "", "version", 1)));
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.errorFields()).as(String.valueOf(bad)).containsExactly("scores[1].score");
        }
        Answer unknown = as(
                reviewer1,
                HttpRequest.PUT(
                        reviewerPath(a) + "/scores",
                        Map.of("scores", List.of(entry(999_999L, 5, "")), "comment", "", "version", 1)));
        assertThat(unknown.errorFields()).containsExactly("scores[0].criterionId");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM funding_review_score WHERE assignment_id = " + a))
                .isZero();
        assertThat(Db.count(dataSource, "SELECT version FROM funding_review_assignment WHERE id = " + a))
                .isEqualTo(1);

        // a partial draft saves; submitting it names what is unscored; the whole set submits and is final
        Answer partial = as(
                reviewer1,
                HttpRequest.PUT(
                        reviewerPath(a) + "/scores",
                        Map.of("scores", List.of(entry(criteria.get(0), 7.0, "")), "comment", "草稿", "version", 1)));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(partial.body()).containsEntry("version", 2).containsEntry("weightedScore", null);
        Answer incomplete = as(reviewer1, HttpRequest.POST(reviewerPath(a) + "/submit", Map.of()));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.errorFields()).containsOnly("scores").hasSize(2);
        Answer stale = as(reviewer1, HttpRequest.PUT(reviewerPath(a) + "/scores", scores(call, 1, 5, 5, 5)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
        assertThat(as(reviewer1, HttpRequest.PUT(reviewerPath(a) + "/scores", scores(call, 2, 5, 5, 5)))
                        .status())
                .isEqualTo(200);
        Answer submitted = as(reviewer1, HttpRequest.POST(reviewerPath(a) + "/submit", Map.of()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.body()).containsEntry("status", "submitted");
        assertThat(as(reviewer1, HttpRequest.PUT(reviewerPath(a) + "/scores", scores(call, 3, 9, 9, 9)))
                        .status())
                .isEqualTo(409);
        assertThat(as(reviewer1, HttpRequest.POST(reviewerPath(a) + "/submit", Map.of()))
                        .status())
                .isEqualTo(409);
        assertThat(audit("funding.review.submitted", a)).isEqualTo(1);
        // a submitted review cannot be taken off the application
        Answer takeOff = assign(call, app);
        assertThat(takeOff.status()).isEqualTo(400);
        assertThat(takeOff.errorFields()).containsExactly("accountIds");
    }

    // ---- the ranking

    /**
     * Rubric 50 / 30 / 20 on 0–10. By hand:
     * <ul>
     *   <li>Y: one review 9, 9, 9 → 9.00; spread 0.00 (a third reviewer's unsubmitted draft does not count)
     *   <li>X: 8, 6, 5 → 4 + 1.8 + 1 = 6.80 and 6, 9, 10 → 3 + 2.7 + 2 = 7.70; mean 7.25, spread 0.90
     *   <li>W (submitted after X): 5, 10, 10 → 7.50 and 7, 7, 7 → 7.00; mean 7.25, spread 0.50: after X
     *   <li>V: no review yet: last, no rank
     * </ul>
     */
    @Test
    void theRankingHasTheWeightedScoreSpreadAndRankComputedByHand() {
        long call = fixtures.call(funder, "排名征集", false);
        Agency fourth = funding.agency("水富市排名测试社工中心", "530681");
        long v = fixtures.submittedAt(call, fourth, "V 申请", "2026-05-01T09:00:00+08:00");
        long x = fixtures.submittedAt(call, agency, "X 申请", "2026-05-02T09:00:00+08:00");
        Agency third = funding.agency("绥江县排名测试社工中心", "530626");
        long w = fixtures.submittedAt(call, otherAgency, "W 申请", "2026-05-03T09:00:00+08:00");
        long y = fixtures.submittedAt(call, third, "Y 申请", "2026-05-04T09:00:00+08:00");
        assign(call, x, reviewer1, reviewer2);
        assign(call, w, reviewer1, reviewer2);
        assign(call, y, reviewer1, reviewer3);
        assign(call, v, reviewer1);
        review(reviewer1, call, x, 8, 6, 5);
        review(reviewer2, call, x, 6, 9, 10);
        review(reviewer1, call, w, 5, 10, 10);
        review(reviewer2, call, w, 7, 7, 7);
        review(reviewer1, call, y, 9, 9, 9);
        long draft = assignmentOf(reviewer3, y);
        as(reviewer3, HttpRequest.POST(reviewerPath(draft) + "/declaration", Map.of("conflict", false)));
        assertThat(as(reviewer3, HttpRequest.PUT(reviewerPath(draft) + "/scores", scores(call, 1, 0, 0, 0)))
                        .status())
                .isEqualTo(200);

        List<Map<String, Object>> ranking = funderGetList("/calls/" + call + "/ranking", funder.first());
        assertThat(ranking).extracting(r -> r.get("applicationId")).containsExactly((int) y, (int) x, (int) w, (int) v);
        assertThat(ranking.get(0))
                .containsEntry("rank", 1)
                .containsEntry("weightedScore", 9.0)
                .containsEntry("spread", 0.0)
                .containsEntry("reviewsSubmitted", 1)
                .containsEntry("reviewsAssigned", 2)
                .containsEntry("organisationName", "绥江县排名测试社工中心")
                .containsEntry("title", "Y 申请");
        assertThat(ranking.get(1))
                .containsEntry("rank", 2)
                .containsEntry("weightedScore", 7.25)
                .containsEntry("spread", 0.9)
                .containsEntry("reviewsSubmitted", 2);
        assertThat(ranking.get(2))
                .containsEntry("rank", 3)
                .containsEntry("weightedScore", 7.25)
                .containsEntry("spread", 0.5);
        assertThat(ranking.get(3))
                .containsEntry("rank", null)
                .containsEntry("weightedScore", null)
                .containsEntry("spread", null)
                .containsEntry("reviewsSubmitted", 0)
                .containsEntry("reviewsAssigned", 1);
        assertThat(assignmentsIn(ranking.get(1)))
                .extracting(a -> a.get("weightedScore"))
                .containsExactly(6.8, 7.7);
        assertThat(assignmentsIn(ranking.get(0)))
                .filteredOn(a -> a.get("accountId").equals((int) reviewer3.id()))
                .singleElement()
                .satisfies(
                        a -> assertThat(a).containsEntry("weightedScore", null).containsEntry("submittedAt", null));

        List<Map<String, Object>> reviews =
                funderGetList("/calls/" + call + "/applications/" + x + "/reviews", funder.first());
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0)).containsEntry("weightedScore", 6.8).containsEntry("comment", "总体可行");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scoreViews =
                (List<Map<String, Object>>) reviews.get(0).get("scores");
        assertThat(scoreViews).extracting(s -> s.get("score")).containsExactly(8, 6, 5);
        assertThat(scoreViews).extracting(s -> s.get("weight")).containsExactly(50, 30, 20);
    }

    // ---- two stages, withdrawal

    @Test
    void aConceptNotesReviewsStayWithItAndAReviewerNeverSeesTheFullProposalBeingDraftedOrAWithdrawnApplication() {
        long call = fixtures.call(funder, "两阶段评审征集", false);
        Agency applicant = funding.agency("大关县两阶段测试社工中心", "530624");
        long app = fixtures.concept(call, applicant, "概念书：留守儿童之家");
        assertThat(assign(call, app, reviewer1, reviewer2).status()).isEqualTo(200);
        review(reviewer1, call, app, 8, 8, 8);
        long conflicted = assignmentOf(reviewer2, app);
        as(reviewer2, HttpRequest.POST(reviewerPath(conflicted) + "/declaration", Map.of("conflict", true)));
        assertThat(rankingEntry(call, app)).containsEntry("weightedScore", 8.0);

        // shortlisted: the same row becomes a full proposal the agency drafts (as the applications service does it)
        Db.execute(
                dataSource,
                "UPDATE funding_application SET stage = 'full', status = 'draft', submitted_at = NULL WHERE id = "
                        + app);
        long concept = assignmentOf(reviewer1, app);
        Answer drafting = as(reviewer1, HttpRequest.GET(reviewerPath(concept) + "/application"));
        assertThat(drafting.status()).isEqualTo(409);
        assertThat(drafting.body().toString()).doesNotContain("概念书");
        assertThat(funderGetList("/calls/" + call + "/ranking", funder.first()))
                .noneSatisfy(r -> assertThat(r.get("applicationId")).isEqualTo((int) app));

        Db.execute(
                dataSource,
                "UPDATE funding_application SET status = 'submitted', submitted_at = now(), title = '完整方案：留守儿童之家'"
                        + " WHERE id = " + app);
        assertThat(rankingEntry(call, app))
                .containsEntry("weightedScore", null)
                .containsEntry("reviewsAssigned", 0)
                .containsEntry("needsReassignment", false);
        // the full proposal is reviewed afresh: the same reviewer may be assigned, the conflicted one never
        Answer conflictedAgain = assign(call, app, reviewer1, reviewer2);
        assertThat(conflictedAgain.status()).isEqualTo(400);
        assertThat(conflictedAgain.errorFields()).containsExactly("accountIds");
        assertThat(assign(call, app, reviewer1).status()).isEqualTo(200);
        long full = Db.count(
                dataSource,
                "SELECT id FROM funding_review_assignment WHERE application_id = " + app + " AND stage = 'full'");
        assertThat(full).isNotEqualTo(concept);
        assertThat(queueItem(reviewer1, full)).containsEntry("status", "declare");
        as(reviewer1, HttpRequest.POST(reviewerPath(full) + "/declaration", Map.of("conflict", false)));
        assertThat(as(reviewer1, HttpRequest.GET(reviewerPath(full) + "/application"))
                        .map("application"))
                .containsEntry("title", "完整方案：留守儿童之家");
        assertThat(as(reviewer1, HttpRequest.GET(reviewerPath(concept) + "/application"))
                        .status())
                .isEqualTo(409);

        // withdrawn: nobody reads or scores it any more
        Db.execute(dataSource, "UPDATE funding_application SET status = 'withdrawn' WHERE id = " + app);
        assertThat(as(reviewer1, HttpRequest.GET(reviewerPath(full) + "/application"))
                        .status())
                .isEqualTo(409);
        assertThat(as(reviewer1, HttpRequest.PUT(reviewerPath(full) + "/scores", scores(call, 2, 5, 5, 5)))
                        .status())
                .isEqualTo(409);
    }

    // ---- who may

    @Test
    void onlyTheAssignedReviewerReachesAnAssignmentAndOnlyTheFundersMembersItsRanking() {
        long call = fixtures.call(funder, "访问控制征集", false);
        long app = fixtures.submitted(call, agency, "访问控制测试");
        assign(call, app, reviewer1);
        long a = assignmentOf(reviewer1, app);
        for (MutableHttpRequest<?> request : List.of(
                HttpRequest.GET(reviewerPath(a) + "/application"),
                HttpRequest.POST(reviewerPath(a) + "/declaration", Map.of("conflict", false)),
                HttpRequest.PUT(reviewerPath(a) + "/scores", scores(call, 1, 5, 5, 5)),
                HttpRequest.POST(reviewerPath(a) + "/submit", Map.of()))) {
            Answer answer = as(reviewer2, request);
            assertThat(answer.status()).as(request.getPath()).isIn(403, 404);
        }
        assertThat(queue(reviewer2))
                .noneSatisfy(i -> assertThat(i.get("assignmentId")).isEqualTo((int) a));
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM funding_review_assignment WHERE id = " + a
                                + " AND declaration = 'pending'"))
                .isEqualTo(1);

        for (Person stranger : List.of(agency.staff(), reviewer1)) {
            Answer ranking = as(stranger, HttpRequest.GET(funderPath("/calls/" + call + "/ranking")));
            assertThat(ranking.status()).isIn(403, 404);
        }
        // another funder's member names its own organisation and this call: 404
        Funder other = funding.funder("另一家基金会");
        Answer foreign =
                as(other.first(), HttpRequest.GET("/api/organisations/" + other.id() + "/calls/" + call + "/ranking"));
        assertThat(foreign.status()).isEqualTo(404);
        Answer foreignAssign = as(
                other.first(),
                HttpRequest.PUT(
                        "/api/organisations/" + other.id() + "/calls/" + call + "/applications/" + app + "/reviewers",
                        Map.of("accountIds", List.of(reviewer2.id()))));
        assertThat(foreignAssign.status()).isEqualTo(404);
    }

    @Test
    void aMemberOfTheApplyingAgencyOrAnAccountThatIsNoCandidateCannotBeAssigned() {
        long call = fixtures.call(funder, "回避规则征集", false);
        long app = fixtures.submitted(call, agency, "回避规则测试");
        Person insider = funding.account("既是评审又是申请机构成员", "reviewer");
        fixtures.join(agency.id(), insider);
        Answer refused = assign(call, app, reviewer1, insider);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("accountIds");
        assertThat(refused.list("errors").get(0).get("message").toString()).contains(AGENCY);
        Person nobody = funding.account("普通账号");
        Answer notCandidate = assign(call, app, nobody);
        assertThat(notCandidate.status()).isEqualTo(400);
        assertThat(notCandidate.errorFields()).containsExactly("accountIds");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM funding_review_assignment WHERE application_id = " + app))
                .isZero();

        // the funder's own staff may review without the role; candidates list them and the reviewers
        Person colleague = funder.second();
        assertThat(assign(call, app, colleague).status()).isEqualTo(200);
        List<Map<String, Object>> candidates = funderGetList("/reviewer-candidates", funder.first());
        assertThat(candidates)
                .anySatisfy(c -> assertThat(c)
                        .containsEntry("accountId", (int) colleague.id())
                        .containsEntry("source", "staff"))
                .anySatisfy(c -> assertThat(c)
                        .containsEntry("accountId", (int) reviewer1.id())
                        .containsEntry("source", "reviewer"))
                .noneSatisfy(c -> assertThat(c).containsEntry("accountId", (int) nobody.id()));
        assertThat(funderGetList(
                        "/reviewer-candidates?q=" + URLEncoder.encode("专家乙", StandardCharsets.UTF_8), funder.first()))
                .extracting(c -> c.get("accountId"))
                .containsExactly((int) reviewer2.id());
        // a draft application cannot be reviewed
        long draft = fixtures.draft(call, otherAgency, "草稿申请");
        assertThat(assign(call, draft, reviewer1).status()).isEqualTo(404);
    }

    // ---- the funder's own staff as reviewers; agencies; reviewers who change sides

    @Test
    void theFundersOwnStaffReviewOnlyOpenCallsAndThenReadNeitherTheRankingNorTheOtherReviews() {
        Funder own = funding.funder("员工评审测试基金会");
        long blind = fixtures.call(own, "员工盲评征集", true);
        long blindApp = fixtures.submitted(blind, agency, "员工盲评申请");
        Answer refused = as(own.first(), reviewersRequest(own, blind, blindApp, own.second()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("accountIds");

        long open = fixtures.call(own, "员工公开评审征集", false);
        long openApp = fixtures.submitted(open, agency, "员工公开评审申请");
        Answer assigned = as(own.first(), reviewersRequest(own, open, openApp, own.second(), reviewer1));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        String base = "/api/organisations/" + own.id() + "/calls/" + open;
        for (String path : List.of(base + "/ranking", base + "/applications/" + openApp + "/reviews")) {
            Answer hidden = as(own.second(), HttpRequest.GET(path));
            assertThat(hidden.status()).as(path).isEqualTo(403);
            assertThat(hidden.body()).containsEntry("rule", "reviewer-in-call");
            assertThat(hidden.body().toString()).doesNotContain(AGENCY);
        }
        assertThat(as(own.first(), HttpRequest.GET(base + "/ranking")).status()).isEqualTo(200);
    }

    @Test
    void anAgencysMembersCannotListThePlatformsReviewers() {
        Answer listed =
                as(agency.staff(), HttpRequest.GET("/api/organisations/" + agency.id() + "/reviewer-candidates?q="));
        assertThat(listed.status()).isEqualTo(403);
        assertThat((String) listed.body().get("type")).endsWith("/not-a-funder");
        assertThat(listed.body().toString()).doesNotContain("评审专家");
    }

    @Test
    void aReviewerWhoJoinsTheApplyingOrganisationAfterDeclaringIsRefusedAndFlaggedForReassignment() {
        Person turncoat = funding.account("后来加入申请机构的评审", "reviewer");
        long call = fixtures.call(funder, "事后冲突征集", false);
        long app = fixtures.submitted(call, agency, "事后冲突测试");
        assertThat(assign(call, app, turncoat).status()).isEqualTo(200);
        long a = assignmentOf(turncoat, app);
        as(turncoat, HttpRequest.POST(reviewerPath(a) + "/declaration", Map.of("conflict", false)));
        assertThat(as(turncoat, HttpRequest.GET(reviewerPath(a) + "/application"))
                        .status())
                .isEqualTo(200);
        assertThat(rankingEntry(call, app)).containsEntry("needsReassignment", false);

        fixtures.join(agency.id(), turncoat);
        Answer refused = as(turncoat, HttpRequest.GET(reviewerPath(a) + "/application"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).containsEntry("rule", "conflict-of-interest");
        assertThat(refused.body().toString()).doesNotContain("事后冲突测试");
        assertThat(as(turncoat, HttpRequest.PUT(reviewerPath(a) + "/scores", scores(call, 1, 5, 5, 5)))
                        .status())
                .isEqualTo(403);
        assertThat(rankingEntry(call, app)).containsEntry("needsReassignment", true);
    }

    private static MutableHttpRequest<?> reviewersRequest(Funder f, long call, long app, Person... reviewers) {
        List<Long> ids = new ArrayList<>();
        for (Person p : reviewers) {
            ids.add(p.id());
        }
        return HttpRequest.PUT(
                "/api/organisations/" + f.id() + "/calls/" + call + "/applications/" + app + "/reviewers",
                Map.of("accountIds", ids));
    }

    // ---- helpers

    private void review(Person reviewer, long call, long app, int a, int b, int c) {
        long id = assignmentOf(reviewer, app);
        Answer declared = as(reviewer, HttpRequest.POST(reviewerPath(id) + "/declaration", Map.of("conflict", false)));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        Map<String, Object> body = scores(call, 1, a, b, c);
        body.put("comment", "总体可行");
        Answer saved = as(reviewer, HttpRequest.PUT(reviewerPath(id) + "/scores", body));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Answer submitted = as(reviewer, HttpRequest.POST(reviewerPath(id) + "/submit", Map.of("version", 2)));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private Map<String, Object> scores(long call, long version, int... values) {
        List<Long> criteria = fixtures.criteria(call);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            entries.add(entry(criteria.get(i), values[i], "第" + (i + 1) + "项意见"));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("scores", entries);
        body.put("comment", "");
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> entry(long criterionId, Object score, String comment) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("criterionId", criterionId);
        entry.put("score", score);
        entry.put("comment", comment);
        return entry;
    }

    private Answer assign(long call, long app, Person... reviewers) {
        List<Long> ids = new ArrayList<>();
        for (Person p : reviewers) {
            ids.add(p.id());
        }
        return as(
                funder.first(),
                HttpRequest.PUT(
                        funderPath("/calls/" + call + "/applications/" + app + "/reviewers"),
                        Map.of("accountIds", ids)));
    }

    private long assignmentOf(Person reviewer, long app) {
        return Db.count(
                dataSource,
                "SELECT id FROM funding_review_assignment WHERE application_id = " + app + " AND reviewer_account_id = "
                        + reviewer.id());
    }

    private Map<String, Object> queueItem(Person reviewer, long assignment) {
        return queue(reviewer).stream()
                .filter(i -> ((Number) i.get("assignmentId")).longValue() == assignment)
                .findFirst()
                .orElseThrow();
    }

    private List<Map<String, Object>> queue(Person reviewer) {
        return api.getList("/api/reviewer/assignments", reviewer.token());
    }

    private Map<String, Object> rankingEntry(long call, long app) {
        return funderGetList("/calls/" + call + "/ranking", funder.first()).stream()
                .filter(r -> ((Number) r.get("applicationId")).longValue() == app)
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> assignmentsIn(Map<String, Object> entry) {
        return (List<Map<String, Object>>) entry.get("assignments");
    }

    private List<Map<String, Object>> funderGetList(String path, Person caller) {
        return api.getList(funderPath(path), caller.token());
    }

    private String funderPath(String path) {
        return "/api/organisations/" + funder.id() + path;
    }

    private static String reviewerPath(long assignment) {
        return "/api/reviewer/assignments/" + assignment;
    }

    /** Any answer as an {@link Answer}; a list answer's items under {@code items}. */
    private Answer as(Person caller, MutableHttpRequest<?> request) {
        request.contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(caller.token());
        try {
            HttpResponse<Object> response = client.toBlocking().exchange(request, Argument.of(Object.class));
            Object body = response.body();
            @SuppressWarnings("unchecked")
            Map<String, Object> map = body instanceof List<?> list ? Map.of("items", list) : (Map<String, Object>) body;
            return new Answer(
                    response.code(),
                    response.getContentType().map(MediaType::toString).orElse(""),
                    map);
        } catch (HttpClientResponseException e) {
            return api.send(request);
        }
    }

    /** The raw JSON of an answer, to search every field of it. */
    private String raw(Person caller, MutableHttpRequest<?> request) {
        request.contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(caller.token());
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            assertThat(response.code()).as(request.getPath()).isEqualTo(200);
            return response.body();
        } catch (HttpClientResponseException e) {
            throw new AssertionError(request.getPath() + " → " + e.getStatus() + " "
                    + e.getResponse().getBody(String.class));
        }
    }

    private long audit(String action, long assignment) {
        return Db.count(
                dataSource,
                "SELECT count(*) FROM audit_event WHERE action = '" + action + "' AND object_id = '" + assignment
                        + "'");
    }
}

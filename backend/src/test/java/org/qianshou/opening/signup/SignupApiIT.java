package org.qianshou.opening.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qianshou.opening.signup.SignupFixtures.id;
import static org.qianshou.opening.signup.SignupFixtures.shift;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.opening.signup.SignupFixtures.Agency;
import org.qianshou.opening.signup.SignupFixtures.Listed;
import org.qianshou.opening.signup.SignupFixtures.Opening;
import org.qianshou.opening.signup.SignupFixtures.Person;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/**
 * Sign-ups through the HTTP API: each refusal (a 4xx problem naming the field, nothing written), waitlist and
 * promotion, approval, check-in, attendance, messages, the reminder sent once, and the calendars.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignupApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    ApplicationContext context;

    @Inject
    CapturingSender messages;

    @Inject
    Reminders reminders;

    SignupFixtures fx;
    Agency agency;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = RealServices.isolatedProperties("signupapi");
        properties.put("spec.name", "signups");
        // The test runs the reminders itself.
        properties.put("qianshou.signup.reminder-interval", "1h");
        return properties;
    }

    @BeforeAll
    void fixtures() {
        fx = new SignupFixtures(client.toBlocking(), dataSource, context);
        agency = fx.agency();
    }

    private Listed signUp(Person volunteer, Long... shiftIds) {
        return fx.postList(volunteer.token(), "/api/signups", Map.of("shiftIds", List.of(shiftIds)));
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }

    private long signupsOf(Person volunteer) {
        return count("SELECT count(*) FROM signup WHERE volunteer_account_id = " + volunteer.id());
    }

    private static void assertProblem(Answer answer, int status, String field, String... words) {
        assertThat(answer).isNotNull();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.errorFields()).as(answer.toString()).contains(field);
        for (String word : words) {
            assertThat(answer.body().toString()).contains(word);
        }
    }

    private void assertRefused(Listed listed, Person volunteer, int status, String... words) {
        assertThat(listed.status()).as(String.valueOf(listed.problem())).isEqualTo(status);
        assertProblem(listed.problem(), status, "shiftIds", words);
        assertThat(signupsOf(volunteer)).as("nothing written").isZero();
    }

    private void awaitMessages(Person to, String template, int count) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(messages.to(to.email(), template)).hasSize(count));
    }

    private long shiftCount(long shiftId) {
        return count("SELECT confirmed_count FROM shift WHERE id = " + shiftId);
    }

    @Test
    void aFullShiftWaitlistsInArrivalOrderAndACancellationPromotesTheFirstAndTellsThem() {
        Opening opening = fx.opening(agency, List.of(shift(5, "09:00", "12:00", 1)));
        long shiftId = opening.shiftIds().get(0);
        Person first = fx.volunteer(30);
        Person second = fx.volunteer(31);
        Person third = fx.volunteer(32);

        Listed a = signUp(first, shiftId);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.items()).singleElement().satisfies(o -> {
            assertThat(o.get("status")).isEqualTo("confirmed");
            assertThat(o.get("waitlistPosition")).isNull();
            assertThat(id(o, "shiftId")).isEqualTo(shiftId);
        });
        Listed b = signUp(second, shiftId);
        assertThat(b.items().get(0)).containsEntry("status", "waitlisted").containsEntry("waitlistPosition", 1);
        Listed c = signUp(third, shiftId);
        assertThat(c.items().get(0)).containsEntry("status", "waitlisted").containsEntry("waitlistPosition", 2);
        assertThat(shiftCount(shiftId)).isEqualTo(1);
        awaitMessages(first, "signup-confirmed", 1);
        awaitMessages(second, "signup-waitlisted", 1);
        assertThat(messages.to(first.email(), "signup-confirmed").get(0).text())
                .contains("留守儿童课业辅导")
                .contains("龙头山镇中心小学")
                .contains("You are signed up");

        // The same volunteer again: 409 naming shiftIds, nothing more written.
        Listed again = signUp(first, shiftId);
        assertProblem(again.problem(), 409, "shiftIds", String.valueOf(shiftId));
        assertThat(signupsOf(first)).isEqualTo(1);

        Listed mine = fx.getList(second.token(), "/api/volunteer/shifts?scope=upcoming");
        assertThat(mine.items()).singleElement().satisfies(m -> {
            assertThat(m.get("status")).isEqualTo("waitlisted");
            assertThat(m.get("waitlistPosition")).isEqualTo(1);
        });

        // The confirmed volunteer cancels: the first on the waitlist gets the place, in the same transaction.
        Answer cancelled =
                fx.post(first.token(), "/api/signups/" + id(a.items().get(0), "signupId") + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("status", "cancelled");
        assertThat(count("SELECT count(*) FROM signup WHERE status = 'confirmed' AND volunteer_account_id = "
                        + second.id()))
                .isEqualTo(1);
        assertThat(shiftCount(shiftId)).isEqualTo(1);
        awaitMessages(second, "signup-promoted", 1);
        Listed thirdNow = fx.getList(third.token(), "/api/volunteer/shifts");
        assertThat(thirdNow.items().get(0)).containsEntry("waitlistPosition", 1);

        // Someone else's sign-up cannot be cancelled.
        Answer foreign =
                fx.post(third.token(), "/api/signups/" + id(b.items().get(0), "signupId") + "/cancel", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action IN ('signup.created', 'signup.cancelled',"
                        + " 'signup.promoted') AND object_type = 'signup'"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aMovedShiftTellsItsVolunteersAndALargerCapacityGoesToTheWaitlistFirst() {
        Opening opening = fx.opening(agency, List.of(shift(18, "09:00", "12:00", 1)));
        long shiftId = opening.shiftIds().get(0);
        Person a = fx.volunteer(30);
        Person b = fx.volunteer(31);
        Person c = fx.volunteer(32);
        assertThat(signUp(a, shiftId).items().get(0)).containsEntry("status", "confirmed");
        assertThat(signUp(b, shiftId).items().get(0)).containsEntry("status", "waitlisted");
        String path = "/api/organisations/" + agency.id() + "/openings/" + opening.id() + "/shifts/" + shiftId;
        long version = count("SELECT version FROM shift WHERE id = " + shiftId);

        Map<String, Object> moved = shift(18, "10:00", "13:00", 2);
        moved.put("version", version);
        Answer resized = fx.api()
                .send(SignupFixtures.json(HttpRequest.PUT(path, moved))
                        .bearerAuth(agency.staff().token()));
        assertThat(resized.status()).as(resized.toString()).isEqualTo(200);
        awaitMessages(a, "shift-changed", 1);
        awaitMessages(b, "shift-changed", 1);
        assertThat(messages.to(a.email(), "shift-changed").get(0).text())
                .contains("09:00")
                .contains("10:00");
        // The new place went to the first on the waitlist, not to the next newcomer.
        awaitMessages(b, "signup-promoted", 1);
        assertThat(signUp(c, shiftId).items().get(0))
                .containsEntry("status", "waitlisted")
                .containsEntry("waitlistPosition", 1);
        assertThat(shiftCount(shiftId)).isEqualTo(2);
    }

    @Test
    void aLargerCapacityWithoutAMovePromotesTheWaitlistAtOnce() {
        Opening opening = fx.opening(agency, List.of(shift(19, "09:00", "12:00", 1)));
        long shiftId = opening.shiftIds().get(0);
        Person a = fx.volunteer(33);
        Person b = fx.volunteer(34);
        Person c = fx.volunteer(35);
        assertThat(signUp(a, shiftId).items().get(0)).containsEntry("status", "confirmed");
        assertThat(signUp(b, shiftId).items().get(0)).containsEntry("status", "waitlisted");
        String path = "/api/organisations/" + agency.id() + "/openings/" + opening.id() + "/shifts/" + shiftId;
        long version = count("SELECT version FROM shift WHERE id = " + shiftId);

        Map<String, Object> resized = shift(19, "09:00", "12:00", 2);
        resized.put("version", version);
        Answer answer = fx.api()
                .send(SignupFixtures.json(HttpRequest.PUT(path, resized))
                        .bearerAuth(agency.staff().token()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        // The new place went to the first on the waitlist in the same transaction; nobody was told of a move.
        awaitMessages(b, "signup-promoted", 1);
        assertThat(shiftCount(shiftId)).isEqualTo(2);
        assertThat(messages.to(a.email(), "shift-changed")).isEmpty();
        assertThat(signUp(c, shiftId).items().get(0))
                .containsEntry("status", "waitlisted")
                .containsEntry("waitlistPosition", 1);
    }

    @Test
    void aMoveThatMakesASignupOverlapAnotherEndsItAndTellsTheVolunteer() {
        Opening first = fx.opening(agency, List.of(shift(20, "09:00", "12:00", 5)));
        Opening second = fx.opening(agency, List.of(shift(21, "09:00", "12:00", 5)));
        long secondShift = second.shiftIds().get(0);
        Person volunteer = fx.volunteer(34);
        Person other = fx.volunteer(35);
        assertThat(signUp(volunteer, first.shiftIds().get(0), secondShift).status())
                .isEqualTo(200);
        assertThat(signUp(other, secondShift).status()).isEqualTo(200);

        Map<String, Object> moved = shift(20, "11:00", "14:00", 5);
        moved.put("version", count("SELECT version FROM shift WHERE id = " + secondShift));
        Answer answer = fx.api()
                .send(SignupFixtures.json(HttpRequest.PUT(
                                "/api/organisations/" + agency.id() + "/openings/" + second.id() + "/shifts/"
                                        + secondShift,
                                moved))
                        .bearerAuth(agency.staff().token()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);

        assertThat(count("SELECT count(*) FROM signup WHERE status = 'shift-cancelled' AND shift_id = " + secondShift
                        + " AND volunteer_account_id = " + volunteer.id()))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM signup WHERE status = 'confirmed' AND shift_id = " + secondShift))
                .isEqualTo(1);
        assertThat(shiftCount(secondShift)).isEqualTo(1);
        awaitMessages(volunteer, "shift-changed-ended", 1);
        awaitMessages(other, "shift-changed", 1);
        assertThat(messages.to(volunteer.email(), "shift-changed")).isEmpty();
    }

    @Test
    void anUnverifiedOrganisationsOpeningTakesNoSignupsAndHasNoPublicIcs() {
        Agency suspended = fx.agency();
        Opening opening = fx.opening(suspended, List.of(shift(22, "09:00", "12:00", 5)));
        long shiftId = opening.shiftIds().get(0);
        assertThat(status("/api/shifts/" + shiftId + ".ics")).isEqualTo(200);
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + suspended.id());
        Person volunteer = fx.volunteer(27);
        assertRefused(signUp(volunteer, shiftId), volunteer, 400);
        assertThat(status("/api/shifts/" + shiftId + ".ics")).isEqualTo(404);
    }

    @Test
    void aSixteenYearOldSignsUpOnlyAfterGuardianConsentAndNeverForAnAdultsOnlyOpening() {
        Opening open = fx.opening(agency, List.of(shift(6, "09:00", "11:00", 5)));
        Opening adults = fx.opening(agency, "automatic", true, List.of(shift(7, "09:00", "11:00", 5)));
        Person minor = fx.volunteer(16);

        assertRefused(signUp(minor, open.shiftIds().get(0)), minor, 400, "监护人");
        assertRefused(signUp(minor, adults.shiftIds().get(0)), minor, 400);

        fx.guardianConsent(minor);
        Listed adultsOnly = signUp(minor, adults.shiftIds().get(0));
        assertRefused(adultsOnly, minor, 400, "18");
        // All or nothing: the open shift with the adults-only one is refused as a whole.
        assertRefused(signUp(minor, open.shiftIds().get(0), adults.shiftIds().get(0)), minor, 400);

        Listed ok = signUp(minor, open.shiftIds().get(0));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.items().get(0)).containsEntry("status", "confirmed");
    }

    @Test
    void aSignupAfterTheDeadlineOrForAStartedShiftIsRefused() {
        Opening opening = fx.opening(agency, List.of(shift(8, "09:00", "11:00", 5)));
        long shiftId = opening.shiftIds().get(0);
        Person volunteer = fx.volunteer(25);
        Db.execute(
                dataSource,
                "UPDATE opening SET signup_deadline = now() - interval '1 minute' WHERE id = " + opening.id());
        Answer en = fx.postList(volunteer.token(), "/api/signups", Map.of("shiftIds", List.of(shiftId)))
                .problem();
        assertRefused(signUp(volunteer, shiftId), volunteer, 400, "截止");

        Db.execute(
                dataSource, "UPDATE opening SET signup_deadline = now() + interval '1 day' WHERE id = " + opening.id());
        fx.moveShift(shiftId, Duration.ofMinutes(-10), Duration.ofHours(2));
        assertRefused(signUp(volunteer, shiftId), volunteer, 400, "已经开始");
    }

    @Test
    void overlappingShiftsAreRefusedWhetherAlreadySignedUpOrInOneRequest() {
        Opening morning = fx.opening(agency, List.of(shift(9, "09:00", "12:00", 5)));
        Opening noon = fx.opening(agency, List.of(shift(9, "11:00", "13:00", 5)));
        Opening afternoon = fx.opening(agency, List.of(shift(9, "12:00", "15:00", 5)));
        Person volunteer = fx.volunteer(40);

        assertRefused(
                signUp(volunteer, morning.shiftIds().get(0), noon.shiftIds().get(0)), volunteer, 400, "重叠");
        assertThat(signUp(volunteer, morning.shiftIds().get(0)).status()).isEqualTo(200);
        Listed overlap = signUp(volunteer, noon.shiftIds().get(0));
        assertProblem(
                overlap.problem(),
                400,
                "shiftIds",
                String.valueOf(noon.shiftIds().get(0)));
        assertThat(signupsOf(volunteer)).isEqualTo(1);
        // Back to back is not an overlap.
        assertThat(signUp(volunteer, afternoon.shiftIds().get(0)).status()).isEqualTo(200);
    }

    @Test
    void aClosedOpeningTakesNoSignupsAndACancelledShiftEndsItsSignupsAndTellsTheVolunteers() {
        Opening closed = fx.opening(agency, List.of(shift(10, "09:00", "11:00", 5)));
        Answer close = fx.post(
                agency.staff().token(),
                "/api/organisations/" + agency.id() + "/openings/" + closed.id() + "/close",
                Map.of());
        assertThat(close.status()).as(close.toString()).isEqualTo(200);
        Person volunteer = fx.volunteer(22);
        assertRefused(signUp(volunteer, closed.shiftIds().get(0)), volunteer, 400);

        Opening opening = fx.opening(agency, List.of(shift(11, "09:00", "11:00", 5)));
        long shiftId = opening.shiftIds().get(0);
        assertThat(signUp(volunteer, shiftId).status()).isEqualTo(200);
        Answer cancel = fx.post(
                agency.staff().token(),
                "/api/organisations/" + agency.id() + "/openings/" + opening.id() + "/shifts/" + shiftId + "/cancel",
                Map.of("reason", "暴雨预警，活动取消"));
        assertThat(cancel.status()).as(cancel.toString()).isIn(200, 204);
        assertThat(count("SELECT count(*) FROM signup WHERE status = 'shift-cancelled' AND shift_id = " + shiftId))
                .isEqualTo(1);
        awaitMessages(volunteer, "shift-cancelled", 1);
        assertThat(messages.to(volunteer.email(), "shift-cancelled").get(0).text())
                .contains("暴雨预警");
        Person late = fx.volunteer(23);
        assertRefused(signUp(late, shiftId), late, 400);
    }

    @Test
    void anApprovalOpeningHoldsSignupsPendingUntilAMemberApprovesOrDeclinesWithAReason() {
        Opening opening = fx.opening(agency, "approval", false, List.of(shift(12, "14:00", "17:00", 1)));
        long shiftId = opening.shiftIds().get(0);
        Person a = fx.volunteer(35);
        Person b = fx.volunteer(36);
        Person c = fx.volunteer(37);
        long sa = id(signUp(a, shiftId).items().get(0), "signupId");
        Listed pb = signUp(b, shiftId);
        assertThat(pb.items().get(0)).containsEntry("status", "pending");
        long sb = id(pb.items().get(0), "signupId");
        long sc = id(signUp(c, shiftId).items().get(0), "signupId");
        awaitMessages(a, "signup-pending", 1);
        String base = "/api/organisations/" + agency.id() + "/signups/";
        String staff = agency.staff().token();

        Answer approved = fx.post(staff, base + sa + "/approve", Map.of());
        assertThat(approved.body()).containsEntry("status", "confirmed");
        Answer full = fx.post(staff, base + sb + "/approve", Map.of());
        assertThat(full.body()).containsEntry("status", "waitlisted").containsEntry("waitlistPosition", 1);
        awaitMessages(a, "signup-approved", 1);
        awaitMessages(b, "signup-approved-waitlisted", 1);

        Answer noReason = fx.post(staff, base + sc + "/decline", Map.of("reason", " "));
        assertProblem(noReason, 400, "reason");
        assertThat(count("SELECT count(*) FROM signup WHERE status = 'pending' AND id = " + sc))
                .isEqualTo(1);
        Answer declined = fx.post(staff, base + sc + "/decline", Map.of("reason", "本次需要有辅导经验的志愿者"));
        assertThat(declined.body()).containsEntry("status", "declined");
        awaitMessages(c, "signup-declined", 1);
        assertThat(messages.to(c.email(), "signup-declined").get(0).text()).contains("本次需要有辅导经验的志愿者");

        // Another organisation's member, and the volunteer themself, cannot decide.
        Person stranger = fx.agency().staff();
        assertThat(fx.post(stranger.token(), base + sb + "/decline", Map.of("reason", "x"))
                        .status())
                .isIn(403, 404);
        assertThat(fx.post(b.token(), base + sb + "/approve", Map.of()).status())
                .isIn(403, 404);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action IN ('signup.approved', 'signup.declined')"))
                .isGreaterThanOrEqualTo(3);
        // The reason reaches the volunteer, not the audit log (free text may name people).
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'signup.declined' AND object_id = '" + sc
                        + "' AND detail LIKE '%辅导经验%'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'signup.declined' AND object_id = '" + sc
                        + "'"))
                .isEqualTo(1);
    }

    @Test
    void checkInNeedsTheShiftsCodeAndTheRosterShowsAttendanceWithMaskedNumbers() {
        Opening opening = fx.opening(agency, List.of(shift(13, "09:00", "12:00", 5)));
        long shiftId = opening.shiftIds().get(0);
        Person volunteer = fx.volunteer(28);
        Person other = fx.volunteer(29);
        long signupId = id(signUp(volunteer, shiftId).items().get(0), "signupId");
        long otherId = id(signUp(other, shiftId).items().get(0), "signupId");
        String staff = agency.staff().token();
        String orgPath = "/api/organisations/" + agency.id();

        Answer link = fx.get(staff, orgPath + "/shifts/" + shiftId + "/check-in");
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        String code = (String) link.body().get("code");
        assertThat(code).matches("[A-HJ-NP-Z2-9]{8}");
        assertThat((String) link.body().get("url"))
                .isEqualTo("http://qianshou.test/check-in/" + shiftId + "?code=" + code);
        HttpResponse<String> svg = client.toBlocking()
                .exchange(
                        HttpRequest.GET(orgPath + "/shifts/" + shiftId + "/check-in.svg")
                                .bearerAuth(staff),
                        String.class);
        assertThat(svg.getContentType().orElseThrow().toString()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
        assertThat(fx.get(volunteer.token(), orgPath + "/shifts/" + shiftId + "/check-in")
                        .status())
                .isIn(403, 404);

        // Too early: the shift is 13 days away.
        Answer early = fx.post(volunteer.token(), "/api/check-in", Map.of("shiftId", shiftId, "code", code));
        assertProblem(early, 409, "shiftId");

        fx.moveShift(shiftId, Duration.ofMinutes(30), Duration.ofHours(2));
        String wrongCode = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
        Answer wrong = fx.post(volunteer.token(), "/api/check-in", Map.of("shiftId", shiftId, "code", wrongCode));
        assertProblem(wrong, 400, "code");
        assertThat(count("SELECT count(*) FROM signup WHERE attendance IS NOT NULL AND shift_id = " + shiftId))
                .isZero();

        // Guessing is throttled per volunteer and shift: the sixth wrong code in 15 minutes is refused with 429,
        // and so is any code after it.
        for (int i = 0; i < SignupService.WRONG_CODES - 1; i++) {
            assertThat(fx.post(other.token(), "/api/check-in", Map.of("shiftId", shiftId, "code", wrongCode))
                            .status())
                    .isEqualTo(400);
        }
        assertThat(fx.post(other.token(), "/api/check-in", Map.of("shiftId", shiftId, "code", wrongCode))
                        .status())
                .isEqualTo(400);
        assertThat(fx.post(other.token(), "/api/check-in", Map.of("shiftId", shiftId, "code", wrongCode))
                        .status())
                .isEqualTo(429);
        assertThat(fx.post(other.token(), "/api/check-in", Map.of("shiftId", shiftId, "code", code))
                        .status())
                .isEqualTo(429);
        assertThat(count("SELECT count(*) FROM signup WHERE attendance IS NOT NULL AND shift_id = " + shiftId))
                .isZero();

        Answer checkedIn =
                fx.post(volunteer.token(), "/api/check-in", Map.of("shiftId", shiftId, "code", code.toLowerCase()));
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(checkedIn.body()).containsEntry("attendance", "attended");
        assertThat(id(checkedIn.body(), "signupId")).isEqualTo(signupId);

        Answer badMark = fx.post(staff, orgPath + "/signups/" + otherId + "/attendance", Map.of("attendance", "late"));
        assertProblem(badMark, 400, "attendance");
        Answer noShow =
                fx.post(staff, orgPath + "/signups/" + otherId + "/attendance", Map.of("attendance", "no-show"));
        assertThat(noShow.body()).containsEntry("attendance", "no-show");

        Answer roster = fx.get(staff, orgPath + "/shifts/" + shiftId + "/roster");
        assertThat(roster.status()).isEqualTo(200);
        List<Map<String, Object>> entries = roster.list("signups");
        assertThat(entries).extracting(e -> e.get("attendance")).containsExactly("attended", "no-show");
        assertThat(entries).allSatisfy(e -> {
            assertThat((String) e.get("mobileMasked")).matches("1[3-9][0-9]\\*{4}[0-9]{4}");
            assertThat((String) e.get("idNumberMasked")).contains("*");
            assertThat(((Number) e.get("age")).intValue()).isBetween(28, 29);
        });
        assertThat(roster.map("shift")).containsEntry("capacity", 5).containsEntry("confirmed", 2);
        String rosterText = roster.body().toString();
        assertThat(rosterText).doesNotContainPattern("1[3-9][0-9]{9}");
        assertThat(fx.get(fx.agency().staff().token(), orgPath + "/shifts/" + shiftId + "/roster")
                        .status())
                .isIn(403, 404);
    }

    @Test
    void theReminderIsSentOnceEvenWhenTwoInstancesRunAtTheSameTimeAndAgainLater() throws Exception {
        Opening opening = fx.opening(agency, List.of(shift(14, "09:00", "12:00", 5), shift(15, "09:00", "12:00", 5)));
        long soon = opening.shiftIds().get(0);
        long later = opening.shiftIds().get(1);
        Person volunteer = fx.volunteer(45);
        assertThat(signUp(volunteer, soon, later).status()).isEqualTo(200);
        fx.moveShift(soon, Duration.ofHours(20), Duration.ofHours(3));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(reminders::sendDue, reminders::sendDue);
            int sent = 0;
            for (Future<Integer> f : pool.invokeAll(runs)) {
                sent += f.get();
            }
            // Other tests' shifts of this class may be due too; this volunteer's reminder counts once.
            assertThat(sent).isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(reminders.sendDue()).isZero();
        awaitMessages(volunteer, "shift-reminder", 1);
        Thread.sleep(500);
        assertThat(messages.to(volunteer.email(), "shift-reminder")).hasSize(1);
        assertThat(count("SELECT count(*) FROM shift_reminder r JOIN signup s ON s.id = r.signup_id"
                        + " WHERE s.volunteer_account_id = " + volunteer.id()))
                .isEqualTo(1);
    }

    @Test
    void theCalendarFeedAndAShiftsIcsParseAndRegeneratingTheFeedRetiresTheOldAddress() {
        Opening opening = fx.opening(agency, List.of(shift(16, "09:00", "12:30", 5)));
        long shiftId = opening.shiftIds().get(0);
        Person volunteer = fx.volunteer(33);
        assertThat(signUp(volunteer, shiftId).status()).isEqualTo(200);

        Answer feed = fx.get(volunteer.token(), "/api/volunteer/calendar");
        String url = (String) feed.body().get("url");
        assertThat(url).startsWith("http://qianshou.test/calendar/").endsWith(".ics");
        assertThat(fx.get(volunteer.token(), "/api/volunteer/calendar").body()).containsEntry("url", url);
        String path = url.substring("http://qianshou.test".length());
        HttpResponse<String> ics = client.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertThat(ics.getContentType().orElseThrow().toString()).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(ics.body()).first();
        assertThat(calendar.getEvents()).hasSize(1);
        assertThat(calendar.getEvents().get(0).getSummary().getValue()).startsWith("留守儿童课业辅导");
        assertThat(ics.body())
                .contains("DTSTART;TZID=Asia/Shanghai:")
                .contains("T090000")
                .contains("T123000");

        Answer regenerated = fx.post(volunteer.token(), "/api/volunteer/calendar", Map.of());
        assertThat(regenerated.body().get("url")).isNotEqualTo(url);
        assertThat(status(path)).isEqualTo(404);
        assertThat(status("/calendar/not-a-token.ics")).isEqualTo(404);

        HttpResponse<String> one =
                client.toBlocking().exchange(HttpRequest.GET("/api/shifts/" + shiftId + ".ics"), String.class);
        ICalendar single = Biweekly.parse(one.body()).first();
        assertThat(single.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(java.time.LocalDate.now(SignupFixtures.SHANGHAI)
                        .plusDays(16)
                        .atTime(9, 0)
                        .atZone(SignupFixtures.SHANGHAI)
                        .toInstant());
    }

    private int status(String path) {
        try {
            return client.toBlocking()
                    .exchange(HttpRequest.GET(path), String.class)
                    .code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @Test
    void aRequestWithoutShiftsOrWithoutAProfileIsRefusedNamingShiftIds() {
        Person volunteer = fx.volunteer(50);
        Listed empty = fx.postList(volunteer.token(), "/api/signups", Map.of("shiftIds", List.of()));
        assertProblem(empty.problem(), 400, "shiftIds");
        Person noProfile = fx.account("无资料");
        Opening opening = fx.opening(agency, List.of(shift(17, "09:00", "12:00", 5)));
        Listed refused = fx.postList(
                noProfile.token(),
                "/api/signups",
                Map.of("shiftIds", List.of(opening.shiftIds().get(0))));
        assertProblem(refused.problem(), 400, "shiftIds");
        assertThat(signupsOf(noProfile)).isZero();
        List<Long> unknown = new ArrayList<>(List.of(987_654_321L));
        assertProblem(
                fx.postList(volunteer.token(), "/api/signups", Map.of("shiftIds", unknown))
                        .problem(),
                400,
                "shiftIds");
    }
}

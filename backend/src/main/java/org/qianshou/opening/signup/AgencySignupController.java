package org.qianshou.opening.signup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.opening.signup.SignupRequests.AttendanceRequest;
import org.qianshou.opening.signup.SignupRequests.DeclineRequest;
import org.qianshou.opening.signup.SignupViews.CheckInLink;
import org.qianshou.opening.signup.SignupViews.Roster;
import org.qianshou.opening.signup.SignupViews.SignupState;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.security.Actor;

/** The agency's side: the roster, approve and decline, attendance, the check-in code and its QR code. */
@Controller("/api/organisations/{organisationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AgencySignupController {

    private final SignupService signups;
    private final SignupLedger ledger;
    private final String publicUrl;

    AgencySignupController(SignupService signups, SignupLedger ledger, QianshouConfiguration configuration) {
        this.signups = signups;
        this.ledger = ledger;
        this.publicUrl = configuration.publicUrl().replaceAll("/+$", "");
    }

    /** Everyone signed up for the shift, with the ID number and mobile masked: members and administrators. */
    @Get("/shifts/{shiftId}/roster")
    Roster roster(Authentication authentication, @PathVariable long organisationId, @PathVariable long shiftId) {
        return ledger.roster(Actor.of(authentication), organisationId, shiftId);
    }

    @Post("/signups/{id}/approve")
    SignupState approve(Authentication authentication, @PathVariable long organisationId, @PathVariable long id) {
        return signups.approve(Actor.of(authentication), organisationId, id);
    }

    @Post("/signups/{id}/decline")
    SignupState decline(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body DeclineRequest request) {
        return signups.decline(Actor.of(authentication), organisationId, id, request.reason());
    }

    @Post("/signups/{id}/attendance")
    SignupState attendance(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long id,
            @Body AttendanceRequest request) {
        return signups.markAttendance(Actor.of(authentication), organisationId, id, request.attendance());
    }

    /** The shift's check-in code and the link a volunteer's phone opens: members only. */
    @Get("/shifts/{shiftId}/check-in")
    CheckInLink checkIn(Authentication authentication, @PathVariable long organisationId, @PathVariable long shiftId) {
        return link(Actor.of(authentication), organisationId, shiftId);
    }

    /** The check-in link as a QR code (SVG) to show on a screen or print. */
    @Get("/shifts/{shiftId}/check-in.svg")
    @Produces("image/svg+xml")
    HttpResponse<String> checkInQr(
            Authentication authentication, @PathVariable long organisationId, @PathVariable long shiftId) {
        CheckInLink link = link(Actor.of(authentication), organisationId, shiftId);
        return HttpResponse.ok(CheckInQr.svg(link.url()))
                .contentType(MediaType.of("image/svg+xml"))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    private CheckInLink link(Actor actor, long organisationId, long shiftId) {
        String code = ledger.checkInCode(actor, organisationId, shiftId);
        return new CheckInLink(code, publicUrl + "/check-in/" + shiftId + "?code=" + code);
    }
}

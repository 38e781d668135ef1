package org.qianshou.opening.signup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.opening.signup.SignupRequests.CheckInRequest;
import org.qianshou.opening.signup.SignupRequests.SignupRequest;
import org.qianshou.opening.signup.SignupViews.CalendarFeed;
import org.qianshou.opening.signup.SignupViews.CheckedIn;
import org.qianshou.opening.signup.SignupViews.MyShift;
import org.qianshou.opening.signup.SignupViews.SignupOutcome;
import org.qianshou.opening.signup.SignupViews.SignupState;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.security.Actor;

/** The volunteer's side: sign up, cancel, my shifts, check in, my calendar feed. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignupController {

    private final SignupService signups;
    private final SignupLedger ledger;
    private final CalendarService calendars;

    SignupController(SignupService signups, SignupLedger ledger, CalendarService calendars) {
        this.signups = signups;
        this.ledger = ledger;
        this.calendars = calendars;
    }

    /** Signs up for every shift or none; each answer says confirmed, pending or waitlisted (with the position). */
    @Post("/signups")
    List<SignupOutcome> signUp(Authentication authentication, @Body SignupRequest request) {
        return signups.signUp(Actor.of(authentication), request.shiftIds());
    }

    @Post("/signups/{id}/cancel")
    SignupState cancel(Authentication authentication, @PathVariable long id) {
        return signups.cancel(Actor.of(authentication), id);
    }

    /** {@code scope=upcoming} (default: shifts not yet ended) or {@code past}. */
    @Get("/volunteer/shifts")
    List<MyShift> myShifts(Authentication authentication, @Nullable @QueryValue String scope) {
        if (scope != null && !scope.equals("upcoming") && !scope.equals("past")) {
            throw InvalidInputException.of("scope", "signup.scope.invalid");
        }
        return ledger.myShifts(Actor.of(authentication).accountId(), !"past".equals(scope));
    }

    /** The link of the shift's QR code lands here (through the SPA): a confirmed volunteer checks in. */
    @Post("/check-in")
    CheckedIn checkIn(Authentication authentication, @Body CheckInRequest request) {
        return signups.checkIn(Actor.of(authentication), request.shiftId(), request.code());
    }

    /** The address of the volunteer's calendar feed (made on first use). */
    @Get("/volunteer/calendar")
    CalendarFeed calendar(Authentication authentication) {
        return new CalendarFeed(calendars.feedUrl(Actor.of(authentication).accountId()));
    }

    /** A new address for the feed; the old one stops working. */
    @Post("/volunteer/calendar")
    CalendarFeed regenerateCalendar(Authentication authentication) {
        return new CalendarFeed(calendars.regenerate(Actor.of(authentication).accountId()));
    }
}

package org.qianshou.volunteer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ClientAddress;
import org.qianshou.system.security.Throttle;

/** The signed-in account's own real-name volunteer profile. */
@Controller("/api/volunteer/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class VolunteerController {

    /** Registration attempts one account may make within {@link #HOUR}; the next gets 429. */
    static final int REGISTRATIONS_PER_ACCOUNT_PER_HOUR = 10;

    /** Refused registration attempts (400, 409) one address may make within {@link #HOUR}, over all its accounts. */
    static final int REFUSED_REGISTRATIONS_PER_ADDRESS_PER_HOUR = 30;

    static final Duration HOUR = Duration.ofHours(1);

    private final VolunteerProfiles profiles;
    private final Throttle throttle;
    private final ClientAddress addresses;

    VolunteerController(VolunteerProfiles profiles, Throttle throttle, ClientAddress addresses) {
        this.profiles = profiles;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    /** 404 when the account has no volunteer profile yet. */
    @Get
    VolunteerProfile get(Authentication authentication) {
        return profiles.view(Actor.of(authentication));
    }

    /**
     * Registers the profile and grants the {@code volunteer} role (effective in the next access token). Throttled:
     * 429 with {@code Retry-After}, nothing written, after too many attempts of the account or too many refused
     * attempts from the client's address within an hour.
     */
    @Post
    HttpResponse<VolunteerProfile> register(
            @Body @Valid VolunteerRequests.Registration request, Authentication authentication, HttpRequest<?> http) {
        // 409 tells whether an ID number is registered already. Per account every attempt counts, atomically (an
        // account succeeds at most once, so in effect these are its refused attempts); per address only refused ones
        // (400, 409), so that many accounts behind one address cannot probe numbers together while registrations
        // from a shared address (a school, a township office) never count.
        Actor actor = Actor.of(authentication);
        String address = addresses.throttleKey(http);
        throttle.check("volunteer-reg-ip", address, REFUSED_REGISTRATIONS_PER_ADDRESS_PER_HOUR, HOUR);
        throttle.hit(
                "volunteer-reg-account", Long.toString(actor.accountId()), REGISTRATIONS_PER_ACCOUNT_PER_HOUR, HOUR);
        VolunteerProfile created;
        try {
            created = profiles.register(actor, request);
        } catch (InvalidInputException | ConflictException | IdNumberTakenException e) {
            throttle.record("volunteer-reg-ip", address);
            throw e;
        }
        return HttpResponse.created(created, URI.create("/api/volunteer/profile"));
    }

    @Put
    VolunteerProfile update(@Body @Valid VolunteerRequests.Update request, Authentication authentication) {
        return profiles.update(Actor.of(authentication), request);
    }

    /** A guardian's consent for a volunteer aged 14–17; 409 for an adult. */
    @Post("/guardian-consent")
    VolunteerProfile consent(
            @Body @Valid VolunteerRequests.GuardianConsentRequest request, Authentication authentication) {
        return profiles.recordConsent(Actor.of(authentication), request);
    }
}

package org.qianshou.volunteer;

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
import org.qianshou.system.security.Actor;

/** The signed-in account's own real-name volunteer profile. */
@Controller("/api/volunteer/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class VolunteerController {

    private final VolunteerProfiles profiles;

    VolunteerController(VolunteerProfiles profiles) {
        this.profiles = profiles;
    }

    /** 404 when the account has no volunteer profile yet. */
    @Get
    VolunteerProfile get(Authentication authentication) {
        return profiles.view(Actor.of(authentication));
    }

    /** Registers the profile and grants the {@code volunteer} role (effective in the next access token). */
    @Post
    HttpResponse<VolunteerProfile> register(
            @Body @Valid VolunteerRequests.Registration request, Authentication authentication) {
        VolunteerProfile created = profiles.register(Actor.of(authentication), request);
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

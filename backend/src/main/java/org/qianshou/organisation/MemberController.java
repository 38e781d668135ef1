package org.qianshou.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Duration;
import org.qianshou.organisation.MemberViews.InvitationView;
import org.qianshou.organisation.MemberViews.InviteRequest;
import org.qianshou.organisation.MemberViews.Members;
import org.qianshou.organisation.MemberViews.TransferRequest;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Throttle;

/**
 * Members and invitations of an organisation: the owner manages, members read. Bodies are checked by
 * the service after the access check, so that outsiders get 403/404, never a 400 about the body.
 */
@Controller("/api/organisations/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberController {

    /** Invitations send messages to addresses the owner types: at most this many per owner and hour. */
    static final int INVITATIONS_PER_HOUR = 30;

    private final MemberService members;
    private final AccessPolicy access;
    private final Throttle throttle;

    MemberController(MemberService members, AccessPolicy access, Throttle throttle) {
        this.members = members;
        this.access = access;
        this.throttle = throttle;
    }

    @Get("/members")
    Members list(@PathVariable long id, Authentication authentication) {
        return members.members(Actor.of(authentication), id);
    }

    @Post("/invitations")
    HttpResponse<InvitationView> invite(
            @PathVariable long id, @Body InviteRequest request, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        access.requireOwner(actor, id);
        throttle.hit("invite-account", Long.toString(actor.accountId()), INVITATIONS_PER_HOUR, Duration.ofHours(1));
        MemberService.Invited invited = members.invite(actor, id, request.identifier());
        members.notify(invited);
        return HttpResponse.accepted().body(invited.invitation());
    }

    @Delete("/invitations/{invitationId}")
    HttpResponse<Void> revoke(@PathVariable long id, @PathVariable long invitationId, Authentication authentication) {
        members.revoke(Actor.of(authentication), id, invitationId);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Delete("/members/{accountId}")
    HttpResponse<Void> remove(@PathVariable long id, @PathVariable long accountId, Authentication authentication) {
        members.remove(Actor.of(authentication), id, accountId);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Post("/transfer")
    HttpResponse<Void> transfer(@PathVariable long id, @Body TransferRequest request, Authentication authentication) {
        members.transfer(Actor.of(authentication), id, request.accountId());
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}

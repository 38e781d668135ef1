package org.qianshou.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.organisation.MemberViews.MyInvitation;
import org.qianshou.system.security.Actor;

/** The signed-in account's pending invitations (matched on its phone and e-mail). */
@Controller("/api/account/invitations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final MemberService members;

    InvitationController(MemberService members) {
        this.members = members;
    }

    @Get
    List<MyInvitation> list(Authentication authentication) {
        return members.myInvitations(Actor.of(authentication));
    }

    @Post("/{invitationId}/accept")
    HttpResponse<Void> accept(@PathVariable long invitationId, Authentication authentication) {
        members.accept(Actor.of(authentication), invitationId);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Post("/{invitationId}/decline")
    HttpResponse<Void> decline(@PathVariable long invitationId, Authentication authentication) {
        members.decline(Actor.of(authentication), invitationId);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}

package org.qianshou.funding.call;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.Messages;
import org.qianshou.system.security.Actor;

/** Whether one of the caller's organisations may apply to a public call, rule by rule, in the caller's language. */
@Controller("/api/calls/{id}/eligibility")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CallEligibilityController {

    private final CallService calls;
    private final Messages messages;

    CallEligibilityController(CallService calls, Messages messages) {
        this.calls = calls;
        this.messages = messages;
    }

    @Get
    EligibilityView eligibility(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long id,
            @QueryValue @Nullable Long organisationId) {
        if (organisationId == null) {
            throw InvalidInputException.of("organisationId", "error.required");
        }
        return EligibilityView.of(
                calls.eligibility(Actor.of(authentication), id, organisationId), messages.localeOf(request));
    }
}

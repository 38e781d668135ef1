package org.qianshou.funding.call;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Public call endpoints: a published or closed call's page. */
@Controller("/api/calls")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CallController {

    private final CallService calls;

    CallController(CallService calls) {
        this.calls = calls;
    }

    /** A published or closed call of a verified funder. */
    @Get("/{id}")
    CallDetail get(@PathVariable long id) {
        return calls.getPublic(id);
    }
}

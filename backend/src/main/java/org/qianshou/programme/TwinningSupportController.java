package org.qianshou.programme;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
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
import org.qianshou.programme.ProgrammeRequests.EntryRequest;
import org.qianshou.programme.ProgrammeViews.AgencyPair;
import org.qianshou.programme.ProgrammeViews.SupportEntryView;
import org.qianshou.system.security.Actor;

/**
 * A Yunnan agency's 牵手计划 pairs in its workspace: its members (and administrators) read them with their support log;
 * its members add entries to it (people sent, supervision sessions, training, joint projects).
 */
@Controller("/api/organisations/{organisationId}/twinning-pairs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TwinningSupportController {

    private final ProgrammeService programmes;
    private final ProgrammeWorkflow workflow;

    TwinningSupportController(ProgrammeService programmes, ProgrammeWorkflow workflow) {
        this.programmes = programmes;
        this.workflow = workflow;
    }

    @Get
    List<AgencyPair> list(Authentication authentication, @PathVariable long organisationId) {
        return programmes.pairsOfAgency(Actor.of(authentication), organisationId);
    }

    @Post("/{pairId}/support")
    HttpResponse<SupportEntryView> add(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long pairId,
            @Body EntryRequest request) {
        return HttpResponse.status(HttpStatus.CREATED)
                .body(workflow.addSupport(Actor.of(authentication), organisationId, pairId, request));
    }
}

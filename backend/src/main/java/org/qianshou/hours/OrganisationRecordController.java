package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.qianshou.hours.HoursRequests.ConfirmRequest;
import org.qianshou.hours.HoursRequests.CorrectionRequest;
import org.qianshou.hours.HoursRequests.RecordEntries;
import org.qianshou.hours.HoursViews.DisputeItem;
import org.qianshou.hours.HoursViews.RecordView;
import org.qianshou.hours.HoursViews.ShiftRecordRow;
import org.qianshou.system.Messages;
import org.qianshou.system.Page;
import org.qianshou.system.security.Actor;

/**
 * Hours as the organisation's staff record them: per shift, confirmation, disputes and corrections, and the CSV
 * export. {@code AccessPolicy} inside the services decides who may.
 */
@Controller("/api/organisations/{organisationId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationRecordController {

    private final ServiceRecords records;
    private final RecordExport export;
    private final VolunteerNotices notices;
    private final Messages messages;

    OrganisationRecordController(
            ServiceRecords records, RecordExport export, VolunteerNotices notices, Messages messages) {
        this.records = records;
        this.export = export;
        this.notices = notices;
        this.messages = messages;
    }

    /** The shift's confirmed or attended volunteers, their records, and the shift's length as default minutes. */
    @Get("/shifts/{shiftId}/records")
    List<ShiftRecordRow> ofShift(
            Authentication authentication, @PathVariable long organisationId, @PathVariable long shiftId) {
        return records.ofShift(Actor.of(authentication), organisationId, shiftId);
    }

    /** Records (drafts) the minutes of attended volunteers; nothing is written when any entry is wrong. */
    @Put("/shifts/{shiftId}/records")
    List<ShiftRecordRow> record(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long shiftId,
            @Body RecordEntries body) {
        return records.record(Actor.of(authentication), organisationId, shiftId, body);
    }

    @Post("/shifts/{shiftId}/records/confirm")
    List<ShiftRecordRow> confirm(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long shiftId,
            @Body ConfirmRequest body) {
        return records.confirm(Actor.of(authentication), organisationId, shiftId, body);
    }

    /** Disputes of the organisation's records, newest first ({@code status}: open or resolved; none: all). */
    @Get("/disputes")
    Page<DisputeItem> disputes(
            Authentication authentication,
            @PathVariable long organisationId,
            @QueryValue @Nullable String status,
            @QueryValue @Nullable Integer page) {
        return records.disputes(Actor.of(authentication), organisationId, status, page == null ? 0 : page);
    }

    /** A new version of the record; resolves its dispute, revokes certificates that covered it, tells the volunteer. */
    @Post("/records/{recordId}/correct")
    RecordView correct(
            Authentication authentication,
            @PathVariable long organisationId,
            @PathVariable long recordId,
            @Body CorrectionRequest body) {
        ServiceRecords.Correction correction =
                records.correct(Actor.of(authentication), organisationId, recordId, body);
        notices.corrected(correction);
        return correction.record();
    }

    /** The organisation's records whose service started between {@code from} and {@code to} (days, inclusive). */
    @Get("/records.csv")
    @Produces("text/csv")
    HttpResponse<byte[]> csv(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long organisationId,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to) {
        byte[] file = export.csv(Actor.of(authentication), organisationId, from, to, messages.localeOf(request));
        return HttpResponse.ok(file)
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"volunteer-records-" + organisationId + "-" + from + "-" + to
                                + ".csv\"");
    }
}

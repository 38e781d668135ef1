package org.qianshou.hours;

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
import java.util.List;
import org.qianshou.hours.HoursRequests.CertificateRequest;
import org.qianshou.hours.HoursRequests.DisputeRequest;
import org.qianshou.hours.HoursViews.CertificateSummary;
import org.qianshou.hours.HoursViews.RecordVersionView;
import org.qianshou.hours.HoursViews.VolunteerRecord;
import org.qianshou.hours.HoursViews.VolunteerRecords;
import org.qianshou.system.security.Actor;

/** A volunteer's own records, disputes and certificates. */
@Controller("/api/volunteer")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class VolunteerRecordController {

    private final ServiceRecords records;
    private final Certificates certificates;
    private final CertificatePdf pdf;

    VolunteerRecordController(ServiceRecords records, Certificates certificates, CertificatePdf pdf) {
        this.records = records;
        this.certificates = certificates;
        this.pdf = pdf;
    }

    /** Every record, and the minutes of the confirmed ones. */
    @Get("/records")
    VolunteerRecords records(Authentication authentication) {
        return records.ofVolunteer(Actor.of(authentication));
    }

    /** Every version of one record, oldest first. */
    @Get("/records/{recordId}/history")
    List<RecordVersionView> history(Authentication authentication, @PathVariable long recordId) {
        return records.history(Actor.of(authentication), recordId);
    }

    @Post("/records/{recordId}/disputes")
    HttpResponse<VolunteerRecord> dispute(
            Authentication authentication, @PathVariable long recordId, @Body DisputeRequest body) {
        return HttpResponse.created(records.dispute(Actor.of(authentication), recordId, body));
    }

    @Post("/certificates")
    HttpResponse<CertificateSummary> issue(Authentication authentication, @Body CertificateRequest body) {
        return HttpResponse.created(certificates.issue(Actor.of(authentication), body));
    }

    @Get("/certificates")
    List<CertificateSummary> certificates(Authentication authentication) {
        return certificates.ofVolunteer(Actor.of(authentication));
    }

    /** The certificate as a PDF with the CJK font embedded and the QR code of its verify page; marked if revoked. */
    @Get("/certificates/{code}.pdf")
    @Produces("application/pdf")
    HttpResponse<byte[]> pdf(Authentication authentication, @PathVariable String code) {
        // read in a transaction, rendered after it: no database connection is held while the PDF is made
        byte[] file = pdf.render(certificates.contentOf(Actor.of(authentication), code));
        return HttpResponse.ok(file)
                .contentType(new MediaType("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"certificate-" + code + ".pdf\"");
    }
}

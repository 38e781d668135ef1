package org.qianshou.hours;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.qianshou.hours.HoursViews.CertificateVerification;

/** Verification of a certificate by its code, for anyone (a school, an employer): no sign-in. */
@Controller("/api/certificates")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    /** What the certificate says (ID number masked) and whether it is valid or revoked; 404 for an unknown code. */
    @Get("/{code}")
    CertificateVerification verify(@PathVariable String code) {
        return certificates.verify(code);
    }
}

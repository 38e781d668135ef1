package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a certificate (志愿服务证明) states, as the 2021 办法 asks: the volunteer's name and masked ID number, the
 * hours in all, the period and the content of service (per record), the issuing organisation and a contact, the
 * date of issue, and the code that verifies it; {@code revokedAt} when a correction of a record it covers revoked it.
 */
record CertificateContent(
        String code,
        String verifyUrl,
        String volunteerName,
        String idNumberMasked,
        String organisationName,
        @Nullable String organisationContact,
        int totalMinutes,
        LocalDate periodFrom,
        LocalDate periodTo,
        OffsetDateTime issuedAt,
        List<Line> records,
        @Nullable OffsetDateTime revokedAt) {

    CertificateContent {
        records = List.copyOf(records);
    }

    /** One record the certificate covers. */
    record Line(LocalDate date, String activity, String place, int minutes, String content) {}
}

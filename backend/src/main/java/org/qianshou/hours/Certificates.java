package org.qianshou.hours;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qianshou.audit.AuditLog;
import org.qianshou.hours.HoursRequests.CertificateRequest;
import org.qianshou.hours.HoursViews.CertificateSummary;
import org.qianshou.hours.HoursViews.CertificateVerification;
import org.qianshou.hours.HoursViews.CertifiedRecord;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.security.Actor;

/**
 * Certificates (志愿服务证明): issued free on the volunteer's request by the organisation that holds the records,
 * over all or chosen confirmed records of one organisation. What a certificate states is fixed when it is issued;
 * a correction of a record it covers revokes it ({@link ServiceRecords#correct}). Anyone with the code can verify it.
 */
@Singleton
public class Certificates {

    static final String VALID = "valid";
    static final String REVOKED = "revoked";

    private final CertificateRepository certificates;
    private final CertificateRecordRepository covered;
    private final CertificateRevocationRepository revocations;
    private final ServiceRecordRepository records;
    private final ServiceRecordVersionRepository versions;
    private final ServiceRecords serviceRecords;
    private final OrganisationService organisations;
    private final CertificatePdf pdf;
    private final QianshouConfiguration configuration;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Certificates(
            CertificateRepository certificates,
            CertificateRecordRepository covered,
            CertificateRevocationRepository revocations,
            ServiceRecordRepository records,
            ServiceRecordVersionRepository versions,
            ServiceRecords serviceRecords,
            OrganisationService organisations,
            CertificatePdf pdf,
            QianshouConfiguration configuration,
            AuditLog audit) {
        this.certificates = certificates;
        this.covered = covered;
        this.revocations = revocations;
        this.records = records;
        this.versions = versions;
        this.serviceRecords = serviceRecords;
        this.organisations = organisations;
        this.pdf = pdf;
        this.configuration = configuration;
        this.audit = audit;
    }

    /**
     * Issues a certificate over the volunteer's confirmed records of the organisation: all of them, or the chosen
     * ones (each must be a confirmed record of the volunteer with that organisation, else 400 naming
     * {@code recordIds}).
     */
    @Transactional
    public CertificateSummary issue(Actor actor, CertificateRequest request) {
        Long organisationId = request == null ? null : request.organisationId();
        if (organisationId == null) {
            throw InvalidInputException.of("organisationId", "error.required");
        }
        List<ServiceRecord> confirmed = records.findByVolunteerAccountIdOrderByIdDesc(actor.accountId()).stream()
                .filter(r -> r.organisationId() == organisationId)
                .filter(r -> ServiceRecord.CONFIRMED.equals(r.status()))
                .toList();
        List<ServiceRecord> chosen;
        if (request.recordIds() == null) {
            chosen = confirmed;
        } else {
            Map<Long, ServiceRecord> byId = confirmed.stream().collect(Collectors.toMap(ServiceRecord::id, r -> r));
            chosen = new ArrayList<>();
            for (Long id : new LinkedHashSet<>(request.recordIds())) {
                if (id == null || !byId.containsKey(id)) {
                    throw InvalidInputException.of("recordIds", "field.certificate.record-not-confirmed", id);
                }
                chosen.add(byId.get(id));
            }
        }
        if (chosen.isEmpty()) {
            throw InvalidInputException.of(
                    request.recordIds() == null ? "organisationId" : "recordIds", "field.certificate.no-records");
        }
        // Lock the records (in id order) and read them again: a correction committed meanwhile has revoked nothing
        // this certificate holds, so the certificate must state the corrected version; one that starts later waits
        // for this certificate and then revokes it.
        List<ServiceRecord> locked = new ArrayList<>();
        for (ServiceRecord r :
                chosen.stream().sorted(Comparator.comparing(ServiceRecord::id)).toList()) {
            ServiceRecord fresh = records.findByIdForUpdate(r.id()).orElseThrow();
            if (!ServiceRecord.CONFIRMED.equals(fresh.status())) {
                throw new ConflictException("error.record.changed");
            }
            locked.add(fresh);
        }
        chosen = locked;
        Organisation organisation = organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFoundException("resource.organisation", organisationId));
        Map<Long, ServiceRecordVersion> current = serviceRecords.currentVersions(chosen);
        List<ServiceRecordVersion> lines = chosen.stream()
                .map(r -> current.get(r.id()))
                .sorted(Comparator.comparing(ServiceRecordVersion::startsAt))
                .toList();
        ServiceRecord newest =
                chosen.stream().max(Comparator.comparing(ServiceRecord::id)).orElseThrow();
        int total = lines.stream().mapToInt(ServiceRecordVersion::minutes).sum();
        LocalDate from = day(lines.get(0).startsAt());
        LocalDate to = lines.stream()
                .map(v -> day(v.endsAt()))
                .max(Comparator.naturalOrder())
                .orElse(from);
        Certificate certificate = certificates.save(new Certificate(
                null,
                VerificationCodes.next(),
                organisationId,
                actor.accountId(),
                newest.volunteerName(),
                newest.idNumberMasked(),
                organisation.name(),
                contact(organisation),
                total,
                from,
                to,
                null));
        for (ServiceRecordVersion v : lines) {
            covered.save(new CertificateRecord(null, certificate.id(), v.recordId(), v.version()));
        }
        audit.record(
                actor.accountId(),
                "certificate.issued",
                "certificate",
                certificate.id(),
                "organisation " + organisationId + ", records " + lines.size() + ", " + total + " minutes");
        return summary(certificate, null);
    }

    /** The volunteer's certificates, newest first. */
    @ReadOnly
    public List<CertificateSummary> ofVolunteer(Actor actor) {
        List<Certificate> mine = certificates.findByVolunteerAccountIdOrderByIssuedAtDesc(actor.accountId());
        Map<Long, CertificateRevocation> revoked =
                revocationsOf(mine.stream().map(Certificate::id).toList());
        return mine.stream().map(c -> summary(c, revoked.get(c.id()))).toList();
    }

    /** The PDF of one of the volunteer's certificates (404 for anyone else's). */
    @ReadOnly
    public byte[] pdfOf(Actor actor, String code) {
        Certificate certificate = byCode(code);
        if (certificate.volunteerAccountId() != actor.accountId()) {
            throw new NotFoundException("resource.certificate", code);
        }
        List<CertificateContent.Line> lines = new ArrayList<>();
        for (ServiceRecordVersion v : coveredVersions(certificate)) {
            lines.add(
                    new CertificateContent.Line(day(v.startsAt()), v.activity(), v.place(), v.minutes(), v.content()));
        }
        return pdf.render(new CertificateContent(
                certificate.code(),
                verifyUrl(certificate.code()),
                certificate.volunteerName(),
                certificate.idNumberMasked(),
                certificate.organisationName(),
                certificate.organisationContact(),
                certificate.totalMinutes(),
                certificate.periodFrom(),
                certificate.periodTo(),
                HoursViews.shanghai(certificate.issuedAt()),
                lines));
    }

    /** What a certificate says, for anyone holding its code: valid or revoked; 404 when there is none. */
    @ReadOnly
    public CertificateVerification verify(String code) {
        Certificate certificate = byCode(code);
        CertificateRevocation revocation =
                revocationsOf(List.of(certificate.id())).get(certificate.id());
        List<CertifiedRecord> lines = coveredVersions(certificate).stream()
                .map(v -> new CertifiedRecord(v.activity(), day(v.startsAt()), v.minutes()))
                .toList();
        return new CertificateVerification(
                certificate.code(),
                revocation == null ? VALID : REVOKED,
                certificate.volunteerName(),
                certificate.idNumberMasked(),
                certificate.organisationName(),
                HoursViews.shanghai(certificate.issuedAt()),
                certificate.periodFrom(),
                certificate.periodTo(),
                certificate.totalMinutes(),
                lines,
                revocation == null ? null : HoursViews.shanghai(revocation.revokedAt()));
    }

    /** {@code <public url>/verify/{code}}: the SPA's page that shows the certificate to anyone. */
    String verifyUrl(String code) {
        return configuration.publicUrl().replaceAll("/+$", "") + "/verify/" + code;
    }

    private Certificate byCode(String code) {
        if (!VerificationCodes.plausible(code)) {
            throw new NotFoundException("resource.certificate", "?");
        }
        return certificates.findByCode(code).orElseThrow(() -> new NotFoundException("resource.certificate", code));
    }

    private List<ServiceRecordVersion> coveredVersions(Certificate certificate) {
        return covered.findByCertificateIdOrderById(certificate.id()).stream()
                .map(cr -> versions.findByRecordIdAndVersion(cr.recordId(), cr.recordVersion())
                        .orElseThrow())
                .sorted(Comparator.comparing(ServiceRecordVersion::startsAt))
                .toList();
    }

    private Map<Long, CertificateRevocation> revocationsOf(List<Long> ids) {
        Map<Long, CertificateRevocation> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            revocations.findByCertificateIdIn(ids).forEach(r -> byId.put(r.certificateId(), r));
        }
        return byId;
    }

    private static CertificateSummary summary(Certificate c, CertificateRevocation revocation) {
        return new CertificateSummary(
                c.code(),
                c.organisationId(),
                c.organisationName(),
                HoursViews.shanghai(c.issuedAt()),
                c.totalMinutes(),
                revocation == null ? VALID : REVOKED,
                revocation == null ? null : HoursViews.shanghai(revocation.revokedAt()));
    }

    private static String contact(Organisation organisation) {
        String joined = Stream.of(organisation.contactPhone(), organisation.contactEmail())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" / "));
        return joined.isEmpty() ? null : joined;
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant.atZone(Hours.SHANGHAI).toLocalDate();
    }
}

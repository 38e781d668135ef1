package org.qianshou.funding.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.qianshou.audit.AuditLog;
import org.qianshou.funding.report.ReportRepository.ReportRow;
import org.qianshou.organisation.OrganisationService;

/**
 * The reminders 14 and 3 days before a report's due date (Asia/Shanghai days), to every member of the agency, in
 * Chinese and English. A report still owed (due, draft or returned) gets the 14-day reminder on the first run from 14
 * days before its due date and the 3-day one from 3 days before (a report due in 3 days or less gets only the 3-day
 * one). Each is claimed by inserting its {@code funding_report_reminder} row in the transaction that decides to send
 * it, and the messages leave only after that transaction commits: a second instance, or a run repeated after a
 * restart, sends nothing again.
 */
@Singleton
class ReportReminders {

    static final int FIRST = 14;
    static final int SECOND = 3;
    static final int BATCH = 200;

    private final ReportRepository reports;
    private final OrganisationService organisations;
    private final Names names;
    private final ReportMessages messages;
    private final AuditLog audit;

    ReportReminders(
            ReportRepository reports,
            OrganisationService organisations,
            Names names,
            ReportMessages messages,
            AuditLog audit) {
        this.reports = reports;
        this.organisations = organisations;
        this.names = names;
        this.messages = messages;
        this.audit = audit;
    }

    /** Claims and sends the reminders due on {@code today}; returns how many reports this run reminded. */
    @Transactional
    int sendDue(LocalDate today) {
        List<ReportRow> owed = reports.unremindedBetween(today, today.plusDays(SECOND), today.plusDays(FIRST), BATCH);
        int sent = 0;
        for (ReportRow r : owed) {
            long daysLeft = ChronoUnit.DAYS.between(today, r.dueOn());
            int which = daysLeft <= SECOND ? SECOND : FIRST;
            if (reports.claimReminder(r.id(), which, r.dueOn()) != 1) {
                continue;
            }
            Map<Long, String> orgNames = names.organisations(List.of(r.funderOrganisationId()));
            String project = names.projects(List.of(r.projectId())).getOrDefault(r.projectId(), "");
            List<Long> members = organisations.memberAccountIds(r.organisationId());
            for (long member : members) {
                messages.tell(
                        member,
                        "funding-report-reminder",
                        orgNames.getOrDefault(r.funderOrganisationId(), ""),
                        r.dueOn().toString(),
                        daysLeft,
                        messages.reportLink(r.organisationId(), r.id()),
                        project);
            }
            audit.record(
                    null,
                    "funding.report.reminded",
                    "report",
                    r.id(),
                    which + " days before " + r.dueOn() + ", " + members.size() + " members");
            sent++;
        }
        return sent;
    }
}

package org.qianshou.funding.report;

import org.qianshou.system.mail.OutgoingMessage;

/** A message to a member of an agency about a report, decided inside a transaction and sent once it has committed. */
record ReportNotice(OutgoingMessage message) {}

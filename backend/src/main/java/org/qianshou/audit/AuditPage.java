package org.qianshou.audit;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of audit events, newest first, and how many match in all. */
@Serdeable
public record AuditPage(long total, List<AuditEntry> items) {}

package org.qianshou.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The part of an {@code account} row the audit log shows: who acted, by name. Read only. */
@MappedEntity("account")
record AuditActor(@Id long id, String displayName) {}

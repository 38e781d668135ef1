package org.qianshou.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.qianshou.system.Page;

/** Reads the audit log for administrators: filtered, newest first, a page at a time. */
@Singleton
public class AuditBrowser {

    private final AuditEventRepository events;
    private final ActorNames actors;

    AuditBrowser(AuditEventRepository events, ActorNames actors) {
        this.events = events;
        this.actors = actors;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> find(AuditFilter filter, int page, int size) {
        long total = events.count(
                filter.action(), filter.actorId(), filter.objectType(), filter.objectId(), filter.from(), filter.to());
        List<AuditEvent> found = events.find(
                filter.action(),
                filter.actorId(),
                filter.objectType(),
                filter.objectId(),
                filter.from(),
                filter.to(),
                size,
                (long) page * size);
        List<Long> actorIds = found.stream()
                .map(AuditEvent::actorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> names = actorIds.isEmpty() ? Map.of() : actors.of(actorIds);
        Function<AuditEvent, AuditEntry> entry = e -> new AuditEntry(
                e.id(),
                e.at(),
                e.actorId(),
                e.actorId() == null ? null : names.get(e.actorId()),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.detail());
        return new Page<>(found.stream().map(entry).toList(), total, page, size);
    }
}

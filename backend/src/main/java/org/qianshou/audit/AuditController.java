package org.qianshou.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.Page;
import org.qianshou.system.Text;
import org.qianshou.system.security.Roles;

/**
 * The audit log for administrators: {@code GET /api/admin/audit}, filtered, newest first. {@code from} and
 * {@code to} take an instant ({@code 2026-03-01T08:00:00Z}, {@code 2026-03-01T16:00+08:00}), a local time or a
 * date in China Standard Time; a date in {@code to} includes that whole day.
 */
@Controller("/api/admin/audit")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 10_000;

    private final AuditBrowser browser;

    AuditController(AuditBrowser browser) {
        this.browser = browser;
    }

    @Get
    Page<AuditEntry> list(
            @QueryValue @Nullable String action,
            @QueryValue @Nullable Long actorId,
            @QueryValue @Nullable String objectType,
            @QueryValue @Nullable String objectId,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        List<Violation> violations = new ArrayList<>();
        String actionValue = text("action", action, 60, violations);
        String typeValue = text("objectType", objectType, 40, violations);
        String idValue = text("objectId", objectId, 64, violations);
        Instant fromInstant = instant("from", from, false, violations);
        Instant toInstant = instant("to", to, true, violations);
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            violations.add(new Violation("to", "audit.field.to-before-from"));
        }
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add(new Violation("size", "field.size.range", MAX_SIZE));
        }
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0 || pageNumber > MAX_PAGE) {
            violations.add(new Violation("page", "field.page.range", MAX_PAGE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return browser.find(
                new AuditFilter(actionValue, actorId, typeValue, idValue, fromInstant, toInstant),
                pageNumber,
                pageSize);
    }

    private static @Nullable String text(String field, @Nullable String value, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Text.validSingleLine(value)) {
            violations.add(new Violation(field, "field.text.control-characters"));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            violations.add(new Violation(field, "audit.field.too-long", max));
            return null;
        }
        return stripped;
    }

    /** An instant, a local date-time or a date (start of day; for {@code to}, the start of the next day). */
    static @Nullable Instant instant(String field, @Nullable String value, boolean end, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() <= 10) {
                LocalDate date = LocalDate.parse(v);
                return (end ? date.plusDays(1) : date).atStartOfDay(CHINA).toInstant();
            }
            if (v.endsWith("Z") || v.endsWith("z")) {
                return Instant.parse(v.toUpperCase(java.util.Locale.ROOT));
            }
            if (v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(v).toInstant();
            }
            return LocalDateTime.parse(v).atZone(CHINA).toInstant();
        } catch (DateTimeException e) {
            violations.add(new Violation(field, "audit.field.instant"));
            return null;
        }
    }
}

package org.qianshou.system.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.Suggester;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;

/**
 * {@code GET /api/search/suggest?q=&size=}: suggestions as the user types, from every kind at once — titles and names
 * of what anybody may find, by their beginning or by what follows the place they start with, in characters, pinyin or
 * initials ({@code 留守}, {@code liushou}, {@code lset}).
 */
@Controller("/api/search/suggest")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SuggestController {

    static final int MAX_SIZE = 10;
    static final int MAX_QUERY_LENGTH = 50;

    private final Suggester suggester;

    SuggestController(SearchKinds kinds) {
        this.suggester = new Suggester(
                kinds.all().stream().<SearchIndex<?>>map(SearchKind::index).toList());
    }

    /** A suggestion: the text for the search box, and the kind of what it names. */
    @Serdeable
    record Suggestion(String text, String kind) {}

    /** Up to {@code size} (1–10, default 10) suggestions; {@code q} is required, at most 50 characters. */
    @Get
    List<Suggestion> suggest(@QueryValue @Nullable String q, @QueryValue @Nullable Integer size) {
        List<Violation> violations = new ArrayList<>();
        if (q == null || q.isBlank() || q.strip().length() > MAX_QUERY_LENGTH) {
            violations.add(new Violation("q", "field.suggest.q", MAX_QUERY_LENGTH));
        }
        int count = size == null ? MAX_SIZE : size;
        if (count < 1 || count > MAX_SIZE) {
            violations.add(new Violation("size", "field.suggest.size", MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return suggester.suggest(q, count).stream()
                .map(s -> new Suggestion(s.text(), s.kind()))
                .toList();
    }
}

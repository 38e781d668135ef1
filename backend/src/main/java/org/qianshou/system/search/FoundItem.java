package org.qianshou.system.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One hit of the combined search ({@code GET /api/search}), whatever its kind.
 *
 * @param kind {@code project}, {@code opening}, {@code call}, {@code organisation} or {@code story}
 * @param title the title (an organisation's name), plain
 * @param titleHighlight the title with the matched characters between U+E000 and U+E001; {@code null} when it did not
 *     match
 * @param snippet the matched fragments of the text with the same marks (joined by " … "), or the start of the text
 *     without marks when nothing in it matched
 * @param regionPath the hit's region from the province down (a project in several regions: its first)
 * @param url the page of the hit in the web application, e.g. {@code /projects/12}
 */
@Serdeable
public record FoundItem(
        String kind,
        long id,
        String title,
        @Nullable String titleHighlight,
        String snippet,
        List<Place> regionPath,
        String url) {

    /** A region on the path of a hit. */
    @Serdeable
    public record Place(String code, String name) {}

    private static final int SNIPPET_LENGTH = 120;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The marked fragments joined, or the start of {@code text} (whitespace folded) when there are none. */
    public static String snippet(List<String> fragments, @Nullable String text) {
        if (!fragments.isEmpty()) {
            return String.join(" … ", fragments);
        }
        return text == null ? "" : start(text, SNIPPET_LENGTH);
    }

    /** The start of {@code text}, whitespace folded: all of it up to {@code length} characters, else those and "…". */
    public static String start(String text, int length) {
        String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (flat.codePointCount(0, flat.length()) <= length) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, length)) + "…";
    }
}

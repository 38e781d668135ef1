package org.qianshou.search;

import java.util.List;
import java.util.Map;

/**
 * A document found, with its highlighted fields: matches are marked by U+E000 (start) and U+E001 (end), one mark per
 * run of matched characters.
 *
 * @param highlights field → fragments, for the fields the kind's queries highlight and that matched
 */
public record Hit<D>(D document, Map<String, List<String>> highlights) {

    public Hit {
        highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
    }

    /** The whole marked field (highlighted with no fragments), or {@code null} when it did not match. */
    public String highlight(String field) {
        List<String> fragments = fragments(field);
        return fragments.isEmpty() ? null : fragments.get(0);
    }

    /** The marked fragments of the field; empty when it did not match. */
    public List<String> fragments(String field) {
        return highlights.getOrDefault(field, List.of());
    }
}

package org.qianshou.search;

import java.util.List;

public final class Lists {
    private Lists() {}

    /** An immutable copy; {@code null} becomes the empty list. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

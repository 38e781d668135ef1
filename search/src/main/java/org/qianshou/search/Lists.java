package org.qianshou.search;

import java.util.List;

public final class Lists {
    private Lists() {}

    /** An immutable copy; {@code null} becomes the empty list. */
    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The elements of {@code first} then of {@code second}; {@code null} lists count as empty. */
    public static <T> List<T> concat(List<T> first, List<T> second) {
        java.util.ArrayList<T> all = new java.util.ArrayList<>();
        if (first != null) {
            all.addAll(first);
        }
        if (second != null) {
            all.addAll(second);
        }
        return all;
    }
}

package org.qianshou.search.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function of a short text gave: a rebuild folds and spells the same region names,
 * organisation names and titles over and over. Texts longer than its limit are computed every time; when it is full
 * it starts again empty. Thread-safe; the values must be immutable.
 */
final class Memo<V> {
    private final int maxEntries;
    private final int maxLength;
    private final Function<String, V> function;
    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();

    Memo(int maxEntries, int maxLength, Function<String, V> function) {
        this.maxEntries = maxEntries;
        this.maxLength = maxLength;
        this.function = function;
    }

    V apply(String text) {
        if (text.length() > maxLength) {
            return function.apply(text);
        }
        V value = values.get(text);
        if (value == null) {
            value = function.apply(text);
            if (values.size() >= maxEntries) {
                values.clear();
            }
            values.put(text, value);
        }
        return value;
    }
}

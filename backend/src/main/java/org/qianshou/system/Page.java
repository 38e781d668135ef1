package org.qianshou.system;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list the API answers: the items of page {@code page} (from 0) of {@code size}, and how many there
 * are in all. Every paged answer of the API has this shape.
 *
 * @param <T> the item type
 */
@Serdeable
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}

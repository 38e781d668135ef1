package org.qianshou.system.search;

import io.micronaut.core.order.OrderUtil;
import jakarta.inject.Singleton;
import java.util.List;

/** Every registered {@link SearchKind}, in their order (projects first): what the worker, rebuild and health go over. */
@Singleton
public class SearchKinds {

    private final List<SearchKind<?>> kinds;

    SearchKinds(List<SearchKind<?>> kinds) {
        this.kinds = kinds.stream().sorted(OrderUtil.COMPARATOR).toList();
    }

    public List<SearchKind<?>> all() {
        return kinds;
    }

    /** @throws IllegalArgumentException when no kind has this name */
    public SearchKind<?> named(String name) {
        return kinds.stream()
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no search kind " + name));
    }
}

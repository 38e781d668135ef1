package org.qianshou.combinedsearch;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * The combined search's parameters as the caller sent them (unchecked): the shared ones, {@code kind}, and the kinds'
 * own parameters by name (only those sent).
 */
public record CombinedSearchInput(
        @Nullable String q,
        @Nullable String kind,
        @Nullable String region,
        @Nullable List<String> targetGroup,
        @Nullable Integer page,
        @Nullable Integer size,
        Map<String, List<String>> own) {

    public CombinedSearchInput {
        own = own == null ? Map.of() : Map.copyOf(own);
    }
}

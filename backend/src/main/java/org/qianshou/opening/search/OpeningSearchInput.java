package org.qianshou.opening.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.qianshou.system.search.SearchInput;

/**
 * The public opening search's parameters as the caller sent them (unchecked): the shared ones, {@code skill} (may
 * repeat or be comma-separated), {@code from}/{@code to} (days {@code YYYY-MM-DD} in Asia/Shanghai, inclusive) and
 * {@code freePlaces} ({@code true}/{@code false}).
 */
public record OpeningSearchInput(
        SearchInput shared,
        @Nullable List<String> skill,
        @Nullable String from,
        @Nullable String to,
        @Nullable String freePlaces) {}

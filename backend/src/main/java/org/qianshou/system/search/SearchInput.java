package org.qianshou.system.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The query parameters every public search takes, as the caller sent them (unchecked): {@code q}, {@code region},
 * {@code targetGroup} and {@code category} (each may repeat or be comma-separated), {@code page} and {@code size}.
 * A kind's search takes its own filters beside these.
 */
public record SearchInput(
        @Nullable String q,
        @Nullable String region,
        @Nullable List<String> targetGroup,
        @Nullable List<String> category,
        @Nullable Integer page,
        @Nullable Integer size) {}

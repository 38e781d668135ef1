package org.qianshou.funding.call.search;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The public call search's parameters as the caller sent them (unchecked): keywords, region, and target groups,
 * funding types and programmes (each may repeat or be comma-separated), {@code closingSoon} ({@code true}/{@code
 * false}), page and size.
 */
public record CallSearchInput(
        @Nullable String q,
        @Nullable String region,
        @Nullable List<String> targetGroup,
        @Nullable List<String> fundingType,
        @Nullable List<String> programme,
        @Nullable String closingSoon,
        @Nullable Integer page,
        @Nullable Integer size) {}

